import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Scans every file of a built site for markup a hostile input could have injected: script
/// elements other than the theme's own, event-handler attributes, dangerous URL schemes,
/// unexpected elements or attributes, JSON or XML that would not parse, and `<` inside
/// script data. A test helper: it reads HTML the way a browser's tokenizer splits it into
/// tags and attributes, which is all the checks need.
struct InjectionScanner {
  struct Finding: CustomStringConvertible, Sendable {
    var file: String
    var problem: String
    var description: String { "\(file): \(problem)" }
  }

  /// The theme's stylesheet, the only style element content allowed (404.html inlines it).
  var themeCSS: String?
  /// The base URL the site was built with: 404.html links absolutely through it.
  var baseURL: String?

  /// Elements the default theme and cmark's safe HTML renderer write. Anything else in a page
  /// (img with a bad source, iframe, svg, object, base, …) came from content.
  static let allowedElements: Set<String> = [
    "html", "head", "meta", "title", "link", "style", "script", "body", "a", "header", "nav",
    "ul", "ol", "li", "main", "footer", "form", "label", "input", "div", "article", "aside",
    "section", "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "time", "blockquote", "cite",
    "mark", "table", "thead", "tbody", "tr", "th", "td", "em", "strong", "code", "pre", "hr", "br",
    "img", "figure", "figcaption",
    // The theme's own inline charts (co-mention graph), drawn in Swift with escaped text.
    "svg", "line", "circle", "text", "tspan", "g", "title", "desc",
  ]

  static let allowedAttributes: Set<String> = [
    "href", "src", "alt", "title", "class", "id", "lang", "rel", "type", "content", "name",
    "property", "charset", "datetime", "role", "hidden", "tabindex", "for", "autocomplete",
    "placeholder", "defer", "scope", "start", "spellcheck",
    // The charts: SVG geometry, and `style` carrying numeric custom properties only.
    "viewbox", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "dy", "dx", "text-anchor",
    "stroke-width", "width", "height", "style", "focusable", "xmlns", "preserveaspectratio",
  ]

  static let urlAttributes: Set<String> = [
    "href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite",
  ]

  func scan(site: URL) -> [Finding] {
    var findings: [Finding] = []
    let base = site.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(atPath: base) else {
      return [Finding(file: base, problem: "cannot list the site")]
    }
    for case let path as String in walker {
      let url = URL(fileURLWithPath: base + "/" + path)
      guard !url.hasDirectoryPath, let data = FileManager.default.contents(atPath: url.path) else { continue }
      guard let text = String(data: data, encoding: .utf8) else {
        findings.append(Finding(file: path, problem: "not UTF-8"))
        continue
      }
      findings += scan(file: path, text: text)
    }
    return findings
  }

  func scan(file: String, text: String) -> [Finding] {
    if file.hasSuffix(".html") { return scanHTML(text, file: file) }
    if file.hasSuffix(".json") { return scanJSON(text, file: file) }
    if file.hasSuffix(".xml") { return scanXML(text, file: file) }
    if file == "assets/search-index.js" { return scanSearchIndex(text, file: file) }
    if file == "robots.txt" {
      return text.split(separator: "\n").filter {
        !($0.hasPrefix("User-agent: ") || $0.hasPrefix("Allow: ") || $0.hasPrefix("Sitemap: https://"))
      }.map { Finding(file: file, problem: "unexpected robots.txt line `\($0)`") }
    }
    if file.hasPrefix("assets/") || file == ".dossier-output" { return [] }
    return [Finding(file: file, problem: "unexpected file in the site")]
  }

  // MARK: HTML

  struct Tag {
    var name: String
    var attributes: [(name: String, value: String?)]
    /// For script and style: the raw text up to the closing tag.
    var rawText: String?
  }

  func scanHTML(_ html: String, file: String) -> [Finding] {
    var findings: [Finding] = []
    func report(_ problem: String) { findings.append(Finding(file: file, problem: problem)) }
    let root = SitePathsForTest.rootPrefix(of: file)
    for tag in Self.tags(in: html, onError: report) {
      if !Self.allowedElements.contains(tag.name) { report("unexpected element <\(tag.name)>") }
      for (name, value) in tag.attributes {
        if name.hasPrefix("on") {
          report("event-handler attribute \(name) on <\(tag.name)>")
        } else if !Self.allowedAttributes.contains(name) && !name.hasPrefix("aria-")
          && !name.hasPrefix("data-")
        {
          report("unexpected attribute \(name) on <\(tag.name)>")
        }
        if Self.urlAttributes.contains(name), let value,
          let problem = Self.dangerousURL(Self.decodeEntities(value), element: tag.name)
        {
          report("\(problem) in \(name) of <\(tag.name)>")
        }
        if name == "http-equiv" { report("meta http-equiv") }
      }
      if tag.name == "script" { findings += checkScript(tag, root: root, file: file) }
      if tag.name == "style", let css = tag.rawText, css != themeCSS {
        report("style element that is not the theme's stylesheet")
      }
    }
    return findings
  }

  /// The theme writes exactly two script elements with a source, and JSON-LD blocks.
  func checkScript(_ tag: Tag, root: String, file: String) -> [Finding] {
    let attributes = tag.attributes.map { "\($0.name)=\($0.value ?? "")" }
    let raw = tag.rawText ?? ""
    let roots = [root] + (file == "404.html" ? [baseURL].compactMap { $0 } : [])
    let ownScripts = roots.flatMap { root in
      ["search-index.js", "search.js"].map { ["src=\(root)assets/\($0)", "defer="] }
    }
    if ownScripts.contains(attributes) {
      return raw.isEmpty ? [] : [Finding(file: file, problem: "the theme's script element has content")]
    }
    guard attributes == ["type=application/ld+json"] else {
      return [Finding(file: file, problem: "foreign script element \(attributes)")]
    }
    var findings: [Finding] = []
    if raw.contains("<") { findings.append(Finding(file: file, problem: "`<` inside JSON-LD")) }
    if (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) == nil {
      findings.append(Finding(file: file, problem: "JSON-LD that does not parse"))
    }
    return findings
  }

  /// A scheme a browser would run or render as a document; nil when harmless.
  static func dangerousURL(_ value: String, element: String) -> String? {
    // Browsers drop ASCII tab and newlines anywhere in a URL and spaces around it.
    let cleaned = String(
      String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 })
    ).lowercased()
    guard let colon = cleaned.firstIndex(of: ":"),
      !cleaned[..<colon].contains(where: { "/?#".contains($0) })
    else { return nil }  // relative
    let scheme = String(cleaned[..<colon])
    // Not a scheme by the URL standard (`java%09script`): the browser reads a relative path.
    let schemeCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789+-.")
    guard scheme.first?.isLetter == true, scheme.allSatisfy(schemeCharacters.contains) else { return nil }
    if ["http", "https", "mailto"].contains(scheme) { return nil }
    if scheme == "data", element == "img",
      ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: {
        cleaned.hasPrefix($0)
      })
    {
      return nil
    }
    return "dangerous URL scheme `\(scheme):`"
  }

  static func decodeEntities(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      rest = rest[amp...]
      guard let semi = rest.firstIndex(of: ";"), rest.distance(from: amp, to: semi) < 12 else {
        out += "&"
        rest = rest.dropFirst()
        continue
      }
      let entity = rest[rest.index(after: amp)..<semi]
      var scalar: Unicode.Scalar?
      switch entity {
      case "amp": scalar = "&"
      case "lt": scalar = "<"
      case "gt": scalar = ">"
      case "quot": scalar = "\""
      case "apos": scalar = "'"
      default:
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
          scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if entity.hasPrefix("#") {
          scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
        }
      }
      if let scalar {
        out.unicodeScalars.append(scalar)
        rest = rest[rest.index(after: semi)...]
      } else {
        out += "&"
        rest = rest.dropFirst()
      }
    }
    return out + rest
  }

  /// Splits HTML into its tags the way the HTML tokenizer does for the forms a page can hold:
  /// comments, doctype, end tags, start tags with quoted or bare attributes, and the raw text
  /// of script and style elements (which ends at the first `</script` or `</style`).
  static func tags(in html: String, onError: (String) -> Void) -> [Tag] {
    let bytes = Array(html.utf8)
    var tags: [Tag] = []
    var i = 0
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    func find(_ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
      let pattern = Array(needle.utf8)
      guard bytes.count >= pattern.count else { return nil }
      var k = start
      while k + pattern.count <= bytes.count {
        var match = true
        for (offset, p) in pattern.enumerated() {
          let b = bytes[k + offset]
          if caseInsensitive ? (b | 0x20) != (p | 0x20) : b != p {
            match = false
            break
          }
        }
        if match { return k }
        k += 1
      }
      return nil
    }
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    while i < bytes.count {
      guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else {
        i += 1
        continue
      }
      let next = bytes[i + 1]
      if next == UInt8(ascii: "!") {
        if text(i..<min(i + 4, bytes.count)) == "<!--" {
          guard let end = find("-->", from: i + 4) else {
            onError("unclosed comment")
            return tags
          }
          i = end + 3
        } else {
          i = (find(">", from: i) ?? bytes.count) + 1
        }
        continue
      }
      if next == UInt8(ascii: "/") {
        i = (find(">", from: i) ?? bytes.count) + 1
        continue
      }
      guard isLetter(next) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/")
      {
        j += 1
      }
      var tag = Tag(name: text((i + 1)..<j).lowercased(), attributes: [])
      // Attributes.
      while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
        if isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") {
          j += 1
          continue
        }
        let nameStart = j
        while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"),
          bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: "/")
        {
          j += 1
        }
        let name = text(nameStart..<j).lowercased()
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        var value: String?
        if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
          j += 1
          while j < bytes.count, isSpace(bytes[j]) { j += 1 }
          if j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
            let quote = bytes[j]
            let valueStart = j + 1
            j = valueStart
            while j < bytes.count, bytes[j] != quote { j += 1 }
            value = text(valueStart..<min(j, bytes.count))
            j += 1
          } else {
            let valueStart = j
            while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
            value = text(valueStart..<j)
          }
        }
        tag.attributes.append((name, value))
      }
      i = j + 1
      if tag.name == "script" || tag.name == "style" {
        let close = find("</" + tag.name, from: i, caseInsensitive: true) ?? bytes.count
        tag.rawText = text(min(i, bytes.count)..<close)
        i = close
      }
      tags.append(tag)
    }
    return tags
  }

  // MARK: JSON, XML, script

  func scanJSON(_ text: String, file: String) -> [Finding] {
    var findings: [Finding] = []
    if text.contains("<") { findings.append(Finding(file: file, problem: "raw `<` in JSON")) }
    guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
      return findings + [Finding(file: file, problem: "JSON that does not parse")]
    }
    findings += Self.urlProblems(in: value).map { Finding(file: file, problem: $0) }
    return findings
  }

  /// `url`, `path` and `p` fields of the exports must be web or relative addresses.
  static func urlProblems(in value: Any) -> [String] {
    if let array = value as? [Any] { return array.flatMap(urlProblems) }
    guard let object = value as? [String: Any] else { return [] }
    var problems: [String] = []
    for (key, field) in object {
      if ["url", "path", "p"].contains(key), let text = field as? String,
        let problem = dangerousURL(text, element: "a")
      {
        problems.append("\(problem) in `\(key)`")
      }
      problems += urlProblems(in: field)
    }
    return problems
  }

  func scanSearchIndex(_ text: String, file: String) -> [Finding] {
    let prefix = "window.DOSSIER_SEARCH="
    guard text.hasPrefix(prefix), text.hasSuffix(";\n") else {
      return [Finding(file: file, problem: "search index is not one assignment")]
    }
    return scanJSON(String(text.dropFirst(prefix.count).dropLast(2)), file: file)
  }

  func scanXML(_ text: String, file: String) -> [Finding] {
    var findings: [Finding] = []
    if text.range(of: "<script", options: .caseInsensitive) != nil {
      findings.append(Finding(file: file, problem: "<script in XML"))
    }
    let reader = XMLElementCollector()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = reader
    if !parser.parse() {
      findings.append(
        Finding(file: file, problem: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")"))
    }
    let allowed: Set<String> = [
      "feed", "title", "subtitle", "id", "updated", "link", "author", "name", "generator", "entry",
      "source", "summary", "urlset", "url", "loc", "lastmod",
    ]
    for element in Set(reader.elements) where !allowed.contains(element) {
      findings.append(Finding(file: file, problem: "unexpected XML element <\(element)>"))
    }
    for href in reader.hrefs {
      if let problem = Self.dangerousURL(href, element: "a") {
        findings.append(Finding(file: file, problem: "\(problem) in a feed link"))
      }
    }
    return findings
  }
}

/// Collects element names, link targets and texts of an XML document.
final class XMLElementCollector: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var hrefs: [String] = []
  /// Text of each element, in document order (element name, text).
  var texts: [(String, String)] = []
  private var stack: [(String, String)] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(elementName)
    if let href = attributes["href"] { hrefs.append(href) }
    stack.append((elementName, ""))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if !stack.isEmpty { stack[stack.count - 1].1 += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    if let last = stack.popLast() { texts.append(last) }
  }
}

/// The site path rules the scanner needs, restated so the test does not trust the code it checks.
enum SitePathsForTest {
  static func rootPrefix(of page: String) -> String {
    String(repeating: "../", count: page.filter { $0 == "/" }.count)
  }
}
