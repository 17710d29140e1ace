import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Maps a request path to a file of the built site, the way a static host does, and refuses
/// any path that could reach outside the site folder.
///
/// The path is checked in its raw, percent-encoded form, segment by segment, *before* it
/// touches the file system: a decoded segment may not be `.` or `..`, nor hold `/`, `\`,
/// NUL or control characters, and empty segments (`//etc/passwd`) are refused. Then the
/// file's real path (symlinks resolved) must still lie inside the site's real path.
public struct SiteLookup: Sendable {
  public let site: URL

  public enum Result: Equatable, Sendable {
    /// Serve this file (a real path inside the site).
    case file(URL)
    /// A folder asked for without its trailing slash: send the browser to `location`.
    case redirect(location: String)
    case notFound
    /// The path is malformed or tries to leave the site.
    case refused(reason: String)
    /// The site folder does not exist (no build has succeeded yet).
    case siteMissing
  }

  public init(site: URL) {
    self.site = site.standardizedFileURL
  }

  /// `rawPath` is the request target's path, still percent-encoded; `query` its raw query.
  public func resolve(rawPath: String, query: String = "") -> Result {
    let segments: [String]
    switch Self.decodedSegments(rawPath) {
    case .success(let decoded): segments = decoded
    case .failure(let refusal): return .refused(reason: refusal.reason)
    }
    guard let siteRoot = Self.realPath(site.path) else { return .siteMissing }

    let wantsFolder = rawPath.hasSuffix("/")
    let relative = segments.joined(separator: "/")
    let candidate = relative.isEmpty ? siteRoot : siteRoot + "/" + relative
    guard let real = Self.realPath(candidate) else { return .notFound }
    guard real == siteRoot || real.hasPrefix(siteRoot + "/") else {
      return .refused(reason: "the path leads outside the site through a symbolic link")
    }

    switch Self.kind(of: real) {
    case .folder:
      guard wantsFolder else {
        return .redirect(location: rawPath + "/" + (query.isEmpty ? "" : "?" + query))
      }
      guard let index = Self.realPath(real + "/index.html"), index.hasPrefix(siteRoot + "/"),
        Self.kind(of: index) == .file
      else { return .notFound }
      return .file(URL(fileURLWithPath: index))
    case .file:
      return wantsFolder ? .notFound : .file(URL(fileURLWithPath: real))
    case .other:
      return .notFound
    }
  }

  /// The site's own `404.html`, if it has one inside the site.
  public func notFoundPage() -> URL? {
    if case .file(let url) = resolve(rawPath: "/404.html") { return url }
    return nil
  }

  struct Refusal: Error {
    var reason: String
  }

  /// The decoded path segments, without the leading empty one and without a trailing
  /// empty one (a folder URL); refuses anything that is not a plain relative path.
  static func decodedSegments(_ rawPath: String) -> Swift.Result<[String], Refusal> {
    guard rawPath.hasPrefix("/") else {
      return .failure(Refusal(reason: "the request target is not an absolute path"))
    }
    var raw = rawPath.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
    if raw.last == "" { raw = raw.dropLast() }
    var segments: [String] = []
    for part in raw {
      guard !part.isEmpty else {
        return .failure(Refusal(reason: "empty path segment"))
      }
      guard let decoded = String(part).removingPercentEncoding else {
        return .failure(Refusal(reason: "malformed percent-encoding"))
      }
      if decoded == "." || decoded == ".." {
        return .failure(Refusal(reason: "dot segments are not allowed"))
      }
      let unsafe = decoded.unicodeScalars.contains {
        $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F
      }
      if unsafe {
        return .failure(Refusal(reason: "a path segment holds a slash, backslash or control character"))
      }
      segments.append(decoded)
    }
    return .success(segments)
  }

  enum Kind { case file, folder, other }

  static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .other }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    default: return .other
    }
  }

  /// The canonical path with every symlink resolved, or nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
