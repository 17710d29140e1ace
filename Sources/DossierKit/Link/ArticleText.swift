/// One sentence of an article, with the anchor it gets on the article page.
public struct Sentence: Sendable, Hashable {
  /// The element id on the article page (`s3-2`: block 3, sentence 2), so `path#anchor`
  /// lands on the sentence.
  public var anchor: String
  public var text: String
  /// Index of the text block (paragraph or heading) holding the sentence, from 0.
  public var block: Int
  /// UTF-8 range of the sentence in its block's `InlineText.text`.
  public var range: Range<Int>

  public init(anchor: String, text: String, block: Int, range: Range<Int>) {
    self.anchor = anchor
    self.text = text
    self.block = block
    self.range = range
  }
}

/// An article's prose, sentence by sentence: what the extraction stages read.
public struct ArticleText: Sendable {
  public var sentences: [Sentence]

  /// Parses `markdown` and splits its text blocks into sentences.
  public init(markdown: String) {
    self.init(document: MarkdownDocument(markdown: markdown))
  }

  public init(document: MarkdownDocument) {
    var sentences: [Sentence] = []
    for (blockIndex, block) in TextBlocks.collect(document).enumerated() {
      let inline = InlineText(block: block)
      let bytes = Array(inline.text.utf8)
      for (sentenceIndex, range) in SentenceSplitter.split(inline.text).enumerated() {
        sentences.append(
          Sentence(
            anchor: "s\(blockIndex + 1)-\(sentenceIndex + 1)",
            text: String(decoding: bytes[range], as: UTF8.self), block: blockIndex, range: range))
      }
    }
    self.sentences = sentences
  }

  public init(sentences: [Sentence]) { self.sentences = sentences }
}
