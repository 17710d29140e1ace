import Foundation
import Testing

@testable import DossierKit

@Suite("French typography")
struct FrenchTypographyTests {
  let nnbsp = "\u{202F}"
  let nbsp = "\u{A0}"

  func apply(_ text: String) -> String { FrenchTypography.apply(text) }

  @Test func ordinarySpacesBeforeHighPunctuationBecomeNonBreaking() {
    #expect(apply("Pourquoi ? Parce que !") == "Pourquoi\(nnbsp)? Parce que\(nnbsp)!")
    #expect(apply("Un point ; un autre") == "Un point\(nnbsp); un autre")
    #expect(apply("Il a dit : oui") == "Il a dit\(nbsp): oui")
  }

  @Test func missingSpacesAreAdded() {
    #expect(apply("Enfin!") == "Enfin\(nnbsp)!")
    #expect(apply("Vraiment?!") == "Vraiment\(nnbsp)?!", "a pair of marks stays together")
    #expect(apply("Note: la suite") == "Note\(nbsp): la suite")
    #expect(apply("«Bonjour»") == "«\(nnbsp)Bonjour\(nnbsp)»")
  }

  @Test func guillemetsGetNarrowSpacesInside() {
    #expect(apply("« conversations confidentielles »") == "«\(nnbsp)conversations confidentielles\(nnbsp)»")
  }

  @Test func existingNonBreakingSpacesAreKept() {
    let typeset = "«\(nbsp)Oui\(nbsp)» et non\(nnbsp)?"
    #expect(apply(typeset) == typeset)
    #expect(apply(apply("Quoi ? « Non » !")) == apply("Quoi ? « Non » !"), "applying twice changes nothing")
  }

  @Test func addressesTimesAndRatiosAreLeftAlone() {
    for text in [
      "Voir https://example.org/page?x=1 pour la suite",
      "Écrire à redaction@example.org; merci",
      "Rendez-vous à 10:30 précises",
      "Un score de 3:1",
      "www.example.org/a:b",
      "Le mot-clé a:b",
    ] {
      #expect(apply(text) == text, "changed: \(text)")
    }
  }

  @Test func contextFromNeighbouringNodesIsUsed() {
    // The text after a link « [Sullivan](…)? »: the mark starts the node.
    #expect(FrenchTypography.apply("? Oui.", before: "n") == "\(nnbsp)? Oui.")
    // A guillemet ending a node whose next node starts with a word.
    #expect(FrenchTypography.apply("dit «", after: "P") == "dit «\(nnbsp)")
    #expect(FrenchTypography.apply("» a-t-il dit", before: "v") == "\(nnbsp)» a-t-il dit")
    // At the paragraph's edge nothing is invented.
    #expect(FrenchTypography.apply("?") == "?")
  }

  @Test func textWithoutMarksIsReturnedAsIs() {
    let text = "Une phrase ordinaire, sans ponctuation haute."
    #expect(apply(text) == text)
  }

  /// The whole path on a page: French article text is typeset after annotation (sentence
  /// anchors and mention links intact), code and English articles are not.
  @Test func frenchArticlePagesAreTypesetAndAnchorsSurvive() throws {
    let (dossier, output) = try SyntheticDossier.build()
    defer { dossier.remove() }
    let french = try String(
      contentsOf: output.appending(path: "articles/premiere-pierre/index.html"), encoding: .utf8)
    #expect(french.contains("d’un «\(nnbsp)gouffre financier\(nnbsp)»"))
    #expect(french.contains("en ligne\(nbsp): https://example.org/dossier?page=2"))
    #expect(french.contains("à 10:30 par"))
    #expect(french.contains("<code>pont:status</code>"))
    #expect(french.contains("Enfin\(nnbsp)!"), "reader comments of a French article too")
    let opponent = "Paul Maquette, opposant au projet, parle d’un «gouffre financier»."
    #expect(french.contains("id=\"\(ArticleText.anchor(of: opponent))\""))
    #expect(french.contains("title=\"Paul Maquette\">Paul Maquette</a>, opposant"))

    let announcement = try String(
      contentsOf: output.appending(path: "articles/annonce-du-pont/index.html"), encoding: .utf8)
    #expect(announcement.contains("suffit plus\(nnbsp)!"))
    #expect(announcement.contains("(<a href=\"../../entities/agence-imaginaire-des-ponts/index.html\""))
    #expect(announcement.contains("</a>)\(nnbsp); <a"))

    let english = try String(
      contentsOf: output.appending(path: "articles/bridge-deck/index.html"), encoding: .utf8)
    let start = try #require(english.range(of: "<div class=\"article-body\"")).lowerBound
    let end = try #require(english.range(of: "</div>", range: start..<english.endIndex)).lowerBound
    let englishText = english[start..<end]
    #expect(englishText.contains("Ville-Fictive</a>: the"), "English text keeps its colon as written")
    #expect(!englishText.contains(nnbsp))
  }
}
