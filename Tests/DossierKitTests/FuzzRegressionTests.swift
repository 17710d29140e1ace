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

  /// fuzz-import: a control character in the headline (a 0x19 byte, too few to call the
  /// file binary) stayed in the title; the written file escaped it and the loader dropped
  /// it, so the article read back had another title than the import reported. The line
  /// model now drops control characters like zero-width ones (NEL counts as a space).
  @Test func importDropsControlCharacters() throws {
    let raw =
      "Le conseiller \u{19}à la sécurité de Quaxville impliqué dans des conversations secrètes\n\n"
      + "Le conseiller\u{7F} à la sécurité serait impliqué\u{85}dans des conversations.\n\n"
      + "Il sera là demain à Quaxville, selon le Courrier.\u{1}"
    let result = try ArticleImporter.importData(
      Data(raw.utf8), fileName: "fuzz.txt", options: ImportOptions(defaultLanguage: .fr))
    #expect(
      result.article.title
        == "Le conseiller à la sécurité de Quaxville impliqué dans des conversations secrètes")
    #expect(!result.fileText.unicodeScalars.contains { TextHygiene.isControl($0) && $0 != "\n" })
    #expect(result.article.body.contains("impliqué dans des conversations."))
    let written = try ArticleFile.parse(
      result.fileText, file: result.article.file, slug: result.article.slug, defaultLanguage: .fr
    ).article
    #expect(written.title == result.article.title)
    #expect(ImportLaw.verify(original: result.sourceText, report: result.report, article: written) == [])
  }

  /// The titles the import takes from `--title` or writes itself are the ones the loader
  /// will read: cleaned like `YAMLFields.string` (controls dropped, bidi overrides closed).
  @Test func importTitleIsTheTitleReadBack() throws {
    let raw =
      "Le pont de Quaxville rouvre enfin ses portes\n\nLe maire a coupé le ruban ce matin, devant la foule."
    let result = try ArticleImporter.importText(
      raw, fileName: "fuzz.txt", options: ImportOptions(title: " \u{1}Le \u{202E}pont", defaultLanguage: .fr))
    #expect(result.article.title == "Le \u{202E}pont\u{202C}")
    let written = try ArticleFile.parse(
      result.fileText, file: result.article.file, slug: result.article.slug, defaultLanguage: .fr
    ).article
    #expect(written.title == result.article.title)
  }
}

extension FuzzRegressionTests {
  /// fuzz-import: with no day in the text, the import took the month of a link
  /// (`/2023/03/`) as the date and wrote `date: 2023-03`, which the loader refuses (an
  /// article file's date is a day). The month is now only named in the notice.
  @Test func importNeverWritesAMonthAsTheDate() throws {
    let raw =
      "Le pont de Quaxville rouvre enfin\n\nLe maire a coupé le ruban devant la foule.\n\n"
      + "Les photos sont sur https://exemple.org/2023/03/pont.html pour tous."
    let result = try ArticleImporter.importText(raw, fileName: "fuzz.txt", options: ImportOptions())
    #expect(result.report.dateHints.map(\.value.iso) == ["2023-03"])
    #expect(result.article.date == nil)
    #expect(result.report.notices.contains { $0.description.contains("gives only 2023-03") })
    _ = try ArticleFile.parse(result.fileText, file: "a.md", slug: "a", defaultLanguage: .fr)
    #expect(throws: DossierError.self) {
      try ArticleImporter.importText(
        raw, fileName: "fuzz.txt", options: ImportOptions(date: CalendarDate(year: 2023, month: 3)))
    }
  }
}
