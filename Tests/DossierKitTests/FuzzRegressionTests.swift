import Foundation
import Testing

@testable import DossierKit

/// Inputs the fuzz targets (`Sources/Fuzz/`, `make fuzz`) found to crash or break a law,
/// reduced by hand; each crashing input is also kept as a seed under `fuzz/seeds/`. The
/// sentences are SYNTHETIC or fuzzer-made noise, not news.
@Suite struct FuzzRegressionTests {
  /// fuzz-dates: a run of more than 18 digits overflowed `Int` in the date tokenizer, so a
  /// long id in any article crashed the build.
  @Test func longDigitRunInADateSentence() {
    let sentence = "Le dossier 5555555555555555555555555555555555 a été ouvert le 4 octobre 2022."
    let tokens = DateTokenizer.tokenize(sentence)
    #expect(tokens.first { $0.kind == .number }?.number == -1)
    #expect(
      DateExpressionRecognizer(language: .fr).recognize(in: sentence).map(\.text) == ["le 4 octobre 2022"])
    #expect(DateTokenizer.tokenize("l’an 123456789").last?.number == 123_456_789)
  }
}


extension FuzzRegressionTests {
  /// fuzz-front-matter: a title holding U+2028 or U+2029 (YAML's `\L` and `\P`) was written
  /// raw into the double-quoted scalar, and YAML read it back as a line break folded into a
  /// space: render then parse changed the title.
  @Test func lineAndParagraphSeparatorsSurviveTheFrontMatter() throws {
    let file = "---\ntitle: \"Le pont \\P de Quaxville \\L rouvre\"\n---\nCorps.\n"
    let first = try ArticleFile.parse(file, file: "a.md", slug: "a", defaultLanguage: .fr).article
    #expect(first.title == "Le pont \u{2029} de Quaxville \u{2028} rouvre")
    let second = try ArticleFile.parse(
      ArticleFile.render(first), file: "a.md", slug: "a", defaultLanguage: .fr
    ).article
    #expect(second.title == first.title)
  }

  /// Every character YAML cannot carry raw in a double-quoted scalar is escaped: what the
  /// loader keeps comes back unchanged, control characters are refused by nobody (the
  /// loader drops them, with a notice).
  @Test(arguments: ["\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{85}", "\u{9C}", "\u{1B}"])
  func quotedScalarsReadBack(character: String) throws {
    var article = Article(
      slug: "a", file: "a.md", title: "Quax\(character)ville", date: nil, source: "Le \(character) Courrier",
      url: nil, lang: .fr, authors: ["Ysolde\(character)Varn"], draft: false, body: "Corps.", bodyLine: 1,
      comments: nil)
    let read = try ArticleFile.parse(
      ArticleFile.render(article), file: "a.md", slug: "a", defaultLanguage: .fr
    ).article
    let kept = TextHygiene.clean(character).text
    article.title = "Quax\(kept)ville"
    #expect(read.title == article.title)
    #expect(read.source == "Le \(kept) Courrier")
    #expect(read.authors == ["Ysolde\(kept)Varn"])
  }
}
