/// Writes plain text as CommonMark that renders as exactly that text.
///
/// Inline syntax is escaped wherever it appears (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, and
/// `&` before what could read as an entity). Block syntax is escaped where it acts, at the
/// start of the paragraph's line: `#` (heading), `-` `+` `=` (list, rule, setext), `>`
/// (quote), `~` (fence), `|`, and `1.` / `1)` (ordered list). The importer writes each
/// paragraph on one line, so the start of the text is the only line start.
public enum MarkdownEscaping {
  static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<"]
  static let lineStartSpecials: Set<Character> = ["#", "-", "+", "=", ">", "~", "|"]

  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    let characters = Array(text)
    let orderedMarker = orderedListMarker(characters)
    for (index, character) in characters.enumerated() {
      if index == 0, lineStartSpecials.contains(character) {
        out.append("\\")
      } else if index == orderedMarker {
        out.append("\\")
      } else if inlineSpecials.contains(character) {
        out.append("\\")
      } else if character == "&", index + 1 < characters.count,
        characters[index + 1].isLetter || characters[index + 1] == "#"
      {
        out.append("\\")
      }
      out.append(character)
    }
    return out
  }

  /// Index of the `.` or `)` in a leading `1.`/`12)` that would start an ordered list.
  static func orderedListMarker(_ characters: [Character]) -> Int? {
    var index = 0
    while index < characters.count, index < 10, characters[index].isASCII, characters[index].isNumber {
      index += 1
    }
    guard index > 0, index <= 9, index < characters.count,
      characters[index] == "." || characters[index] == ")"
    else { return nil }
    let followedBySpace = index + 1 == characters.count || characters[index + 1].isWhitespace
    return followedBySpace ? index : nil
  }

  /// An emphasised line (for captions) that renders as exactly `text`.
  public static func emphasised(_ text: String) -> String {
    "*" + escape(text) + "*"
  }

  /// An autolink for a bare web address, or the escaped text when it cannot be one.
  public static func link(_ address: String) -> String {
    let lower = address.lowercased()
    let safe =
      (lower.hasPrefix("http://") || lower.hasPrefix("https://"))
      && !address.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || !$0.isASCII })
    return safe ? "<" + address + ">" : escape(address)
  }
}
