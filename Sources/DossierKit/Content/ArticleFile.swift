import Foundation
import Yams

/// The on-disk form of an article: YAML front matter between `---` lines, then CommonMark.
///
/// Reading and writing live together so the importer writes exactly what the loader reads.
public enum ArticleFile {
  /// The line that separates the article from the reader comments that followed it.
  public static let commentsMarker = "<!-- dossier:comments -->"

  static let knownKeys = ["title", "date", "source", "url", "lang", "authors", "draft"] + taxonomyKeys

  /// Taxonomy lists that articles moved from Hugo or Zola carry: accepted without a warning
  /// and not used, since entities come from the text and `Content/entities.yml`.
  static let taxonomyKeys = ["tags", "categories", "people", "organizations", "places"]

  /// Parses one article file. `file` is the path used in messages; `memo` answers front
  /// matter parsed before.
  public static func parse(
    _ text: String, file: String, slug: String, defaultLanguage: Language, memo: FrontMatterMemo? = nil
  ) throws -> (article: Article, notices: [Notice]) {
    // Lines as byte ranges of the file's bytes, found with a plain byte scan: splitting the
    // String (even its UTF-8 view) and testing each line through it was half of loading.
    let bytes = Array(text.utf8)
    var lines: [Range<Int>] = []
    var start = 0
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      lines.append(start..<offset)
      start = offset + 1
    }
    lines.append(start..<bytes.count)
    func isLine(_ index: Int, _ target: String) -> Bool { Self.isLine(bytes[lines[index]], target) }
    guard isLine(0, "---") else {
      throw DossierError(
        file: file, line: 1, "missing front matter: the file must start with a `---` line",
        hint: "start the file with ---, then `title: …` and `date: YYYY-MM-DD`, then --- and the text")
    }
    guard let closing = lines.indices.dropFirst().first(where: { isLine($0, "---") }) else {
      throw DossierError(
        file: file, line: 1, "front matter is not closed: no second `---` line",
        hint: "add a line with --- after the last front matter field")
    }
    // Lines `range` as the file has them, newlines between: a slice of the text, not the
    // lines joined (nor its bytes decoded again: a line starts and ends beside a newline,
    // always a character boundary).
    func linesAsWritten(_ range: Range<Int>) -> String {
      guard !range.isEmpty else { return "" }
      let utf8 = text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: lines[range.first!].lowerBound)
      let end = utf8.index(utf8.startIndex, offsetBy: lines[range.last!].upperBound)
      return String(text[start..<end])
    }
    let yaml = linesAsWritten(1..<closing)
    let fields =
      try memo?.fields(yaml: yaml, file: file) { try parseFields(yaml, file: file) }
      ?? parseFields(yaml, file: file)
    var notices = fields.notices
    if fields.date == nil {
      notices.append(
        Notice(file: file, line: 2, "no `date`: the article is undated and left out of the timeline"))
    }

    let bodyLines = (closing + 1)..<lines.count
    var body = linesAsWritten(bodyLines)
    var comments: String?
    if let markerIndex = bodyLines.first(where: { isLine($0, commentsMarker) }) {
      body = linesAsWritten((closing + 1)..<markerIndex)
      comments = linesAsWritten((markerIndex + 1)..<lines.count)
    }
    let article = Article(
      slug: slug, file: file, title: fields.title, date: fields.date, source: fields.source,
      url: fields.url, lang: fields.lang ?? defaultLanguage, authors: fields.authors,
      draft: fields.draft, body: body, bodyLine: closing + 2, comments: comments)
    return (article, notices)
  }

  /// The fields of front matter `yaml` (the file's lines from its second), or every
  /// problem they have.
  static func parseFields(_ yaml: String, file: String) throws -> FrontMatterMemo.Fields {
    let node = try YAMLFields.compose(yaml, file: file, lineOffset: 1)
    guard let mapping = node?.mapping else {
      throw DossierError(
        file: file, line: 2, "front matter must be a list of `key: value` lines",
        hint: "write at least `title: …` and `date: YYYY-MM-DD` between the --- lines")
    }
    var fields = YAMLFields(file: file, lineOffset: 1, mapping: mapping)
    let title = fields.string("title", required: true, example: "\"The article's headline\"")
    let date = fields.day("date")
    let source = fields.string("source")
    let url = fields.string("url")
    let lang = fields.language("lang")
    let authors = fields.stringList("authors")
    let draft = fields.bool("draft") ?? false
    fields.warnUnknownKeys(known: knownKeys)
    if let url, !url.isEmpty, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
      fields.fail(mapping["url"], "`url` must be an http(s) address, not `\(url)`")
    }
    if let first = fields.errors.first {
      throw fields.errors.count == 1 ? first as Error : DossierErrors(fields.errors)
    }
    return FrontMatterMemo.Fields(
      title: title ?? "", date: date, source: source, url: url?.isEmpty == true ? nil : url, lang: lang,
      authors: authors, draft: draft, notices: fields.notices)
  }

  /// Whether `line`, trimmed of whitespace, is `target`. Foundation's trimming costs about
  /// 65,000 instructions on a paragraph-long line, so a line that does not even hold the
  /// target's first byte is answered without it.
  static func isLine(_ line: Substring, _ target: String) -> Bool {
    isLine(Array(line.utf8)[...], target)
  }

  /// The same for a line as its UTF-8 bytes.
  static func isLine(_ line: ArraySlice<UInt8>, _ target: String) -> Bool {
    guard let first = target.utf8.first, line.contains(first) else { return false }
    // An ASCII line's only whitespace is spaces and tabs: trimmed here, as Foundation would.
    if line.allSatisfy({ $0 < 0x80 }) {
      let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
      var bytes = line.drop(while: isBlank)
      while let last = bytes.last, isBlank(last) { bytes = bytes.dropLast() }
      return bytes.elementsEqual(target.utf8)
    }
    return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces) == target
  }

  /// Writes an article in the form `parse` reads.
  public static func render(_ article: Article) -> String {
    var yaml = "---\n"
    yaml += "title: \(quoted(article.title))\n"
    if let date = article.date { yaml += "date: \(date.iso)\n" }
    if let source = article.source { yaml += "source: \(quoted(source))\n" }
    if let url = article.url { yaml += "url: \(quoted(url))\n" }
    yaml += "lang: \(article.lang.rawValue)\n"
    if !article.authors.isEmpty {
      yaml += "authors: [\(article.authors.map(quoted).joined(separator: ", "))]\n"
    }
    if article.draft { yaml += "draft: true\n" }
    yaml += "---\n"
    var text = yaml + article.body.trimmingCharacters(in: .newlines) + "\n"
    if let comments = article.comments, !comments.isEmpty {
      text += "\n" + commentsMarker + "\n\n" + comments.trimmingCharacters(in: .newlines) + "\n"
    }
    return text
  }

  /// A YAML double-quoted scalar: always safe, whatever the text holds. Escaped besides
  /// quotes and backslashes: control characters (C0, DEL, C1), which YAML refuses raw; the
  /// line and paragraph separators U+2028 and U+2029, which YAML reads as line breaks and
  /// folds into a space; U+FEFF, U+FFFE and U+FFFF, which it does not accept as text.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x09: out += "\\t"
      case 0..<0x20, 0x7F...0x9F: out += String(format: "\\x%02X", scalar.value)
      case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: out += String(format: "\\u%04X", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
