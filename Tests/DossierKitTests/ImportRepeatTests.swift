import Testing

@testable import DossierKit

/// Repeats and captions. Texts are SYNTHETIC.
@Suite struct ImportRepeatTests {
  @Test func typographicVariantsShareAKey() {
    #expect(
      TypographicKey.make("L'église d'Vrelland « ouverte » – enfin...")
        == TypographicKey.make("L’église d’Vrelland \"ouverte\" - enfin…"))
    #expect(TypographicKey.make("Le pont de Quaxville") != TypographicKey.make("Le pont de Quaxvilles"))
  }

  @Test func paragraphRepeatedThreeTimesIsKeptOnce() throws {
    let text = """
      Le conseil de Vrelland a voté le budget.

      Les habitants de Quaxville devront attendre encore un an pour leur pont.

      Les habitants de Quaxville devront attendre encore un an pour leur pont.

      Les habitants de Quaxville devront attendre encore un an pour leur pont.

      Le maire a regretté ce retard.
      """
    let result = try ImportFixtures.run(text)
    #expect(
      result.article.body
        == "Le conseil de Vrelland a voté le budget.\n\n"
        + "Les habitants de Quaxville devront attendre encore un an pour leur pont.\n\n"
        + "Le maire a regretté ce retard.")
    let repeats = result.report.removed.filter { $0.kind == .repeated }
    #expect(repeats.map(\.line) == [5, 7])
    #expect(repeats.map(\.keptLine) == [3, 3])
    #expect(ImportLaw.verify(original: text, result: result).isEmpty)
  }

  @Test func captionsRepeatedWithOtherApostrophesAreKeptOnceAsCaptions() throws {
    let text = """
      Le pont de Quaxville a rouvert lundi après dix ans de travaux.

      Zorbulon Quax à l'entrée du pont de Quaxville

      Zorbulon Quax à l’entrée du pont de Quaxville

      Les habitants ont salué la fin du chantier.

      Le maire a promis une fête en juin.
      """
    let result = try ImportFixtures.run(text)
    #expect(result.report.captions == [3])
    #expect(result.report.removed.map(\.line) == [5])
    #expect(result.article.body.contains("\n\n*Zorbulon Quax à l'entrée du pont de Quaxville*\n\n"))
    let html = MarkdownDocument(markdown: result.article.body).renderHTML()
    #expect(html.contains("<p><em>Zorbulon Quax à l'entrée du pont de Quaxville</em></p>"))
  }

  @Test func shortLinesMayRecur() throws {
    let result = try ImportFixtures.run("Oui.\n\nLe maire a parlé.\n\nOui.\n\nIl a conclu.")
    #expect(result.report.removed.isEmpty)
  }

  @Test func similarParagraphsAreKeptAndReported() throws {
    let text = """
      Les habitants de Quaxville devront attendre encore un an pour leur nouveau pont sur la rivière.

      Le maire a regretté ce retard.

      Dans l'intervalle, les habitants de Quaxville devront attendre un an pour leur nouveau pont sur la rivière.
      """
    let result = try ImportFixtures.run(text)
    #expect(result.report.removed.isEmpty)
    #expect(result.report.similarKept.map { [$0.earlier, $0.later] } == [[1, 5]])
  }

  @Test func unterminatedLinesInProseAreCaptionsButNotInAList() throws {
    let prose = try ImportFixtures.run(
      "Le pont a rouvert.\n\nLe maire était présent.\n\nMirela Vantrop, ingénieure du chantier\n\nLa fête aura lieu en juin."
    )
    #expect(prose.report.captions == [5])
    let list = try ImportFixtures.run("Pommes de Vrelland\n\nPoires de Quaxville\n\nPrunes de Dorbania")
    #expect(list.report.captions.isEmpty)
  }
}
