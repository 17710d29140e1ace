/// Edits an article's cmark tree before rendering: each sentence becomes an element with
/// its anchor id, and entity mentions become links. Working on the tree (not the HTML
/// string) means markup and escaping stay cmark's job.
public enum ArticleAnnotator {
  /// A link to insert over a run of a sentence's text.
  public struct InlineLink: Sendable, Hashable {
    /// Anchor of the sentence holding the run.
    public var sentence: String
    /// UTF-8 range within the sentence's text.
    public var range: Range<Int>
    public var url: String
    public var title: String
    public init(sentence: String, range: Range<Int>, url: String, title: String) {
      self.sentence = sentence
      self.range = range
      self.url = url
      self.title = title
    }
  }

  /// Wraps every sentence in `<span class="sentence" id="…">` and inserts `links`.
  /// `sentences` must come from `ArticleText(document:)` on a parse of the same Markdown.
  public static func annotate(
    _ document: MarkdownDocument, sentences: [Sentence], links: [InlineLink] = []
  ) {
    let blocks = TextBlocks.collect(document)
    var sentencesByBlock: [Int: [Sentence]] = [:]
    for sentence in sentences { sentencesByBlock[sentence.block, default: []].append(sentence) }
    var linksBySentence: [String: [InlineLink]] = [:]
    for link in links { linksBySentence[link.sentence, default: []].append(link) }

    for (index, block) in blocks.enumerated() {
      guard let blockSentences = sentencesByBlock[index], !blockSentences.isEmpty else { continue }
      wrapSentences(blockSentences, in: block)
      let blockLinks = blockSentences.flatMap { sentence in
        (linksBySentence[sentence.anchor] ?? []).map { link in
          (
            range:
              (sentence.range.lowerBound + link.range.lowerBound)..<(sentence.range.lowerBound
              + link.range.upperBound), link: link
          )
        }
      }
      if !blockLinks.isEmpty { insertLinks(blockLinks, in: block) }
    }
  }

  /// Splits text nodes at every sentence boundary, then moves each sentence's run of
  /// top-level inlines into a span. A boundary inside nested markup (emphasis, a link) does
  /// not split it: the sentences sharing that element share one span, and the others' ids
  /// are kept as empty anchors so every `#anchor` still lands.
  static func wrapSentences(_ sentences: [Sentence], in block: MarkdownNode) {
    splitTopLevelText(in: block, at: sentences.flatMap { [$0.range.lowerBound, $0.range.upperBound] })
    let inline = InlineText(block: block)
    let topLevel = block.children
    let indexOfTopLevel = Dictionary(
      topLevel.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    func topLevelIndex(of node: MarkdownNode) -> Int? {
      var current = node
      while let parent = current.parent, parent != block { current = parent }
      return indexOfTopLevel[current]
    }
    var groups: [(first: Int, last: Int, anchors: [String])] = []
    for sentence in sentences {
      guard let firstPiece = inline.pieceIndex(containing: sentence.range.lowerBound),
        let lastPiece = inline.pieceIndex(containing: sentence.range.upperBound - 1),
        let first = topLevelIndex(of: inline.pieces[firstPiece].node),
        let last = topLevelIndex(of: inline.pieces[lastPiece].node)
      else { continue }
      if let previous = groups.last, first <= previous.last {
        groups[groups.count - 1].last = max(previous.last, last)
        groups[groups.count - 1].anchors.append(sentence.anchor)
      } else {
        groups.append((first, last, [sentence.anchor]))
      }
    }
    for group in groups {
      let span = topLevel[group.first].wrap(
        through: topLevel[group.last],
        in: .rawHTML(open: "<span class=\"sentence\" id=\"\(group.anchors[0])\">", close: "</span>"))
      if let inner = span.firstChild {
        for extra in group.anchors.dropFirst() {
          inner.insertRawHTMLBefore("<span id=\"\(extra)\"></span>")
        }
      }
    }
  }

  /// Splits top-level text nodes of `block` so that each offset starts a node. Each node is
  /// split once at all its offsets, so a long paragraph costs linear time.
  static func splitTopLevelText(in block: MarkdownNode, at offsets: [Int]) {
    let inline = InlineText(block: block)
    var cutsByPiece: [Int: [Int]] = [:]
    for offset in Set(offsets) {
      guard let index = inline.pieceIndex(containing: offset) else { continue }
      let piece = inline.pieces[index]
      guard piece.isSplittable, offset > piece.range.lowerBound else { continue }
      cutsByPiece[index, default: []].append(offset - piece.range.lowerBound)
    }
    for (index, cuts) in cutsByPiece {
      let piece = inline.pieces[index]
      guard piece.node.parent == block else { continue }
      piece.node.splitText(atUTF8Offsets: cuts.sorted())
    }
  }

  /// Wraps each range in a link when all of it is plain text under one parent and not
  /// already inside a link; other ranges are left as text.
  static func insertLinks(_ links: [(range: Range<Int>, link: InlineLink)], in block: MarkdownNode) {
    let inline = InlineText(block: block)
    var lastStart = Int.max
    for (range, link) in links.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      guard range.upperBound <= lastStart, !range.isEmpty,
        let firstIndex = inline.pieceIndex(containing: range.lowerBound),
        let lastIndex = inline.pieceIndex(containing: range.upperBound - 1)
      else { continue }
      let pieces = inline.pieces[firstIndex...lastIndex]
      let parent = pieces.first!.node.parent
      guard pieces.allSatisfy({ !$0.isInsideLink && $0.node.parent == parent }),
        pieces.first!.isSplittable, pieces.last!.isSplittable
      else { continue }
      lastStart = range.lowerBound
      var firstNode = pieces.first!.node
      let lastPiece = pieces.last!
      if range.upperBound < lastPiece.range.upperBound {
        lastPiece.node.splitText(atUTF8Offset: range.upperBound - lastPiece.range.lowerBound)
      }
      let lastNode = lastPiece.node
      if range.lowerBound > pieces.first!.range.lowerBound {
        firstNode = firstNode.splitText(
          atUTF8Offset: range.lowerBound - pieces.first!.range.lowerBound)
      }
      let end = firstIndex == lastIndex ? firstNode : lastNode
      firstNode.wrap(through: end, in: .link(url: link.url, title: link.title))
    }
  }
}
