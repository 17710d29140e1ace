import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The fingerprints of the last build's article and entity pages, kept beside the output
/// folder (`.Public.pages` for `Public/`), so that the next build can keep the file of every
/// page whose inputs did not change instead of rendering it again.
///
/// Each entry also holds the file's size and modification time as written: a page is kept
/// only if its file is still exactly that one (not deleted, not edited by hand, not from
/// another build). A missing or unreadable manifest means every page is rendered.
public struct PageManifest: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var fingerprint: UInt64
    public var stamp: FileStamp
  }

  public var entries: [String: Entry] = [:]

  public init(entries: [String: Entry] = [:]) { self.entries = entries }

  static let header = "dossier pages 1"

  public static func location(for output: URL) -> URL {
    output.deletingLastPathComponent().appending(path: "." + output.lastPathComponent + ".pages")
  }

  /// The manifest of the site in `output`, or an empty one.
  public static func read(for output: URL) -> PageManifest {
    guard let text = try? String(contentsOf: location(for: output), encoding: .utf8) else {
      return PageManifest()
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
    guard lines.popFirst() == Substring(header) else { return PageManifest() }
    var entries: [String: Entry] = [:]
    for line in lines {
      let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
      guard fields.count == 5, let fingerprint = UInt64(fields[0], radix: 16), let size = Int(fields[1]),
        let seconds = Int(fields[2]), let nanoseconds = Int(fields[3])
      else { return PageManifest() }  // damaged: trust none of it
      entries[String(fields[4])] = Entry(
        fingerprint: fingerprint, stamp: FileStamp(size: size, seconds: seconds, nanoseconds: nanoseconds))
    }
    return PageManifest(entries: entries)
  }

  /// `fingerprints` of the pages now in `output`, with their files' stamps.
  public static func stamping(_ fingerprints: [String: UInt64], in output: URL) -> PageManifest {
    var entries: [String: Entry] = [:]
    let folder = output.path  // joined as text: a URL parses every path again
    for (path, fingerprint) in fingerprints {
      if let stamp = FileStamp(path: folder + "/" + path) {
        entries[path] = Entry(fingerprint: fingerprint, stamp: stamp)
      }
    }
    return PageManifest(entries: entries)
  }

  public func write(for output: URL) throws {
    var text = Self.header + "\n"
    for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
      text += String(entry.fingerprint, radix: 16) + " \(entry.stamp.size) \(entry.stamp.seconds) "
      text += "\(entry.stamp.nanoseconds) " + path + "\n"
    }
    try Data(text.utf8).write(to: Self.location(for: output), options: .atomic)
  }
}

/// A file's size and modification time, to the nanosecond.
public struct FileStamp: Sendable, Equatable {
  public var size: Int
  public var seconds: Int
  public var nanoseconds: Int

  public init(size: Int, seconds: Int, nanoseconds: Int) {
    self.size = size
    self.seconds = seconds
    self.nanoseconds = nanoseconds
  }

  /// The stamp of the regular file at `path`, nil if there is none.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    self.init(
      size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
  }
}
