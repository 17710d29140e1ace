import Foundation

/// Where a `FileWatcher` learns of changes: inotify on Linux, polling elsewhere (or when
/// inotify is unavailable). Used from one thread, except `wake`.
protocol ChangeSource: AnyObject, Sendable {
  /// Blocks until relevant paths changed (returned relative to the root), `timeout`
  /// seconds passed (nil: no limit), or `wake()` was called; the last two return [].
  func waitForChanges(timeout: Double?) -> [String]
  /// Makes a blocked `waitForChanges` return at once. Safe from any thread.
  func wake()
}

enum ChangeSources {
  static func make(root: URL, pollInterval: Double) -> any ChangeSource {
    #if os(Linux)
      if let inotify = InotifyChangeSource(root: root.path) { return inotify }
    #endif
    return PollingChangeSource(root: root, interval: pollInterval)
  }
}

/// Compares modification stamps of the watched files every `interval` seconds.
final class PollingChangeSource: ChangeSource, @unchecked Sendable {
  struct Stamp: Equatable {
    var modified: Date?
    var size: Int?
  }

  let root: URL
  let interval: Double
  private var snapshot: [String: Stamp]
  // `isWoken` is shared with `wake()`, guarded by `condition`.
  private let condition = NSCondition()
  private var isWoken = false

  init(root: URL, interval: Double) {
    self.root = root.standardizedFileURL
    self.interval = interval
    snapshot = [:]
    snapshot = scan()
  }

  func waitForChanges(timeout: Double?) -> [String] {
    let deadline = timeout.map { Date().addingTimeInterval($0) }
    while true {
      let step = deadline.map { min(interval, max(0, $0.timeIntervalSinceNow)) } ?? interval
      condition.lock()
      if !isWoken { _ = condition.wait(until: Date().addingTimeInterval(step)) }
      let woken = isWoken
      isWoken = false
      condition.unlock()
      if woken { return [] }
      let current = scan()
      let changed = Set(current.keys).union(snapshot.keys).filter { current[$0] != snapshot[$0] }
      snapshot = current
      if !changed.isEmpty { return changed.sorted() }
      if let deadline, deadline.timeIntervalSinceNow <= 0 { return [] }
    }
  }

  func wake() {
    condition.lock()
    isWoken = true
    condition.signal()
    condition.unlock()
  }

  /// Every relevant file and folder under the watched folders, and `dossier.yml`.
  func scan() -> [String: Stamp] {
    var stamps: [String: Stamp] = [:]
    let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey]
    // A folder counts by its presence only: its own time changes whenever an editor drops a
    // scratch file in it.
    func stamp(_ values: URLResourceValues) -> Stamp {
      values.isDirectory == true
        ? Stamp(modified: nil, size: nil)
        : Stamp(modified: values.contentModificationDate, size: values.fileSize)
    }
    for name in ["dossier.yml"] + WatchFilter.watchedFolders {
      let url = root.appending(path: name)
      guard let values = try? url.resourceValues(forKeys: Set(keys)) else { continue }
      stamps[name] = stamp(values)
      guard
        let walker = FileManager.default.enumerator(
          at: url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
      else { continue }
      for case let file as URL in walker {
        let relative = name + "/" + String(file.standardizedFileURL.path.dropFirst(url.path.count + 1))
        guard WatchFilter.isRelevant(relative),
          let values = try? file.resourceValues(forKeys: Set(keys))
        else { continue }
        stamps[relative] = stamp(values)
      }
    }
    return stamps
  }
}
