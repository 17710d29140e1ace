import Foundation

/// The small picture on an entity page: the entity in the middle, the entities most often
/// named in the same sentences around it, each line as thick as the number of sentences
/// they share. Inline SVG built here because it needs geometry; every name is escaped.
///
/// The picture duplicates the list beside it (names, counts, links), which is the text
/// alternative: the SVG is hidden from assistive technology and its links are left out of
/// the tab order, so keyboard and screen-reader users meet each link once, in the list.
enum CoMentionGraph {
  struct Node {
    var name: String
    var href: String
    /// Sentences shared with the central entity.
    var count: Int
  }

  static let maxNodes = 8
  static let width = 480.0
  static let height = 300.0
  /// Characters per label line; longer names wrap, up to three lines, then are cut.
  static let lineLength = 15
  static let maxLines = 3
  static let lineHeight = 15.0

  static func svg(center: String, neighbours: [Node]) -> String {
    let nodes = Array(neighbours.prefix(maxNodes))
    guard !nodes.isEmpty else { return "" }
    let largest = Double(nodes.map(\.count).max() ?? 1)
    let (cx, cy) = (width / 2, height / 2)
    let (rx, ry) = (110.0, 95.0)
    // Two neighbours sit left and right; more go round from the top.
    let start = nodes.count <= 2 ? 0.0 : -Double.pi / 2
    var edges = ""
    var dots = ""
    for (index, node) in nodes.enumerated() {
      let angle = start + 2 * Double.pi * Double(index) / Double(nodes.count)
      let x = cx + rx * cos(angle)
      let y = cy + ry * sin(angle)
      let weight = Double(node.count) / largest
      edges +=
        "<line class=\"edge\" x1=\"\(format(cx))\" y1=\"\(format(cy))\" x2=\"\(format(x))\" y2=\"\(format(y))\""
        + " stroke-width=\"\(format(1 + 5 * weight))\"/>"
      let radius = 4 + 4 * weight
      let side: Placement =
        cos(angle) > 0.3 ? .right : cos(angle) < -0.3 ? .left : sin(angle) < 0 ? .above : .below
      dots +=
        "<a href=\"\(HTMLEscaping.escape(node.href))\" tabindex=\"-1\">"
        + "<title>\(HTMLEscaping.escape(node.name)) (\(node.count))</title>"
        + "<circle class=\"node\" cx=\"\(format(x))\" cy=\"\(format(y))\" r=\"\(format(radius))\"/>"
        + label(node.name, x: x, y: y, radius: radius, side: side) + "</a>"
    }
    let centerDot =
      "<circle class=\"node node--center\" cx=\"\(format(cx))\" cy=\"\(format(cy))\" r=\"10\"/>"
      + label(center, x: cx, y: cy, radius: 10, side: .below, className: "label label--center")
    return "<svg class=\"co-mentions-graph\" viewBox=\"0 0 \(format(width)) \(format(height))\""
      + " aria-hidden=\"true\">" + edges + centerDot + dots + "</svg>"
  }

  /// Where a label goes: outward from the centre, so neighbouring labels stay apart.
  enum Placement { case above, below, left, right }

  /// A name on up to three lines beside its dot.
  static func label(
    _ name: String, x: Double, y: Double, radius: Double, side: Placement, className: String = "label"
  ) -> String {
    let lines = wrap(name)
    let extra = lineHeight * Double(lines.count - 1)
    let (anchor, textX, firstBaseline): (String, Double, Double) =
      switch side {
      case .above: ("middle", x, y - radius - 6 - extra)
      case .below: ("middle", x, y + radius + 15)
      case .left: ("end", x - radius - 6, y + 4.5 - extra / 2)
      case .right: ("start", x + radius + 6, y + 4.5 - extra / 2)
      }
    var text =
      "<text class=\"\(className)\" text-anchor=\"\(anchor)\" x=\"\(format(textX))\" y=\"\(format(firstBaseline))\">"
    for (index, line) in lines.enumerated() {
      text +=
        index == 0
        ? "<tspan>\(HTMLEscaping.escape(line))</tspan>"
        : "<tspan x=\"\(format(textX))\" dy=\"\(format(lineHeight))\">\(HTMLEscaping.escape(line))</tspan>"
    }
    return text + "</text>"
  }

  /// Splits a name at spaces (and long words after their hyphens) into lines of at most
  /// `lineLength` characters; past `maxLines`, the last line is cut with an ellipsis.
  static func wrap(_ name: String) -> [String] {
    var lines: [String] = []
    // (text, joins the previous token without a space): parts of a long hyphenated word.
    let tokens = name.split(separator: " ").flatMap { word -> [(String, Bool)] in
      guard word.count > lineLength, word.contains("-") else { return [(String(word), false)] }
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      return parts.enumerated().map { index, part in
        (String(part) + (index < parts.count - 1 ? "-" : ""), index > 0)
      }
    }
    for (token, joins) in tokens {
      let glue = joins ? "" : " "
      if let last = lines.last, last.count + glue.count + token.count <= lineLength {
        lines[lines.count - 1] = last + glue + token
      } else {
        lines.append(token)
      }
    }
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines - 1)) + [lines[(maxLines - 1)...].joined(separator: " ")]
    }
    return lines.map(cut)
  }

  static func cut(_ line: String) -> String {
    line.count > lineLength ? String(line.prefix(lineLength - 1)) + "…" : line
  }

  static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
