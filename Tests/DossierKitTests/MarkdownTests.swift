import Foundation
import Testing

@testable import DossierKit

@Suite("cmark wrapper")
struct MarkdownTests {
  @Test func rendersCommonMark() {
    let html = MarkdownDocument(markdown: "# Title\n\nSome *emphasis* and `code`.").renderHTML()
    #expect(html == "<h1>Title</h1>\n<p>Some <em>emphasis</em> and <code>code</code>.</p>\n")
  }

  @Test func safeModeOmitsRawHTML() {
    let html = MarkdownDocument(markdown: "Hello <script>alert(1)</script>\n\n<div onclick=x>block</div>")
      .renderHTML()
    #expect(!html.contains("<script"))
    #expect(!html.contains("<div"))
    #expect(html.contains("raw HTML omitted"))
  }

  @Test func safeModeNeutralisesDangerousLinks() {
    let html = MarkdownDocument(
      markdown:
        "[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html;base64,AAAA) [d](https://ok.example/)"
    ).renderHTML()
    #expect(!html.contains("javascript:"))
    #expect(!html.contains("vbscript:"))
    #expect(!html.contains("data:text/html"))
    #expect(html.contains("href=\"https://ok.example/\""))
  }

  @Test func walksTheTree() {
    let document = MarkdownDocument(markdown: "> quoted *text*\n\n- item one\n- item two\n")
    let kinds = document.root.descendants.map(\.kind)
    #expect(kinds.contains(.blockQuote))
    #expect(kinds.filter { $0 == .item }.count == 2)
    #expect(TextBlocks.collect(document).count == 3)
  }

  @Test func readsAndReplacesText() {
    let document = MarkdownDocument(markdown: "Hello world")
    let text = document.root.descendants.first { $0.kind == .text }!
    #expect(text.literal == "Hello world")
    text.literal = "Bonjour <monde>"
    #expect(document.renderHTML() == "<p>Bonjour &lt;monde&gt;</p>\n")
  }

  @Test func splitsTextAndInsertsLinks() {
    let document = MarkdownDocument(markdown: "Meet Jane Example today.")
    let text = document.root.descendants.first { $0.kind == .text }!
    let name = text.splitText(atUTF8Offset: 5)
    let rest = name.splitText(atUTF8Offset: 12)
    #expect(rest.literal == " today.")
    name.wrap(through: name, in: .link(url: "../entities/jane-example/index.html", title: "Jane \"E\""))
    #expect(
      document.renderHTML()
        == "<p>Meet <a href=\"../entities/jane-example/index.html\" title=\"Jane &quot;E&quot;\">Jane Example</a> today.</p>\n"
    )
  }

  @Test func splitsTextAfterMultibyteCharacters() {
    let document = MarkdownDocument(markdown: "Élise Lévêque arrive à Noëlville.")
    let text = document.root.descendants.first { $0.kind == .text }!
    let rest = text.splitText(atUTF8Offset: "Élise ".utf8.count)
    let last = rest.splitText(atUTF8Offset: "Lévêque arrive à ".utf8.count)
    #expect(text.literal == "Élise ")
    #expect(rest.literal == "Lévêque arrive à ")
    #expect(last.literal == "Noëlville.")
    #expect(document.renderHTML() == "<p>Élise Lévêque arrive à Noëlville.</p>\n")
  }

  @Test func insertedLinksStaySafe() {
    let document = MarkdownDocument(markdown: "click")
    let text = document.root.descendants.first { $0.kind == .text }!
    text.wrap(through: text, in: .link(url: "javascript:alert(1)", title: ""))
    #expect(!document.renderHTML().contains("javascript"))
  }

  @Test func inlineTextReadsAcrossSoftBreaks() {
    let document = MarkdownDocument(markdown: "Nikolaï\nPotrouchev a *parlé*.")
    let inline = InlineText(block: TextBlocks.collect(document)[0])
    #expect(inline.text == "Nikolaï Potrouchev a parlé.")
    #expect(inline.pieces.count == 5)
    #expect(inline.pieceIndex(containing: 8) == 1)  // the soft break
  }

  @Test func nodesKeepTheirDocumentAlive() {
    // A node outliving every other reference to its document must stay valid.
    let node: MarkdownNode = {
      let document = MarkdownDocument(markdown: "still *here*")
      return document.root.descendants.first { $0.kind == .emphasis }!
    }()
    #expect(node.renderHTML() == "<em>here</em>")
  }

  @Test func splitsATextNodeAtSeveralOffsetsInOnePass() throws {
    let document = MarkdownDocument(markdown: "un deux trois")
    let text = try #require(document.root.descendants.first { $0.kind == .text })
    let pieces = text.splitText(atUTF8Offsets: [3, 8])
    #expect(([text] + pieces).map { $0.literal ?? "" } == ["un ", "deux ", "trois"])
    #expect(document.renderHTML() == "<p>un deux trois</p>\n")
  }

  /// A 1 MB paragraph of 20,000 sentences took over two minutes to annotate when each
  /// sentence boundary copied the rest of the paragraph; it must stay linear.
  @Test func annotatesAHugeParagraphInLinearTime() {
    let markdown = (0..<20_000).map { "Phrase synthétique numéro \($0)." }.joined(separator: " ")
    let started = Date()
    let document = MarkdownDocument(markdown: markdown)
    let text = ArticleText(document: document)
    ArticleAnnotator.annotate(document, sentences: text.sentences)
    let html = document.renderHTML()
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(html.components(separatedBy: "<span class=\"sentence\"").count == 20_001)
    let last = "Phrase synthétique numéro 19999."
    #expect(html.contains("id=\"\(ArticleText.anchor(of: last))\">\(last)</span>"))
  }
}
