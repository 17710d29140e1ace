import Testing

@testable import DossierKit

/// Text that looks like Markdown renders as the source's words.
@Suite struct MarkdownEscapingTests {
  @Test(arguments: [
    "# Pas un titre", "### Pas non plus", "- pas une liste", "+ pas une liste", "* pas une liste",
    "1. pas une liste", "12) pas une liste", "> pas une citation", "---", "***", "===", "~~~ pas du code",
    "Des *étoiles*, des _soulignés_, des __doubles__ et des **gras**.",
    "Un [lien](https://exemple.org) et ![image](x.png).",
    "Une <b>balise</b> et <https://exemple.org> et <!-- commentaire -->.", "Du `code` et des ``doubles``.",
    "Le signe & seul, &amp; écrit, &#169; et &copy;.", "Un antislash \\ et \\* et fin \\",
    "[ref]: https://exemple.org",
    "2022. Une année", "Le prix: 3.5 * 2 = 7", "| a | b |", "Un mot_avec_soulignés et snake_case",
  ])
  func rendersExactlyTheText(text: String) {
    let markdown = MarkdownEscaping.escape(text)
    let html = MarkdownDocument(markdown: markdown).renderHTML()
    #expect(html.hasPrefix("<p>"), "not a plain paragraph: \(html)")
    #expect(ImportFixtures.collapse(ImportLaw.renderedText(markdown)) == text)
    let emphasised = MarkdownEscaping.emphasised(text)
    #expect(ImportFixtures.collapse(ImportLaw.renderedText(emphasised)) == text)
    #expect(MarkdownDocument(markdown: emphasised).renderHTML().hasPrefix("<p><em>"))
  }

  @Test func keepsPlainTextReadable() {
    #expect(
      MarkdownEscaping.escape("Le maire a dit : « oui ». C’est 3.5 % de plus.")
        == "Le maire a dit : « oui ». C’est 3.5 % de plus.")
    #expect(MarkdownEscaping.escape("2022 était une année") == "2022 était une année")
  }

  @Test func randomStringsOfSyntaxCharactersRenderAsThemselves() {
    var rng = SeededRandom(seed: 7)
    let alphabet = Array("#-+*_>`[]()<>!&;:\\|~=.1 aé«»'\"")
    for _ in 0..<500 {
      let length = Int.random(in: 1...24, using: &rng)
      let raw = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
      let text = SourceLines.tidy(raw)
      guard !text.isEmpty else { continue }
      let rendered = ImportFixtures.collapse(ImportLaw.renderedText(MarkdownEscaping.escape(text)))
      #expect(rendered == ImportFixtures.collapse(text), "escaped: \(MarkdownEscaping.escape(text))")
    }
  }

  @Test func bareAddressBecomesALinkThatReadsAsItself() {
    let address = "https://exemple.org/2022/11/07/un_article-de-quaxville/"
    let html = MarkdownDocument(markdown: MarkdownEscaping.link(address)).renderHTML()
    #expect(html == "<p><a href=\"\(address)\">\(address)</a></p>\n")
  }
}
