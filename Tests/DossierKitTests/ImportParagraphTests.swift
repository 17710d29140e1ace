import Testing

@testable import DossierKit

/// Line model, split sentences and lost spaces. Texts are SYNTHETIC.
@Suite struct ImportParagraphTests {
  func paragraphs(_ text: String) throws -> [String] {
    let result = try ImportFixtures.run(text, ImportOptions(title: "Synthetic"))
    return result.article.body.components(separatedBy: "\n\n")
  }

  @Test func joinsSentenceSplitAfterTitle() throws {
    let text = """
      Plusieurs responsables de Vrelland ont déclaré que M.
      Quax est connu pour sa prudence.
      Le Dr.
      Vantrop a confirmé. Mr.
      Delvander agreed, and J.
      Rolavec too.
      """
    let result = try ImportFixtures.run(text)
    #expect(
      result.article.body
        == "Plusieurs responsables de Vrelland ont déclaré que M. Quax est connu pour sa prudence.\n\n"
        + "Le Dr. Vantrop a confirmé. Mr. Delvander agreed, and J. Rolavec too.")
    #expect(result.report.repairs.filter { $0.kind == .joinedLines }.map(\.line) == [2, 4, 5, 6])
  }

  @Test func joinsAcrossOneBlankLineAfterTitle() throws {
    #expect(
      try paragraphs("Le maire a reçu M.\n\nQuax hier soir.\n\nLa séance a duré une heure.")
        == ["Le maire a reçu M. Quax hier soir.", "La séance a duré une heure."])
  }

  @Test func joinsLowerCaseContinuationButNotNewSentences() throws {
    #expect(
      try paragraphs("La commission de Vrelland a rendu\nson rapport mardi.\nLe maire a réagi.")
        == ["La commission de Vrelland a rendu son rapport mardi.", "Le maire a réagi."])
    // A line ending on a function word goes on, even before a capital.
    #expect(
      try paragraphs("Le rapport de\nZorbulon Quax est sévère.\nIl sera débattu.")
        == ["Le rapport de Zorbulon Quax est sévère.", "Il sera débattu."])
  }

  @Test func hardWrappedBlocksBecomeParagraphs() throws {
    let text = """
      La commission de Vrelland a rendu son rapport
      mardi, après trois mois de travaux menés par
      Zorbulon Quax et Mirela Vantrop.

      Le maire a réagi dans la soirée en saluant
      un travail sérieux et en promettant des
      mesures rapides.
      """
    #expect(
      try paragraphs(text) == [
        "La commission de Vrelland a rendu son rapport mardi, après trois mois de travaux menés par Zorbulon Quax et Mirela Vantrop.",
        "Le maire a réagi dans la soirée en saluant un travail sérieux et en promettant des mesures rapides.",
      ])
  }

  @Test func restoresMissingSpaceAfterSentenceEnd() {
    #expect(
      MissingSpaceRepair.repair("ne seraient pas fructueux.Les responsables").text
        == "ne seraient pas fructueux. Les responsables")
    #expect(MissingSpaceRepair.repair("vraiment?Les habitants").text == "vraiment? Les habitants")
    #expect(MissingSpaceRepair.repair("quitté l’Vrelland.Les forces").text == "quitté l’Vrelland. Les forces")
  }

  @Test(arguments: [
    "voir https://exemple.org/Page.Html et www.Exemple.com/Rapport.Final", "un taux de 3.5 pour cent",
    "the U.S.Army base", "e.g.Paris", "écrire à jean@exemple.Fr", "le site Exemple.Com", "M.Quax",
    "version 2.Beta", "iPhone.Apple",
  ])
  func leavesAddressesDecimalsAndAbbreviations(text: String) {
    #expect(MissingSpaceRepair.repair(text).text == text)
  }

  @Test func tidiesStrayWhitespace() throws {
    let result = try ImportFixtures.run("  Le maire\t de   Vrelland a parlé. \u{200B}\n\nIl a conclu.  ")
    #expect(result.article.body == "Le maire de Vrelland a parlé.\n\nIl a conclu.")
    #expect(result.report.repairs.filter { $0.kind == .whitespace }.map(\.line) == [1, 3])
    // French no-break spaces before « ; : ! ? » are typography and stay.
    let french = try ImportFixtures.run("Il a dit\u{A0}: «\u{A0}non\u{A0}».")
    #expect(french.article.body == "Il a dit\u{A0}: «\u{A0}non\u{A0}».")
  }
}

extension ImportParagraphTests {
  @Test func restoresMissingSpaceAfterANumber() {
    #expect(MissingSpaceRepair.repair("rose to 85m by 2019.It is").text == "rose to 85m by 2019. It is")
    #expect(MissingSpaceRepair.repair("la version 2.Beta et 3.14").text == "la version 2.Beta et 3.14")
  }
}
