import Foundation
import Yams

/// Parses YAML and reads typed fields from a mapping, reporting every problem with the
/// line it is on in the original file (YAML lines are shifted by `lineOffset`).
struct YAMLFields {
  let file: String
  let lineOffset: Int
  let mapping: Node.Mapping
  private(set) var errors: [DossierError] = []
  private(set) var notices: [Notice] = []

  /// Parses `yaml`; a syntax error becomes a located `DossierError`.
  static func compose(_ yaml: String, file: String, lineOffset: Int) throws -> Node? {
    do {
      // An explicit encoding: Yams' `.default` reads the whole environment on every call.
      return try Yams.compose(yaml: yaml, .default, .default, .utf8)
    } catch let error as YamlError {
      throw located(error, file: file, lineOffset: lineOffset)
    }
  }

  static func located(_ error: YamlError, file: String, lineOffset: Int) -> DossierError {
    let hint =
      "check the YAML syntax: indentation, a missing colon, or quotes around a value holding `: ` or `#`"
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
      return DossierError(file: file, line: mark.line + lineOffset, "invalid YAML: \(what)", hint: hint)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return DossierError(
        file: file, line: context.mark.line + lineOffset,
        "duplicate key \(duplicates.joined(separator: ", ")) in YAML",
        hint: "keep one of them")
    default:
      return DossierError(file: file, line: lineOffset + 1, "invalid YAML: \(error)", hint: hint)
    }
  }

  init(file: String, lineOffset: Int, mapping: Node.Mapping) {
    self.file = file
    self.lineOffset = lineOffset
    self.mapping = mapping
  }

  func line(of node: Node?) -> Int {
    (node?.mark?.line ?? mapping.mark?.line ?? 1) + lineOffset
  }

  mutating func fail(_ node: Node?, _ message: String, hint: String? = nil) {
    errors.append(DossierError(file: file, line: line(of: node), message, hint: hint))
  }

  mutating func string(_ key: String, required: Bool = false, example: String = "…") -> String? {
    guard let node = mapping[key], !isNull(node) else {
      if required {
        fail(nil, "missing required field `\(key)`", hint: "add a line `\(key): \(example)`")
      }
      return nil
    }
    guard case .scalar(let scalar) = node else {
      fail(node, "`\(key)` must be a single text value", hint: "write `\(key): \(example)`")
      return nil
    }
    let value = cleaned(scalar.string, key: key, node: node).trimmingCharacters(in: .whitespacesAndNewlines)
    if value.isEmpty && required {
      fail(node, "`\(key)` is empty", hint: "write `\(key): \(example)`")
      return nil
    }
    return value
  }

  mutating func stringList(_ key: String) -> [String] {
    guard let node = mapping[key], !isNull(node) else { return [] }
    switch node {
    case .scalar(let scalar): return [cleaned(scalar.string, key: key, node: node)]
    case .sequence(let sequence):
      var values: [String] = []
      for item in sequence {
        if case .scalar(let scalar) = item {
          values.append(cleaned(scalar.string, key: key, node: item))
        } else {
          fail(item, "`\(key)` must be a list of text values")
        }
      }
      return values
    default:
      fail(node, "`\(key)` must be a list, like `\(key): [A, B]`")
      return []
    }
  }

  /// The value without control characters and with its bidi overrides closed (see
  /// `TextHygiene`); removing controls is reported, since the user may not see them.
  mutating func cleaned(_ text: String, key: String, node: Node) -> String {
    let (clean, removedControls) = TextHygiene.clean(text)
    if removedControls {
      notices.append(
        Notice(file: file, line: line(of: node), "removed invisible control characters from `\(key)`"))
    }
    return clean
  }

  mutating func bool(_ key: String) -> Bool? {
    guard let node = mapping[key], !isNull(node) else { return nil }
    guard let value = node.bool else {
      fail(node, "`\(key)` must be true or false, not `\(node.string ?? "a structure")`")
      return nil
    }
    return value
  }

  mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let node = mapping[key], !isNull(node) else { return nil }
    guard let value = node.int, range.contains(value) else {
      fail(
        node,
        "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(node.string ?? "a structure")`"
      )
      return nil
    }
    return value
  }

  mutating func language(_ key: String) -> Language? {
    guard let text = string(key) else { return nil }
    guard let language = Language(rawValue: text.lowercased()) else {
      fail(
        mapping[key], "unsupported language `\(text)`",
        hint: "use one of: \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
      return nil
    }
    return language
  }

  /// A calendar day `YYYY-MM-DD` (a time after it is accepted and ignored).
  mutating func day(_ key: String) -> CalendarDate? {
    guard let node = mapping[key], !isNull(node) else { return nil }
    let text = node.string ?? ""
    guard let date = CalendarDate(iso: text), date.precision == .day else {
      fail(
        node, "`\(key)` must be a date like 2022-11-07, not `\(text)`",
        hint: "write the publication day as YYYY-MM-DD")
      return nil
    }
    return date
  }

  /// Warns about keys the reader does not know, naming the closest known one.
  mutating func warnUnknownKeys(known: [String]) {
    for (keyNode, _) in mapping {
      guard let key = keyNode.string, !known.contains(key) else { continue }
      var message = "unknown key `\(key)` is ignored"
      if let closest = Self.closest(to: key, in: known) { message += "; did you mean `\(closest)`?" }
      notices.append(Notice(file: file, line: line(of: keyNode), message))
    }
  }

  static func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else {
      return nil
    }
    return best.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }

  private func isNull(_ node: Node) -> Bool {
    if case .scalar(let scalar) = node, scalar.style == .plain,
      ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    {
      return true
    }
    return false
  }
}
