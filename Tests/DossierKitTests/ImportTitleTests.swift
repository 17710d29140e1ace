import Testing

@testable import DossierKit

/// Headline detection and provisional titles. Texts are SYNTHETIC.
@Suite struct ImportTitleTests {
  let withHeadline = """
    Le pont de Quaxville rouvre après dix ans de travaux

    Le pont de Quaxville a rouvert lundi, a indiqué la mairie de Vrelland.

    Les habitants ont salué la fin du chantier.
    """

  @Test func firstLineReadingAsHeadlineBecomesTheTitle() throws {
    let result = try ImportFixtures.run(withHeadline, ImportOptions())
    #expect(result.article.title == "Le pont de Quaxville rouvre après dix ans de travaux")
    #expect(result.report.titleOrigin == .text(line: 1))
    #expect(result.article.slug == "le-pont-de-quaxville-rouvre-apres-dix-ans-de-travaux")
    #expect(!result.article.draft)
    #expect(result.report.removed.map(\.kind) == [.titleLine])
    #expect(!result.article.body.contains("rouvre après"))
  }

  @Test func withoutHeadlineTheTitleIsProvisionalAndDraft() throws {
    let text = """
      Le pont de Quaxville a rouvert lundi après dix ans de travaux et trois changements de maire. Les habitants ont salué la fin du chantier.
      Le maire a promis une fête en juin.
      """
    let result = try ImportFixtures.run(text, ImportOptions())
    #expect(result.article.title == "Le pont de Quaxville a rouvert lundi après dix ans de travaux…")
    #expect(result.report.titleOrigin == .provisional)
    #expect(result.article.draft)
    #expect(ArticleFile.render(result.article).contains("draft: true\n"))
    #expect(result.report.notices.contains { $0.message.contains("pass --title") })
    #expect(result.report.removed.isEmpty)
  }

  @Test func givenTitleWins() throws {
    let result = try ImportFixtures.run(withHeadline, ImportOptions(title: "Quaxville a son pont"))
    #expect(result.article.title == "Quaxville a son pont")
    #expect(result.report.titleOrigin == .option)
    // The text's own headline differs from the given title: it stays in the body.
    #expect(result.article.body.hasPrefix("Le pont de Quaxville rouvre après dix ans de travaux"))
    let same = try ImportFixtures.run(
      withHeadline, ImportOptions(title: "Le pont de Quaxville rouvre après dix ans de travaux"))
    #expect(same.report.removed.map(\.kind) == [.titleLine])
  }

  @Test(arguments: [
    ("Le pont de Quaxville a rouvert lundi.", false),  // a sentence, not a headline
    ("Quaxville", false),  // too short
    ("Pourquoi le pont de Quaxville a-t-il coûté si cher ?", true),
    ("https://exemple.org/pont-de-quaxville", false),
    ("Le pont de Quaxville : les travaux sont finis, la fête commence", true),
  ])
  func headlineShape(line: String, isHeadline: Bool) {
    let next = DraftParagraph(lines: [2], text: "Le maire a parlé.")
    #expect(TitleDetector.isHeadline(DraftParagraph(lines: [1], text: line), followedBy: next) == isHeadline)
  }

  @Test func headlineRepeatedAsFirstBodyLineIsRemoved() throws {
    let text =
      "Le pont de Quaxville rouvre enfin\n\nLe pont de Quaxville rouvre enfin\n\nLe maire a parlé lundi."
    let result = try ImportFixtures.run(text, ImportOptions())
    #expect(result.report.removed.map(\.kind) == [.titleLine, .repeated])
    #expect(result.article.body == "Le maire a parlé lundi.")
    #expect(ImportLaw.verify(original: text, result: result).isEmpty)
  }
}
