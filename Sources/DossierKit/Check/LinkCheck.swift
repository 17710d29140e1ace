import Foundation

/// Checks a built site the way a reader's browser would follow it: every relative `href` and
/// `src` in every HTML file must name an existing file, and every `#anchor` an element id
/// in it. External (`http:`, `https:`, `mailto:`) links are not fetched.
public enum LinkCheck {
  public struct BrokenLink: Sendable, Hashable, CustomStringConvertible {
    public var page: String
    public var link: String
    public var reason: String
    public var description: String { "\(page): broken link `\(link)`: \(reason)" }
  }

  public static func brokenLinks(in site: URL) -> [BrokenLink] {
    let root = site.standardizedFileURL.path
    let pages = htmlFiles(in: site)
    var idCache: [String: Set<String>] = [:]
    func ids(of path: String) -> Set<String> {
      if let cached = idCache[path] { return cached }
      let html = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      let found = Set(captures(idPattern, in: html))
      idCache[path] = found
      return found
    }
    var broken: [BrokenLink] = []
    for page in pages {
      let absolute = root + "/" + page
      let html = (try? String(contentsOfFile: absolute, encoding: .utf8)) ?? ""
      let folder = (absolute as NSString).deletingLastPathComponent
      for raw in captures(linkPattern, in: html) {
        let link = raw.replacingOccurrences(of: "&amp;", with: "&")
        if link.isEmpty || link.contains(":") { continue }  // external or special scheme
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let target =
          pathPart.isEmpty
          ? absolute : ((folder as NSString).appendingPathComponent(pathPart) as NSString).standardizingPath
        var isFolder: ObjCBool = false
        if !target.hasPrefix(root + "/") {
          broken.append(BrokenLink(page: page, link: link, reason: "leaves the site"))
        } else if !FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) {
          broken.append(BrokenLink(page: page, link: link, reason: "no such file"))
        } else if isFolder.boolValue {
          broken.append(
            BrokenLink(page: page, link: link, reason: "names a folder, which does not open from disk"))
        } else if parts.count == 2, !parts[1].isEmpty, target.hasSuffix(".html"),
          !ids(of: target).contains(String(parts[1]))
        {
          broken.append(BrokenLink(page: page, link: link, reason: "no element with that id"))
        }
      }
    }
    return broken
  }

  static let linkPattern = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
  static let idPattern = try! NSRegularExpression(pattern: "\\sid=\"([^\"]+)\"")

  static func captures(_ regex: NSRegularExpression, in text: String) -> [String] {
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  /// HTML files of the site, relative paths, sorted.
  static func htmlFiles(in folder: URL) -> [String] {
    var files: [String] = []
    if let walker = FileManager.default.enumerator(atPath: folder.path) {
      for case let path as String in walker where path.hasSuffix(".html") { files.append(path) }
    }
    return files.sorted()
  }
}
