import Foundation
import Testing

@testable import DossierKit

/// The search index folds text as the browser folds queries: lower case, no accents,
/// « œ » as « oe », « æ » as « ae », ’ as '.
@Suite("Search index")
struct SearchIndexTests {
  /// The straightforward definition the byte-level `fold` must agree with.
  func reference(_ text: String) -> String {
    text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")
    )
    .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
    .replacingOccurrences(of: "’", with: "'")
  }

  @Test func foldsLikeTheReference() throws {
    #expect(SearchIndex.fold("Œuvre d’Æsope à GENÈVE") == "oeuvre d'aesope a geneve")
    let seed = try ContentLoader(root: SeedDossierTests.repository).load()
    var samples = seed.articles.flatMap { ArticleText(markdown: $0.body).sentences.map(\.text) }
    samples += [
      "", "’", "œ", "æ", "\u{C3}", "é\u{E2}\u{80}", "‘guillemets’ — « ça » – ß ø Ø", "e\u{301}", "\u{2028}",
    ]
    for sample in samples { #expect(SearchIndex.fold(sample) == reference(sample), "\(sample)") }
  }

  /// The byte path folds each Latin letter from a table: any text made of them, ASCII, ’
  /// and characters that send it to Foundation folds as the whole text does. (Synthetic
  /// strings, drawn with a fixed seed.)
  @Test func foldsMixedLatinTextLikeTheReference() {
    var alphabet = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
    alphabet += (0x80...0x24F).map { Character(Unicode.Scalar(UInt32($0))!) }
    alphabet += ["’", "‘", "\u{301}", "\u{250}", "€", "ﬁ", "Ω", "🙂", "e\u{301}", "\u{2028}"]
    var generator = SeededRandom(seed: 0x5EA2C4)
    for _ in 0..<3_000 {
      let length = Int(generator.next() % 24)
      let sample = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      #expect(SearchIndex.fold(sample) == reference(sample), "\(sample.unicodeScalars.map(\.value))")
    }
    for value in 0x80...0x24F {
      let letter = String(Character(Unicode.Scalar(UInt32(value))!))
      #expect(
        SearchIndex.fold("A" + letter + "z") == reference("A" + letter + "z"), "U+\(String(value, radix: 16))"
      )
    }
  }
}
