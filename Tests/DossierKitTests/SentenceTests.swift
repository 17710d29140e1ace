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
    let anchors = text.sentences.map(\.anchor)
    #expect(anchors == ["Première phrase.", "Seconde phrase.", "Autre bloc."].map(ArticleText.anchor(of:)))
    ArticleAnnotator.annotate(document, sentences: text.sentences)
    #expect(
      document.renderHTML()
        == "<p><span class=\"sentence\" id=\"\(anchors[0])\">Première phrase.</span> <span class=\"sentence\" id=\"\(anchors[1])\">Seconde <em>phrase</em>.</span></p>\n<p><span class=\"sentence\" id=\"\(anchors[2])\">Autre bloc.</span></p>\n"
    )
  }

  /// A sentence's anchor comes from its words, so links to it survive edits elsewhere:
  /// a paragraph inserted above, another sentence rewritten. A repeated sentence gets a
  /// numbered anchor of its own. (Synthetic text.)
  @Test func anchorsFollowTheTextNotThePlace() {
    let original = ArticleText(markdown: "Une phrase. Une autre.\n\nLa fin.")
    let edited = ArticleText(markdown: "Un ajout.\n\nUne phrase. Une autre, réécrite.\n\nLa fin.\n\nLa fin.")
    let before = Dictionary(uniqueKeysWithValues: original.sentences.map { ($0.text, $0.anchor) })
    let after = edited.sentences.map(\.anchor)
    #expect(after[1] == before["Une phrase."])
    #expect(after[3] == before["La fin."])
    #expect(after[4] == before["La fin."]! + "-2")
    #expect(!Set(before.values).contains(after[2]), "a rewritten sentence is a new one")
    #expect(Set(after).count == after.count)
    for anchor in after {
      let digits = anchor.dropFirst(2).prefix(6)
      #expect(anchor.hasPrefix("s-") && digits.count == 6 && digits.allSatisfy(\.isHexDigit), "\(anchor)")
    }
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

  /// The link stage finds the sentence of each mention and date by anchor, looking on from
  /// the last one found; things out of text order, or repeated, must still find theirs.
  @Test func sentenceCursorFindsAnchorsInAnyOrder() {
    // Synthetic text, with a repeated sentence (anchors `…` and `…-2`).
    let text = ArticleText(markdown: "Un. Deux. Trois.\n\nUn. Quatre.")
    let anchors = text.sentences.map(\.anchor)
    #expect(Set(anchors).count == 5)
    var cursor = SentenceCursor(text.sentences)
    for position in [0, 1, 1, 3, 4, 2, 0, 4, 3] {
      #expect(cursor.find(anchors[position]) == position)
    }
    #expect(cursor.find("s-000000") == nil)
    #expect(cursor.find(anchors[2]) == 2)
  }
}
