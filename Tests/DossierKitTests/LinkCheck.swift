import Foundation

/// Test helper: finds `href`/`src` values in the HTML files of a built site that point to a
/// file (or `#anchor`) that does not exist. External and special links are skipped.
enum LinkCheck {
  static func brokenLinks(in site: URL) -> [String] {
    var broken: [String] = []
    let files = TestDossierFiles.htmlFiles(in: site)
    var idsByFile: [String: Set<String>] = [:]
    func ids(_ path: String) -> Set<String> {
      if let cached = idsByFile[path] { return cached }
      let html = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      let found = Set(matches(of: "id=\"([^\"]+)\"", in: html))
      idsByFile[path] = found
      return found
    }
    for file in files {
      let html = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
      let folder = (file as NSString).deletingLastPathComponent
      for link in matches(of: "(?:href|src)=\"([^\"]*)\"", in: html) {
        if link.hasPrefix("http:") || link.hasPrefix("https:") || link.hasPrefix("mailto:") || link.isEmpty {
          continue
        }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let target = pathPart.isEmpty ? file : (folder as NSString).appendingPathComponent(pathPart)
        let resolved = (target as NSString).standardizingPath
        guard FileManager.default.fileExists(atPath: resolved), !resolved.hasSuffix("/") else {
          broken.append("\(file): \(link)")
          continue
        }
        if parts.count == 2, !parts[1].isEmpty, resolved.hasSuffix(".html"),
          !ids(resolved).contains(String(parts[1]))
        {
          broken.append("\(file): \(link) (no such anchor)")
        }
      }
    }
    return broken
  }

  static func matches(of pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}

enum TestDossierFiles {
  static func htmlFiles(in folder: URL) -> [String] {
    var files: [String] = []
    if let walker = FileManager.default.enumerator(atPath: folder.path) {
      for case let path as String in walker where path.hasSuffix(".html") {
        files.append(folder.appending(path: path).path)
      }
    }
    return files.sorted()
  }
}
