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
}
