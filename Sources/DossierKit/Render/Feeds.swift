import Foundation

/// The Atom feed, the sitemap and robots.txt: the files crawlers and feed readers read,
/// where addresses must be absolute (so they need the base URL).
enum Feeds {
  /// Atom 1.0 (RFC 4287) of the newest articles. Without a base URL, links are relative to
  /// the feed and ids are `urn:` names built from slugs, both valid Atom.
  static func atom(
    _ dossier: Dossier, summaries: [String: String], baseURL: String?, updated: CalendarDate?,
    limit: Int = 50
  ) -> OutputFile {
    let base = baseURL ?? ""
    let feedID = baseURL.map { $0 + "feed.xml" } ?? "urn:dossier:\(Slug.make(dossier.config.title))"
    var xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(xmlEscape(dossier.config.language.rawValue))">
        <title>\(xmlEscape(dossier.config.title))</title>

      """
    if !dossier.config.description.isEmpty {
      xml += "  <subtitle>\(xmlEscape(dossier.config.description))</subtitle>\n"
    }
    xml += "  <id>\(xmlEscape(feedID))</id>\n"
    xml += "  <updated>\(timestamp(updated))</updated>\n"
    xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(xmlEscape(base + "index.html"))\"/>\n"
    if let baseURL { xml += "  <link rel=\"self\" href=\"\(xmlEscape(baseURL + "feed.xml"))\"/>\n" }
    xml += "  <author><name>\(xmlEscape(dossier.config.author ?? dossier.config.title))</name></author>\n"
    xml += "  <generator>dossier</generator>\n"
    for article in dossier.articles.prefix(limit) {
      let path = SitePaths.article(article.slug)
      let id = baseURL.map { $0 + path } ?? "urn:dossier:article:\(article.slug)"
      xml += "  <entry>\n"
      xml += "    <title>\(xmlEscape(article.title))</title>\n"
      xml += "    <id>\(xmlEscape(id))</id>\n"
      xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xmlEscape(base + path))\"/>\n"
      if let url = article.url { xml += "    <link rel=\"via\" href=\"\(xmlEscape(url))\"/>\n" }
      xml += "    <updated>\(timestamp(article.date ?? updated))</updated>\n"
      for author in article.authors { xml += "    <author><name>\(xmlEscape(author))</name></author>\n" }
      if let source = article.source { xml += "    <source><title>\(xmlEscape(source))</title></source>\n" }
      if let summary = summaries[article.slug], !summary.isEmpty {
        xml += "    <summary>\(xmlEscape(summary))</summary>\n"
      }
      xml += "  </entry>\n"
    }
    xml += "</feed>\n"
    return OutputFile(path: "feed.xml", text: xml)
  }

  /// sitemaps.org sitemap; only with a base URL, since it must list absolute addresses.
  static func sitemap(pages: [String], baseURL: String, lastModified: [String: CalendarDate]) -> OutputFile {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

      """
    for page in pages.sorted() {
      let location = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
      xml += "  <url><loc>\(xmlEscape(baseURL + location))</loc>"
      if let date = lastModified[page], date.precision == .day { xml += "<lastmod>\(date.iso)</lastmod>" }
      xml += "</url>\n"
    }
    xml += "</urlset>\n"
    return OutputFile(path: "sitemap.xml", text: xml)
  }

  static func robots(baseURL: String?) -> OutputFile {
    var text = "User-agent: *\nAllow: /\n"
    if let baseURL { text += "Sitemap: \(baseURL)sitemap.xml\n" }
    return OutputFile(path: "robots.txt", text: text)
  }

  /// RFC 3339 timestamp at midnight UTC of `date` (or of the Unix epoch for an empty dossier,
  /// so the output does not depend on the clock).
  static func timestamp(_ date: CalendarDate?) -> String {
    guard let date else { return "1970-01-01T00:00:00Z" }
    return String(format: "%04d-%02d-%02dT00:00:00Z", date.year, date.month ?? 1, date.day ?? 1)
  }

  static func xmlEscape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        // XML 1.0 forbids most control characters even escaped; drop them.
        let value = scalar.value
        if value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D { continue }
        if value == 0xFFFE || value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
