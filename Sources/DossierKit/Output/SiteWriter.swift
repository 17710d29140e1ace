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
///
/// The site a swap replaces is not deleted but kept beside the output as the spare
/// (`.Public.spare`), and the next build stages into it: its folders exist and most of its
/// files are already the very files of the current site (hard links), so a rebuild checks
/// them instead of making 18,000 folders and links and deleting as many (a third of a
/// 10,000-article rebuild). A spare's file is never written in place (it may be the live
/// site's), and what the build does not put there is removed before the swap.
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
  /// The site before the current one, kept for the next build to stage into.
  var spare: URL { parent.appending(path: "." + output.lastPathComponent + ".spare") }

  /// Writes `files` as the new site.
  public func write(_ files: [OutputFile]) throws -> Result {
    try write { staging in
      for file in files { try staging.add(file) }
    }
  }

  /// Opens a staging folder, lets `produce` add the site's files to it (from any thread, as
  /// they are made, so a large site is never held in memory whole), then swaps it in. If
  /// `produce` or a write fails, the staging folder is removed and the output is untouched.
  public func write(_ produce: (Staging) throws -> Void) throws -> Result {
    try OutputGuard.check(output: output, root: root)
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
    removeLeftovers()
    let folder = parent.appending(path: stagingPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    // Renaming claims the spare: of two builds at once, one gets it, the other starts empty.
    let reusing = rename(spare.path, folder.path) == 0 && Self.isFolder(folder.path)
    let staging = Staging(folder: folder, previous: output, writer: self, reusing: reusing)
    do {
      if !reusing {
        try? fileManager.removeItem(at: folder)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: false)
      }
      try produce(staging)
      staging.removeUnclaimed()
      try Data("This folder is a site built by dossier; dossier replaces it whole on each build.\n".utf8)
        .write(to: folder.appending(path: OutputGuard.markerName))
      for keep in OutputGuard.placeholderNames {
        let old = output.appending(path: keep)
        if fileManager.fileExists(atPath: old.path) {
          _ = link(old.path, folder.appending(path: keep).path)
        }
      }
      try swapIn(folder)
    } catch {
      try? fileManager.removeItem(at: folder)
      throw Self.described(error, output: output, parent: parent)
    }
    return staging.result
  }

  /// The staging folder of one build. `add` may be called from several threads at once.
  public final class Staging: @unchecked Sendable {
    let folder: URL
    let previous: URL
    let writer: SiteWriter
    private let lock = NSLock()
    private var folders = Set<String>()
    private var counts = Result(written: 0, unchanged: 0)
    private var paths = Set<String>()

    /// Whether `folder` began as the spare, an earlier site: then any path may already hold
    /// a file or folder, perhaps the previous site's very file.
    let reusing: Bool

    init(folder: URL, previous: URL, writer: SiteWriter, reusing: Bool = false) {
      self.folder = folder
      self.previous = previous
      self.writer = writer
      self.reusing = reusing
      folderPath = folder.path
      previousPath = previous.path
    }

    // Paths of the site are joined as text: `URL.appending(path:)` parses the whole path
    // each time, and a rebuild that keeps 18,000 pages asked for it 50,000 times. (The site's
    // paths are checked relative and plain first, `validate`.)
    private let folderPath: String
    private let previousPath: String
    private func inStaging(_ relative: String) -> String { folderPath + "/" + relative }
    private func inPrevious(_ relative: String) -> String { previousPath + "/" + relative }

    var result: Result { lock.withLock { counts } }

    /// Writes one file of the site, or hard-links the previous site's copy when its bytes
    /// are the same (so it keeps its modification time).
    public func add(_ file: OutputFile) throws {
      try prepare(file.path)
      let target = inStaging(file.path)
      let old = inPrevious(file.path)
      if let bytes = FileManager.default.contents(atPath: old), bytes == file.data, place(old, at: target) {
        lock.withLock { counts.unchanged += 1 }
      } else {
        clear(target)
        try file.data.write(to: URL(fileURLWithPath: target))
        lock.withLock { counts.written += 1 }
      }
    }

    /// Writes a file as it is made; like `add`, the previous site's copy is linked in its
    /// place when the bytes came out the same (compared piece by piece as they come).
    public func add(_ file: StreamedFile) throws {
      try prepare(file.path)
      let target = inStaging(file.path)
      let old = inPrevious(file.path)
      clear(target)
      guard let output = fopen(target, "wb") else { throw Self.writeError(target) }
      var sameAsOld = SameBytes(path: old)
      defer { sameAsOld.close() }
      do {
        try file.make { piece in
          guard piece.isEmpty || fwrite(piece, 1, piece.count, output) == piece.count else {
            throw Self.writeError(target)
          }
          sameAsOld.compare(piece)
        }
      } catch {
        fclose(output)
        throw error
      }
      guard fclose(output) == 0 else { throw Self.writeError(target) }
      // Linked beside it, then renamed over it: the file is never missing.
      let linked = target + ".same"
      clear(linked)
      if sameAsOld.isWholeFile(), link(old, linked) == 0 {
        if rename(linked, target) == 0 {
          lock.withLock { counts.unchanged += 1 }
          return
        }
        unlink(linked)
      }
      lock.withLock { counts.written += 1 }
    }

    static func writeError(_ path: String) -> DossierError {
      DossierError(
        file: path, "could not write the file: \(String(cString: strerror(errno)))",
        hint: "check free disk space and that you may write there")
    }

    /// Puts the previous site's file at `path` in the new site without rendering it, if it
    /// is still the very file `stamp` describes; false if not (then the page must be made).
    public func keep(_ path: String, stamp: FileStamp) throws -> Bool {
      try writer.validate(path)  // before reading the old site
      let old = inPrevious(path)
      guard FileStamp(path: old) == stamp else { return false }
      try prepare(path)
      guard place(old, at: inStaging(path)) else {
        lock.withLock { _ = paths.remove(path) }
        return false
      }
      lock.withLock { counts.unchanged += 1 }
      return true
    }

    /// Hard-links the previous site's file `old` at `target`; in a reused folder, the link
    /// may be there already.
    private func place(_ old: String, at target: String) -> Bool {
      if reusing {
        if SiteWriter.sameFile(old, target) { return true }
        clear(target)
      }
      return link(old, target) == 0
    }

    /// Removes what a reused folder has at `path`, so it is made anew: a file there may be
    /// the live site's too, and writing into it would change that site.
    private func clear(_ path: String) {
      guard reusing else { return }
      // A folder: Linux says EISDIR, POSIX allows EPERM.
      if unlink(path) != 0 && (errno == EISDIR || errno == EPERM) {
        try? FileManager.default.removeItem(atPath: path)
      }
    }

    /// In a reused folder, removes every file and folder this build did not put there.
    func removeUnclaimed() {
      guard reusing else { return }
      let (paths, folders) = lock.withLock { (self.paths, self.folders) }
      SiteWriter.walk(folder.path, relative: "") { relative, isFolder in
        if isFolder {
          guard !folders.contains(relative) else { return true }
          try? FileManager.default.removeItem(atPath: inStaging(relative))
          return false
        }
        if !paths.contains(relative) { unlink(inStaging(relative)) }
        return false
      }
    }

    /// Claims `path` in the staging folder and makes its parent folder.
    private func prepare(_ path: String) throws {
      try writer.validate(path)
      // (Not NSString's `deletingLastPathComponent`: Foundation traps on a one-letter path.)
      let parentFolder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
      try lock.withLock {
        guard paths.insert(path).inserted else {
          throw DossierError("internal: two files of the site would both be written to `\(path)`")
        }
      }
      try makeFolder(parentFolder)
    }

    /// Makes `relative` and the folders above it that are not made yet. `mkdir` itself:
    /// FileManager's checks of every level cost more than writing the page's file, once per
    /// page folder. Outside the lock (18,000 page folders at 10,000 articles, and ext4 is slow
    /// to make one, so under the lock it held the other threads up):
    /// when two threads make one folder, the kernel makes it once and tells the other it
    /// exists, and either way it exists when `mkdir` returns.
    private func makeFolder(_ relative: String) throws {
      guard !relative.isEmpty, !lock.withLock({ folders.contains(relative) }) else { return }
      if let slash = relative.lastIndex(of: "/") { try makeFolder(String(relative[..<slash])) }
      let path = inStaging(relative)
      if mkdir(path, 0o755) != 0 {
        if errno == EEXIST && reusing && !SiteWriter.isFolder(path) {
          // A reused folder's file where this folder goes: cleared under the lock, and only
          // if still not a folder. Checked and cleared without it, a thread could remove the
          // folder another had just made, with the files being written into it.
          try lock.withLock {
            if !SiteWriter.isFolder(path) { clear(path) }
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
              try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            }
          }
        } else if errno != EEXIST {
          // The same call through FileManager, for an error that says what went wrong.
          try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
      }
      _ = lock.withLock { folders.insert(relative) }
    }
  }

  /// Whether the bytes handed to `compare`, in order, are all of the file at a path: read
  /// from it as they come, and no longer once they differ.
  struct SameBytes {
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []

    init(path: String) { file = fopen(path, "rb") }

    mutating func compare(_ piece: [UInt8]) {
      guard let file, !piece.isEmpty else { return }
      if buffer.count < piece.count { buffer = [UInt8](repeating: 0, count: piece.count) }
      let read = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, piece.count, file) }
      let same =
        read == piece.count
        && buffer.withUnsafeBytes { old in
          piece.withUnsafeBytes { memcmp(old.baseAddress!, $0.baseAddress!, read) }
        }
          == 0
      if !same { close() }
    }

    /// True if every byte matched and the file has no more; closes it.
    mutating func isWholeFile() -> Bool {
      guard let file else { return false }
      let atEnd = fgetc(file) == EOF && feof(file) != 0
      close()
      return atEnd
    }

    mutating func close() {
      if let file { fclose(file) }
      file = nil
    }
  }

  /// An error of the write phase as the user reads it: content and template errors as they
  /// are, file-system errors with what to check.
  static func described(_ error: Error, output: URL, parent: URL) -> Error {
    if error is DossierError || error is DossierErrors { return error }
    return DossierError(
      file: output.path, "could not write the site: \(error.localizedDescription)",
      hint: "check free disk space and that you may write to \(parent.path); the previous site is untouched")
  }

  /// Puts `staging` in place of the output; the old site is removed afterwards.
  func swapIn(_ staging: URL) throws {
    let fileManager = FileManager.default
    guard fileManager.fileExists(atPath: output.path) else {
      try fileManager.moveItem(at: staging, to: output)
      return
    }
    if Self.exchange(staging.path, output.path) {
      keepAsSpare(staging)  // it now holds the previous site
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
    keepAsSpare(retired)
  }

  /// Keeps the site just replaced for the next build to stage into (see the type's
  /// comment); if a spare is there already (another build's), this one goes.
  func keepAsSpare(_ site: URL) {
    if rename(site.path, spare.path) != 0 { try? FileManager.default.removeItem(at: site) }
  }

  /// Whether two paths are one file (the same inode), without following links.
  static func sameFile(_ a: String, _ b: String) -> Bool {
    var first = stat()
    var second = stat()
    return lstat(a, &first) == 0 && lstat(b, &second) == 0 && first.st_ino == second.st_ino
      && first.st_dev == second.st_dev
  }

  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Calls `visit` with the path (relative to `folder`) of everything under it and whether
  /// it is a folder, going into a folder when `visit` returns true. `readdir` itself:
  /// a large site has 18,000 folders.
  static func walk(_ folder: String, relative: String, _ visit: (String, Bool) -> Bool) {
    guard let directory = opendir(folder) else { return }
    var entries: [(name: String, isFolder: Bool)] = []
    while let entry = readdir(directory) {
      let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
      guard let name = String(validating: raw, as: UTF8.self) else {
        // No site path is such a name: renamed to one that can be named, so it can go.
        let unnamed = ".unnamed-\(entries.count)"
        let renamed = (raw + [0]).withUnsafeBufferPointer { old in
          old.withMemoryRebound(to: CChar.self) {
            renameat(dirfd(directory), $0.baseAddress!, dirfd(directory), unnamed)
          }
        }
        if renamed == 0 { entries.append((unnamed, isFolder(folder + "/" + unnamed))) }
        continue
      }
      guard name != "." && name != ".." else { continue }
      let type = entry.pointee.d_type
      let isFolder =
        type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && Self.isFolder(folder + "/" + name))
      entries.append((name, isFolder))
    }
    closedir(directory)
    for entry in entries {
      let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
      if visit(path, entry.isFolder) && entry.isFolder {
        walk(folder + "/" + entry.name, relative: path, visit)
      }
    }
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
  func validate(_ path: String) throws {
    guard Self.isSafe(path) else {
      throw DossierError("internal: refusing to write the unsafe output path `\(path)`")
    }
  }

  /// Whether `path` is relative and made of plain names: not empty, no leading slash, no
  /// backslash, no empty, `.` or `..` part, no control character. One pass over its bytes:
  /// a rebuild checks every page's path, twice for the kept ones (36,000 at 10,000 articles).
  static func isSafe(_ path: String) -> Bool {
    var length = 0  // of the part so far
    var dots = 0  // of those, how many are dots
    func plain() -> Bool { length > 0 && !(dots == length && length <= 2) }
    for byte in path.utf8 {
      if byte == UInt8(ascii: "/") {
        guard plain() else { return false }
        length = 0
        dots = 0
        continue
      }
      guard byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "\\") else { return false }
      length += 1
      if byte == UInt8(ascii: ".") { dots += 1 }
    }
    return plain()
  }
}
