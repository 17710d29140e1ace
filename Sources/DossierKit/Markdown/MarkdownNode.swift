import CCmark
import Foundation

/// A node of a `MarkdownDocument`. Keeps its document alive (see the ownership rule there).
public struct MarkdownNode {
  let pointer: OpaquePointer
  let document: MarkdownDocument

  public enum Kind: Equatable, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
    case paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline
    case emphasis, strong, link, image
    case unknown

    init(_ type: cmark_node_type) {
      switch type {
      case CMARK_NODE_DOCUMENT: self = .document
      case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
      case CMARK_NODE_LIST: self = .list
      case CMARK_NODE_ITEM: self = .item
      case CMARK_NODE_CODE_BLOCK: self = .codeBlock
      case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
      case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
      case CMARK_NODE_PARAGRAPH: self = .paragraph
      case CMARK_NODE_HEADING: self = .heading
      case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
      case CMARK_NODE_TEXT: self = .text
      case CMARK_NODE_SOFTBREAK: self = .softBreak
      case CMARK_NODE_LINEBREAK: self = .lineBreak
      case CMARK_NODE_CODE: self = .code
      case CMARK_NODE_HTML_INLINE: self = .htmlInline
      case CMARK_NODE_CUSTOM_INLINE: self = .customInline
      case CMARK_NODE_EMPH: self = .emphasis
      case CMARK_NODE_STRONG: self = .strong
      case CMARK_NODE_LINK: self = .link
      case CMARK_NODE_IMAGE: self = .image
      default: self = .unknown
      }
    }

    public var isBlock: Bool {
      switch self {
      case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
        .paragraph, .heading, .thematicBreak:
        return true
      default: return false
      }
    }
  }

  public var kind: Kind { Kind(cmark_node_get_type(pointer)) }

  public var firstChild: MarkdownNode? { wrapNode(cmark_node_first_child(pointer)) }
  public var lastChild: MarkdownNode? { wrapNode(cmark_node_last_child(pointer)) }
  public var next: MarkdownNode? { wrapNode(cmark_node_next(pointer)) }
  public var previous: MarkdownNode? { wrapNode(cmark_node_previous(pointer)) }
  public var parent: MarkdownNode? { wrapNode(cmark_node_parent(pointer)) }

  /// Direct children, collected up front so the caller may edit the tree while looping.
  public var children: [MarkdownNode] {
    var result: [MarkdownNode] = []
    var child = firstChild
    while let node = child {
      result.append(node)
      child = node.next
    }
    return result
  }

  /// Every node below this one (and this one), in document order, collected up front.
  public var descendants: [MarkdownNode] {
    var result: [MarkdownNode] = []
    guard let iterator = cmark_iter_new(pointer) else { return result }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
        result.append(MarkdownNode(pointer: node, document: document))
      }
    }
    return result
  }

  /// The text of a text, code, code block or HTML node; nil for containers.
  public var literal: String? {
    get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    nonmutating set { _ = cmark_node_set_literal(pointer, newValue) }
  }

  public var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }
  public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
  /// 1-based line of the node in the parsed Markdown.
  public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }

  /// Splits a text node so that this node keeps the first `utf8Offset` bytes and a new
  /// text node after it holds the rest; returns the new node. The offset must fall on a
  /// character boundary inside the literal (0 < offset < length).
  @discardableResult
  public func splitText(atUTF8Offset utf8Offset: Int) -> MarkdownNode {
    splitText(atUTF8Offsets: [utf8Offset])[0]
  }

  /// Splits a text node at several offsets in one pass: this node keeps the text before the
  /// first offset and a new text node follows for each piece after it; returns the new nodes
  /// in order. Offsets must be increasing character boundaries inside the literal.
  /// One pass matters: splitting a 1 MB paragraph at each of its 20,000 sentence ends one
  /// offset at a time copies the literal each time (minutes instead of milliseconds).
  @discardableResult
  public func splitText(atUTF8Offsets offsets: [Int]) -> [MarkdownNode] {
    precondition(kind == .text, "splitText works on text nodes")
    // Works on cmark's bytes directly: going through Swift strings cost about 8,000
    // instructions a split, and the annotator splits at every sentence. The node's own
    // literal stays valid until it is replaced, last.
    let literal = cmark_node_get_literal(pointer)!
    let length = strlen(literal)
    precondition(
      zip([0] + offsets, offsets + [length]).allSatisfy { $0 < $1 }, "split offsets out of range")
    for offset in offsets {
      precondition(UInt8(bitPattern: literal[offset]) & 0xC0 != 0x80, "split offset inside a character")
    }
    func copy(_ start: Int, _ end: Int) -> UnsafeMutablePointer<CChar> {
      let piece = UnsafeMutablePointer<CChar>.allocate(capacity: end - start + 1)
      piece.initialize(from: literal + start, count: end - start)
      piece[end - start] = 0
      return piece
    }
    var newNodes: [MarkdownNode] = []
    var previous = pointer
    for (start, end) in zip(offsets, offsets.dropFirst() + [length]) {
      let newNode = cmark_node_new(CMARK_NODE_TEXT)!
      let piece = copy(start, end)
      cmark_node_set_literal(newNode, piece)  // cmark copies it
      piece.deallocate()
      cmark_node_insert_after(previous, newNode)
      newNodes.append(MarkdownNode(pointer: newNode, document: document))
      previous = newNode
    }
    let head = copy(0, offsets.first ?? length)
    cmark_node_set_literal(pointer, head)
    head.deallocate()
    return newNodes
  }

  /// What a run of sibling inlines can be wrapped in.
  public enum Wrapper {
    /// A link; cmark escapes the URL and title and drops unsafe schemes on rendering.
    case link(url: String, title: String)
    /// Literal HTML placed around the run. Only for markup the program builds itself from
    /// escaped values: it is emitted as is.
    case rawHTML(open: String, close: String)
  }

  /// Moves the siblings from this node through `last` (inclusive, same parent) into a new
  /// inline node that takes their place, and returns it.
  @discardableResult
  public func wrap(through last: MarkdownNode, in wrapper: Wrapper) -> MarkdownNode {
    let container: OpaquePointer
    switch wrapper {
    case .link(let url, let title):
      container = cmark_node_new(CMARK_NODE_LINK)!
      cmark_node_set_url(container, url)
      cmark_node_set_title(container, title)
    case .rawHTML(let open, let close):
      container = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
      cmark_node_set_on_enter(container, open)
      cmark_node_set_on_exit(container, close)
    }
    cmark_node_insert_before(pointer, container)
    var current: OpaquePointer? = pointer
    while let node = current {
      let following = cmark_node_next(node)
      cmark_node_append_child(container, node)
      if node == last.pointer { break }
      current = following
    }
    return MarkdownNode(pointer: container, document: document)
  }

  /// Inserts literal HTML built by the program (an anchor, a marker) before this node.
  public func insertRawHTMLBefore(_ html: String) {
    let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
    cmark_node_set_on_enter(node, html)
    cmark_node_insert_before(pointer, node)
  }

  /// HTML of this node and its children, in cmark's safe mode.
  public func renderHTML() -> String {
    guard let html = cmark_render_html(pointer, CMARK_OPT_DEFAULT) else { return "" }
    defer { free(html) }
    return String(cString: html)
  }

  private func wrapNode(_ node: OpaquePointer?) -> MarkdownNode? {
    node.map { MarkdownNode(pointer: $0, document: document) }
  }
}

extension MarkdownNode: Hashable {
  public static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool {
    lhs.pointer == rhs.pointer
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}
