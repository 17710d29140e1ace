/// A paragraph of the article being imported: its text and the source lines it came from.
struct DraftParagraph: Sendable, Equatable {
  enum Role: Sendable, Equatable {
    case body
    /// An image caption, written as an emphasised line.
    case caption
    /// Part of a passage quoted from another text, written as a blockquote.
    case quotation
  }

  /// Source line numbers, in order (a joined paragraph has several).
  var lines: [Int]
  var text: String
  var role: Role = .body

  var firstLine: Int { lines.first ?? 0 }
}
