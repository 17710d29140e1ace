import CCmark
import Foundation

/// A CommonMark document parsed by libcmark.
///
/// Ownership rule: the document owns the whole cmark tree and frees it in `deinit`.
/// Every `MarkdownNode` holds a strong reference to its document, so a node can never
/// outlive the tree it points into. Nodes are only created already attached to the tree
/// (see `MarkdownNode.wrap`, `splitText`), so no cmark node is ever left unowned.
/// A document is not thread-safe: use it from one task at a time.
public final class MarkdownDocument {
  let rootPointer: OpaquePointer

  /// Parses `markdown` in cmark's default safe mode: raw HTML is omitted on rendering and
  /// `javascript:`, `vbscript:`, `file:` and non-image `data:` link targets are dropped.
  public init(markdown: String, smartPunctuation: Bool = false) {
    var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
    if smartPunctuation { options |= CMARK_OPT_SMART }
    var utf8 = markdown.utf8CString
    rootPointer = utf8.withUnsafeMutableBufferPointer { buffer in
      cmark_parse_document(buffer.baseAddress, buffer.count - 1, options)!
    }
  }

  deinit { cmark_node_free(rootPointer) }

  public var root: MarkdownNode { MarkdownNode(pointer: rootPointer, document: self) }

  /// HTML for the whole document, in safe mode.
  public func renderHTML() -> String { root.renderHTML() }
}
