import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a built site so that the output folder is always a complete site.
///
/// Files go to a staging folder beside the output; only when all are written is it swapped
/// in (one atomic rename exchange on Linux) and the previous site removed. A file whose bytes
/// did not change is hard-linked from the previous site, so it keeps its modification time
/// (rsync and HTTP caches see it as unchanged). Stale staging folders left by an interrupted
/// build are removed at the start of the next one.
public struct SiteWriter: Sendable {
  public let output: URL
  public let root: URL

  public struct Result: Sendable {
    public var written: Int
    public var unchanged: Int
  }

  public init(output: URL, root: URL) {
    self.output = output.standardizedFileURL
    self.root = root.standardizedFileURL
  }

  var parent: URL { output.deletingLastPathComponent() }
  var stagingPrefix: String { "." + output.lastPathComponent + ".staging-" }
  var retiredPrefix: String { "." + output.lastPathComponent + ".old-" }

  public func write(_ files: [OutputFile]) throws -> Result {
    try OutputGuard.check(output: output, root: root)
    try validatePaths(files)
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
    removeLeftovers()

    let staging = parent.appending(path: stagingPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    var result = Result(written: 0, unchanged: 0)
    do {
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
      var folders = Set<String>()
      for file in files {
        let folder = (file.path as NSString).deletingLastPathComponent
        if !folder.isEmpty && folders.insert(folder).inserted {
          try fileManager.createDirectory(
            at: staging.appending(path: folder), withIntermediateDirectories: true)
        }
        let target = staging.appending(path: file.path)
        let previous = output.appending(path: file.path)
        if let old = fileManager.contents(atPath: previous.path), old == file.data,
          link(previous.path, target.path) == 0
        {
          result.unchanged += 1
        } else {
          try file.data.write(to: target)
          result.written += 1
        }
      }
      try Data("This folder is a site built by dossier; dossier replaces it whole on each build.\n".utf8)
        .write(to: staging.appending(path: OutputGuard.markerName))
      for keep in OutputGuard.placeholderNames {
        let old = output.appending(path: keep)
        if fileManager.fileExists(atPath: old.path) {
          _ = link(old.path, staging.appending(path: keep).path)
        }
      }
      try swapIn(staging)
    } catch {
      try? fileManager.removeItem(at: staging)
      if let error = error as? DossierError { throw error }
      throw DossierError(
        file: output.path, "could not write the site: \(error.localizedDescription)",
        hint: "check free disk space and that you may write to \(parent.path); the previous site is untouched"
      )
    }
    return result
  }

  /// Puts `staging` in place of the output; the old site is removed afterwards.
  func swapIn(_ staging: URL) throws {
    let fileManager = FileManager.default
    guard fileManager.fileExists(atPath: output.path) else {
      try fileManager.moveItem(at: staging, to: output)
      return
    }
    if Self.exchange(staging.path, output.path) {
      try? fileManager.removeItem(at: staging)  // it now holds the previous site
      return
    }
    let retired = parent.appending(path: retiredPrefix + "\(getpid())")
    try fileManager.moveItem(at: output, to: retired)
    do {
      try fileManager.moveItem(at: staging, to: output)
    } catch {
      try? fileManager.moveItem(at: retired, to: output)
      throw error
    }
    try? fileManager.removeItem(at: retired)
  }

  /// Swaps two paths in one step with Linux's `renameat2(RENAME_EXCHANGE)`, so readers see
  /// the old site or the new one, never none. Glibc declares it only under `_GNU_SOURCE`,
  /// so it is looked up at run time; false where unavailable (then two renames are used).
  static func exchange(_ a: String, _ b: String) -> Bool {
    #if os(Linux)
      typealias RenameAt2 =
        @convention(c) (
          Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32
      guard let symbol = dlsym(nil, "renameat2") else { return false }
      let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
      let renameExchange: UInt32 = 2
      return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    #else
      return false
    #endif
  }

  /// Staging and retired folders from builds that were interrupted (their process is gone).
  func removeLeftovers() {
    let fileManager = FileManager.default
    guard let names = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
    for name in names where name.hasPrefix(stagingPrefix) || name.hasPrefix(retiredPrefix) {
      let suffix =
        name.hasPrefix(stagingPrefix)
        ? name.dropFirst(stagingPrefix.count) : name.dropFirst(retiredPrefix.count)
      if let pid = Int32(suffix.split(separator: "-").first ?? ""), pid != getpid(), kill(pid, 0) == 0 {
        continue  // another build of the same output is running
      }
      try? fileManager.removeItem(at: parent.appending(path: name))
    }
  }

  /// Output paths come from slugs and template names; refuse anything that could leave
  /// the output folder, whatever produced it.
  func validatePaths(_ files: [OutputFile]) throws {
    for file in files {
      let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
      let bad =
        file.path.isEmpty || file.path.hasPrefix("/") || file.path.contains("\\")
        || parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
        || file.path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
      if bad {
        throw DossierError("internal: refusing to write the unsafe output path `\(file.path)`")
      }
    }
  }
}
