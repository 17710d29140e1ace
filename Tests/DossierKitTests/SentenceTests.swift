import Testing

@testable import DossierKit

@Suite("Sentences and anchors")
struct SentenceTests {
  @Test func splitsOnSentenceEnds() {
    #expect(
      SentenceSplitter.sentences("Il pleut. Elle sort! Pourquoi? « Parce que. » Fin…")
        == ["Il pleut.", "Elle sort!", "Pourquoi?", "« Parce que. »", "Fin…"])
  }

  @Test func keepsTitlesAndInitialsInTheSentence() {
    // Synthetic sentences.
    #expect(SentenceSplitter.sentences("M. Durand et Mme Martin ont parlé. Dr. Who aussi.").count == 2)
    #expect(SentenceSplitter.sentences("J. Example visited the U.S. Army base. Then he left.").count == 2)
  }

  @Test func doesNotSplitNumbersOrLowercaseContinuations() {
    #expect(SentenceSplitter.sentences("Il a payé 3.5 millions. vraiment ? oui.").count == 1)
  }

  @Test func anchorsWrapEachSentence() {
    let markdown = "Première phrase. Seconde *phrase*.\n\nAutre bloc."
    let document = MarkdownDocument(markdown: markdown)
    let text = ArticleText(document: document)
    #expect(text.sentences.map(\.anchor) == ["s1-1", "s1-2", "s2-1"])
    ArticleAnnotator.annotate(document, sentences: text.sentences)
    #expect(
      document.renderHTML()
        == "<p><span class=\"sentence\" id=\"s1-1\">Première phrase.</span> <span class=\"sentence\" id=\"s1-2\">Seconde <em>phrase</em>.</span></p>\n<p><span class=\"sentence\" id=\"s2-1\">Autre bloc.</span></p>\n"
    )
  }

  @Test func sentencesSharingMarkupKeepEveryAnchor() {
    let document = MarkdownDocument(markdown: "*Un. Deux.* Trois.")
    let text = ArticleText(document: document)
    ArticleAnnotator.annotate(document, sentences: text.sentences)
    let html = document.renderHTML()
    for sentence in text.sentences { #expect(html.contains("id=\"\(sentence.anchor)\"")) }
  }

  @Test func linksMentionsAcrossLineBreaks() {
    let document = MarkdownDocument(markdown: "Hier, Jeanne\nExemple a parlé à Paris.")
    let text = ArticleText(document: document)
    let sentence = text.sentences[0]
    let bytes = Array(sentence.text.utf8)
    let start = bytes.firstIndex(of: UInt8(ascii: "J"))!
    let paris = Array("Paris".utf8)
    let parisStart = (0..<bytes.count).first { Array(bytes[$0..<min($0 + 5, bytes.count)]) == paris }!
    ArticleAnnotator.annotate(
      document, sentences: text.sentences,
      links: [
        .init(
          sentence: sentence.anchor, range: start..<start + 14, url: "../p/index.html",
          title: "Jeanne Exemple"),
        .init(
          sentence: sentence.anchor, range: parisStart..<parisStart + 5, url: "../q/index.html",
          title: "Paris"),
      ])
    let html = document.renderHTML()
    #expect(html.contains("<a href=\"../p/index.html\" title=\"Jeanne Exemple\">Jeanne\nExemple</a>"))
    #expect(html.contains("<a href=\"../q/index.html\" title=\"Paris\">Paris</a>."))
  }
}
