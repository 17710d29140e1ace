/// One sentence of an article, with the anchor it gets on the article page.
public struct Sentence: Sendable, Hashable {
  /// The element id on the article page, so `path#anchor` lands on the sentence: `s-`
  /// and six hex digits of a hash of its text (`s-3fa90c`), then `-2`, `-3` for a sentence
  /// the article repeats. Made from the text, not the sentence's place, so a link to a
  /// sentence survives edits elsewhere in the article, and a paragraph inserted above
  /// changes no other page that quotes the article.
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
    var uses: [String: Int] = [:]  // anchor → sentences given it so far
    for (blockIndex, block) in TextBlocks.collect(document).enumerated() {
      let inline = InlineText(block: block)
      let bytes = Array(inline.text.utf8)
      for range in SentenceSplitter.split(inline.text) {
        let text = String(decoding: bytes[range], as: UTF8.self)
        let anchor = Self.anchor(of: text)
        let use = (uses[anchor] ?? 0) + 1
        uses[anchor] = use
        sentences.append(
          Sentence(
            anchor: use == 1 ? anchor : "\(anchor)-\(use)", text: text, block: blockIndex, range: range))
      }
    }
    self.sentences = sentences
  }

  /// `s-` and the first six hex digits of the text's `StableHash`.
  static func anchor(of text: String) -> String {
    var hash = StableHash()
    hash.add(text)
    let digits = String(hash.value >> 40, radix: 16)
    return "s-" + String(repeating: "0", count: 6 - digits.count) + digits
  }

  public init(sentences: [Sentence]) { self.sentences = sentences }
}
