import Testing

@testable import DossierKit

/// Passages quoted from another text become blockquotes when the structure says so.
@Suite struct ImportQuotationTests {
  @Test func seed000QuotedPassageIsABlockquote() throws {
    let result = try ImportFixtures.importSeed(ImportFixtures.seed000, ImportOptions(title: "T"))
    #expect(
      result.report.quotations.map { [$0.intro, $0.lines.lowerBound, $0.lines.upperBound] } == [[10, 11, 13]])
    let html = MarkdownDocument(markdown: result.article.body).renderHTML()
    let quote = try #require(html.range(of: "<blockquote>\n<p>Des responsables ont déclaré"))
    let end = try #require(html.range(of: "</blockquote>"))
    // The introduction with its colon stays right before the quote, the passage ends
    // with the paragraph that closes the quoted « … », and the blog's own voice follows.
    #expect(html[..<quote.lowerBound].hasSuffix("pour éviter une escalade brutale :</p>\n"))
    #expect(html[quote.lowerBound..<end.lowerBound].contains("(…)"))
    #expect(html[quote.lowerBound..<end.lowerBound].hasSuffix("catastrophiques pour la Russie. »</p>\n"))
    #expect(html[end.upperBound...].hasPrefix("\n<p>Il sera particulièrement intéressant"))
  }

  /// SYNTHETIC quotation introduced by a quoting verb.
  @Test func introducedByAQuotingVerb() throws {
    let text = """
      Le conseil de Vrelland a voté le budget du pont.
      Le Quotidien de Dorbania écrit à ce sujet :
      « Jamais un chantier n’aura autant coûté à Quaxville. Les habitants paieront. »
      Le maire n’a pas répondu.
      """
    let result = try ImportFixtures.run(text)
    #expect(result.report.quotations.map(\.intro) == [2])
    #expect(result.article.body.contains("\n\n> « Jamais un chantier"))
    #expect(!result.article.body.contains("> Le maire"))
  }

  /// SYNTHETIC: a colon that introduces a list of points, not a quotation.
  @Test func aColonAloneIsNotEnough() throws {
    let text = """
      Le conseil de Vrelland a fixé trois priorités :
      Le pont de Quaxville sera terminé en juin.
      Les routes de Dorbania seront refaites.
      """
    #expect(try ImportFixtures.run(text).report.quotations.isEmpty)
  }
}
