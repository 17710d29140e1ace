import Foundation

/// One line of the raw text, numbered as in the file (from 1), with its whitespace tidied.
struct SourceLine: Sendable, Equatable {
  var number: Int
  var text: String
  /// True when tidying changed a non-empty line (stray spaces, tabs, zero-width characters).
  var tidied: Bool
}

/// The line model every import step works on: the file's own line numbers are kept so the
/// report can name the line of everything it recognised or removed.
enum SourceLines {
  static func split(_ text: String) -> [SourceLine] {
    var lines: [SourceLine] = []
    var number = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let text = tidy(raw)
      lines.append(SourceLine(number: number, text: text, tidied: !text.isEmpty && text != raw))
    }
    return lines
  }

  /// Trims the line, turns tabs and runs of spaces into one space and drops zero-width
  /// characters and control characters (C0 but tab, DEL, C1 but NEL, which counts as a
  /// space): scraping debris a page cannot show and the article file's YAML would not keep
  /// in a title. No-break spaces inside the line are French typography and stay.
  static func tidy<S: StringProtocol>(_ line: S) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in line.unicodeScalars {
      switch scalar {
      case "\u{200B}", "\u{FEFF}", "\u{2060}":
        continue
      case " ", "\t", "\u{0B}", "\u{0C}", "\r", "\u{85}":
        pendingSpace = true
      case _ where TextHygiene.isControl(scalar):
        continue
      default:
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      }
    }
    // Trailing (and, after tabs, leading) no-break or other Unicode spaces.
    while let last = out.last, last.properties.isWhitespace { out.removeLast() }
    while let first = out.first, first.properties.isWhitespace { out.removeFirst() }
    return String(out)
  }
}
