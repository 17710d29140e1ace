/// The blocks of a document that hold running text (paragraphs and headings, wherever they
/// are nested), in document order. Code blocks and raw HTML are not prose and are skipped.
public enum TextBlocks {
  public static func collect(_ document: MarkdownDocument) -> [MarkdownNode] {
    document.root.descendants.filter { $0.kind == .paragraph || $0.kind == .heading }
  }
}
