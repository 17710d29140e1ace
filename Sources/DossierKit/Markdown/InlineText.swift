/// The readable text of one block's inline content, with a map back to the nodes holding it.
///
/// Extraction works on `text`; linking maps UTF-8 offsets in `text` back to nodes through
/// `pieces`. Soft and hard line breaks read as a single space, so a name broken across two
/// source lines ("Nikolaï" / "Potrouchev") is one run of text.
public struct InlineText {
  public struct Piece {
    /// UTF-8 byte range of this piece in `text`.
    public let range: Range<Int>
    public let node: MarkdownNode
    /// True for text nodes (which can be split); false for code spans and line breaks.
    public let isSplittable: Bool
    /// True when the piece sits inside a link or image, where no further link may go.
    public let isInsideLink: Bool
  }

  public let text: String
  public let pieces: [Piece]

  public init(block: MarkdownNode) {
    var text = ""
    var pieces: [Piece] = []
    var offset = 0
    func visit(_ node: MarkdownNode, insideLink: Bool) {
      switch node.kind {
      case .text, .code:
        let literal = node.literal ?? ""
        let length = literal.utf8.count
        guard length > 0 else { return }
        pieces.append(
          Piece(
            range: offset..<offset + length, node: node, isSplittable: node.kind == .text,
            isInsideLink: insideLink))
        text += literal
        offset += length
      case .softBreak, .lineBreak:
        pieces.append(
          Piece(range: offset..<offset + 1, node: node, isSplittable: false, isInsideLink: insideLink))
        text += " "
        offset += 1
      case .htmlInline:
        return
      default:
        let inLink = insideLink || node.kind == .link || node.kind == .image
        for child in node.children { visit(child, insideLink: inLink) }
      }
    }
    for child in block.children { visit(child, insideLink: false) }
    self.text = text
    self.pieces = pieces
  }

  /// Index of the piece holding the byte at `offset`, if any.
  public func pieceIndex(containing offset: Int) -> Int? {
    var low = 0
    var high = pieces.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = pieces[mid].range
      if offset < range.lowerBound {
        high = mid - 1
      } else if offset >= range.upperBound {
        low = mid + 1
      } else {
        return mid
      }
    }
    return nil
  }
}
