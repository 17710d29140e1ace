import Testing

@testable import DossierKit

/// The two real seed articles, imported end to end.
@Suite struct ImportSeedTests {
  @Test func seed002() throws {
    let result = try ImportFixtures.importSeed(
      ImportFixtures.seed002, ImportOptions(date: CalendarDate(iso: "2022-11-07")))
    let report = result.report
    #expect(report.titleOrigin == .text(line: 1))
    #expect(result.article.title.hasPrefix("Le conseiller à la sécurité nationale de Biden impliqué"))
    #expect(result.article.lang == .fr)
    #expect(result.article.date?.iso == "2022-11-07")
    #expect(report.removed.filter { $0.kind == .adMarker }.map(\.line) == [3, 85])
    #expect(report.removed.filter { $0.kind == .sourceLink }.map(\.line) == [87])
    // Each caption was there twice ('/’): one copy is kept, as a caption.
    #expect(report.removed.filter { $0.kind == .repeated }.map(\.line) == [25, 45, 49, 53, 57, 73])
    #expect(report.captions == [15, 17, 19, 23, 43, 47, 51, 55])
    let html = MarkdownDocument(markdown: result.article.body).renderHTML()
    #expect(html.components(separatedBy: "<em>").count - 1 == 8)
    #expect(!result.article.body.contains("[ad_"))
    #expect(!result.article.body.contains("Source link"))
    #expect(result.article.comments == nil)
    #expect(ImportLaw.verify(original: result.sourceText, result: result).isEmpty)
  }

  @Test func seed000() throws {
    let result = try ImportFixtures.importSeed(
      ImportFixtures.seed000,
      ImportOptions(title: "Titre donné", date: CalendarDate(iso: "2022-11-07")))
    let report = result.report
    #expect(report.removed.isEmpty)
    #expect(result.article.body.contains("ont déclaré que M. Sullivan est connu"))
    #expect(result.article.body.contains("ne seraient pas fructueux. Les responsables"))
    #expect(report.repairs.filter { $0.kind == .joinedLines }.map(\.line) == [9])
    #expect(report.repairs.filter { $0.kind == .missingSpace }.map(\.line) == [9])
    #expect(report.commentsLine == 15)
    #expect(report.quotations.count == 1)
    #expect(ImportLaw.verify(original: result.sourceText, result: result).isEmpty)
  }

  @Test func writtenFileReadsBackTheSame() throws {
    for name in [ImportFixtures.seed000, ImportFixtures.seed002] {
      let result = try ImportFixtures.importSeed(
        name, ImportOptions(title: "Titre", source: "Source « test »"))
      let (parsed, _) = try ArticleFile.parse(
        result.fileText, file: result.article.file, slug: result.article.slug, defaultLanguage: .en)
      #expect(parsed.title == result.article.title)
      #expect(parsed.source == "Source « test »")
      #expect(parsed.lang == result.article.lang)
      #expect(parsed.body.trimmingCharacters(in: .newlines) == result.article.body)
      #expect(parsed.comments?.trimmingCharacters(in: .newlines) == result.article.comments)
      #expect(ImportLaw.verify(original: result.sourceText, report: result.report, article: parsed).isEmpty)
    }
  }
}
