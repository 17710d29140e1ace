import Foundation

/// The import's law: every sentence of the raw text, minus what the report lists as
/// removed, appears in order in the text of the rendered article (body, then comments).
///
/// It also checks that each removal is what it claims to be: a repeat has a copy left in
/// the article, the title line became the title, the source link became the url.
public enum ImportLaw {
  /// The sentences (and removals) that break the law; empty when the import kept
  /// everything. `original` is the decoded raw text (`ImportResult.sourceText`).
  public static func verify(original: String, result: ImportResult) -> [String] {
    verify(original: original, report: result.report, article: result.article)
  }

  /// Same, for an article read back from its file.
  public static func verify(original: String, report: ImportReport, article: Article) -> [String] {
    var problems: [String] = []
    let removedByLine = Dictionary(grouping: report.removed, by: \.line)
    var expected: [(line: Int, sentence: String)] = []
    for (offset, raw) in original.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var text = SourceLines.tidy(raw)
      for item in removedByLine[offset + 1] ?? [] {
        guard let range = text.range(of: item.text) else {
          problems.append("line \(offset + 1): removed text not found on the line: \(item.text)")
          continue
        }
        text.removeSubrange(range)
        text = SourceLines.tidy(text)
      }
      for sentence in SentenceSplitter.sentences(text) { expected.append((offset + 1, sentence)) }
    }

    let bodyText = renderedText(article.body)
    let rendered = Array(compact(bodyText + " " + renderedText(article.comments ?? "")))
    var cursor = 0
    for (line, sentence) in expected {
      let needle = Array(compact(sentence))
      guard !needle.isEmpty else { continue }
      if let found = find(needle, in: rendered, from: cursor) {
        cursor = found + needle.count
      } else {
        problems.append("line \(line): \(sentence)")
      }
    }

    let bodyKey = TypographicKey.make(bodyText)
    for item in report.removed {
      let key = TypographicKey.make(item.text)
      switch item.kind {
      case .repeated where !bodyKey.contains(key) && !TypographicKey.make(article.title).contains(key):
        problems.append("line \(item.line): removed as a repeat but no copy is left: \(item.text)")
      case .titleLine where !TypographicKey.make(article.title).contains(key):
        problems.append("line \(item.line): removed as the title but the title differs: \(item.text)")
      case .sourceURL where article.url.map({ !item.text.contains($0) }) ?? true:
        problems.append("line \(item.line): removed as the source link but not the url: \(item.text)")
      default:
        break
      }
    }
    return problems
  }

  /// The text a reader sees on the page for `markdown`: rendered by cmark, tags stripped,
  /// entities decoded.
  public static func renderedText(_ markdown: String) -> String {
    guard !markdown.isEmpty else { return "" }
    let html = MarkdownDocument(markdown: markdown).renderHTML()
    return decodeEntities(stripTags(html))
  }

  static func stripTags(_ html: String) -> String {
    var out = ""
    out.reserveCapacity(html.utf8.count)
    var inTag = false
    for character in html {
      if inTag {
        if character == ">" {
          inTag = false
          out.append(" ")
        }
      } else if character == "<" {
        inTag = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  static func decodeEntities(_ text: String) -> String {
    guard text.utf8.contains(0x26) else { return text }
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
        out.append(character)
        index = text.index(after: index)
        continue
      }
      let name = text[text.index(after: index)..<semicolon]
      if let decoded = entity(String(name)) {
        out.append(decoded)
        index = text.index(after: semicolon)
      } else {
        out.append(character)
        index = text.index(after: index)
      }
    }
    return out
  }

  static func entity(_ name: String) -> Character? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default: break
    }
    var value: UInt32?
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      value = UInt32(name.dropFirst(2), radix: 16)
    } else if name.hasPrefix("#") {
      value = UInt32(name.dropFirst())
    }
    return value.flatMap(Unicode.Scalar.init).map(Character.init)
  }

  static func compact(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
  }

  static func find(_ needle: [Character], in haystack: [Character], from start: Int) -> Int? {
    guard needle.count <= haystack.count - start else { return nil }
    var position = start
    while position + needle.count <= haystack.count {
      if haystack[position] == needle[0], haystack[position..<(position + needle.count)].elementsEqual(needle)
      {
        return position
      }
      position += 1
    }
    return nil
  }
}
