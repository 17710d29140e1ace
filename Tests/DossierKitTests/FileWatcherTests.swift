import Foundation
import Testing

@testable import DossierServe

/// The watcher behind `dossier serve`, on a synthetic dossier folder. Waits are long and
/// only bound how long a failing test hangs; nothing asserts on timing.
@Suite("Preview server: file watching")
struct FileWatcherTests {
  /// Collects the watcher's reports across threads.
  final class Reports: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[String]] = []

    func add(_ batch: [String]) {
      condition.lock()
      batches.append(batch)
      condition.broadcast()
      condition.unlock()
    }

    /// The `index`-th report (0-based), waiting up to `timeout` seconds for it.
    func batch(_ index: Int, timeout: Double = 30) async -> [String]? {
      (try? await onOwnThread { self.batchBlocking(index, timeout: timeout) }) ?? nil
    }

    func batchBlocking(_ index: Int, timeout: Double) -> [String]? {
      let deadline = Date().addingTimeInterval(timeout)
      condition.lock()
      defer { condition.unlock() }
      while batches.count <= index {
        if !condition.wait(until: deadline) { return nil }
      }
      return batches[index]
    }

    /// True once some report (so far or within `timeout` seconds) named `path`.
    func eventuallyNames(_ path: String, timeout: Double = 30) async -> Bool {
      (try? await onOwnThread { self.eventuallyNamesBlocking(path, timeout: timeout) }) ?? false
    }

    func eventuallyNamesBlocking(_ path: String, timeout: Double) -> Bool {
      let deadline = Date().addingTimeInterval(timeout)
      condition.lock()
      defer { condition.unlock() }
      while !batches.contains(where: { $0.contains(path) }) {
        if !condition.wait(until: deadline) { return false }
      }
      return true
    }

    var count: Int {
      condition.lock()
      defer { condition.unlock() }
      return batches.count
    }
  }

  func withDossierFolder(_ body: (URL) async throws -> Void) async throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "watch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appending(path: "Content/articles"), withIntermediateDirectories: true)
    try Data("title: synthetic\n".utf8).write(to: root.appending(path: "dossier.yml"))
    defer { try? FileManager.default.removeItem(at: root) }
    try await body(root)
  }

  func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test func aSaveBurstIsReportedOnceWithoutScratchFiles() async throws {
    try await withDossierFolder { root in
      // A long debounce: the burst below is surely inside it, however loaded the machine.
      let watcher = FileWatcher(root: root, debounce: 1.0, maxDelay: 10)
      #expect(watcher.usesNotifications, "inotify on Linux")
      let reports = Reports()
      watcher.start { reports.add($0) }
      defer { watcher.stop() }

      let articles = root.appending(path: "Content/articles")
      try write("swap", to: articles.appending(path: ".a.md.swp"))
      try write("backup", to: articles.appending(path: "a.md~"))
      try write("probe", to: articles.appending(path: "4913"))
      // An atomic save: a temporary file renamed over the article.
      try write("draft", to: articles.appending(path: "a.md.tmp"))
      try FileManager.default.moveItem(
        at: articles.appending(path: "a.md.tmp"), to: articles.appending(path: "a.md"))
      try write("second save", to: articles.appending(path: "a.md"))
      try write("elsewhere", to: root.appending(path: "README.md"))

      let first = try #require(await reports.batch(0))
      #expect(first == ["Content/articles/a.md"])
    }
  }

  @Test func seesConfigTemplatesAndNewSubfolders() async throws {
    try await withDossierFolder { root in
      let watcher = FileWatcher(root: root, debounce: 0.15)
      let reports = Reports()
      watcher.start { reports.add($0) }
      defer { watcher.stop() }

      try write("title: changed\n", to: root.appending(path: "dossier.yml"))
      #expect(await reports.eventuallyNames("dossier.yml"))

      // Templates/ did not exist when watching began.
      try FileManager.default.createDirectory(
        at: root.appending(path: "Templates"), withIntermediateDirectories: false)
      #expect(await reports.eventuallyNames("Templates"))
      try write("{{title}}", to: root.appending(path: "Templates/layout.mustache"))
      #expect(await reports.eventuallyNames("Templates/layout.mustache"))

      let nested = root.appending(path: "Content/articles/2022/11")
      try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
      // Once the new folder is reported it is watched, with the folder inside it.
      #expect(await reports.eventuallyNames("Content/articles/2022"))
      try write("synthetic", to: nested.appending(path: "b.md"))
      #expect(await reports.eventuallyNames("Content/articles/2022/11/b.md"))
    }
  }

  @Test func pollingFallbackSeesChangesToo() async throws {
    try await withDossierFolder { root in
      let source = PollingChangeSource(root: root, interval: 0.05)
      try write("synthetic", to: root.appending(path: "Content/articles/c.md"))
      try write("scratch", to: root.appending(path: "Content/articles/c.md.swp"))
      var changed: [String] = []
      let deadline = Date().addingTimeInterval(30)
      while changed.isEmpty && Date() < deadline {
        changed = try await onOwnThread { source.waitForChanges(timeout: 1) }
      }
      #expect(changed == ["Content/articles/c.md"])
    }
  }

  @Test func stopEndsTheWatcherThread() async throws {
    try await withDossierFolder { root in
      let watcher = FileWatcher(root: root)
      let reports = Reports()
      watcher.start { reports.add($0) }
      watcher.stop()
      try write("after stop", to: root.appending(path: "Content/articles/d.md"))
      #expect(await reports.batch(0, timeout: 1) == nil, "no report after stop")
    }
  }

  /// Found by LeakSanitizer (`make asan`): the watcher kept its thread, whose block kept the
  /// watcher, so a stopped watcher and its inotify descriptor were never freed.
  @Test func aStoppedWatcherIsFreed() async throws {
    try await withDossierFolder { root in
      weak var freed: FileWatcher?
      do {
        let watcher = FileWatcher(root: root)
        freed = watcher
        watcher.start { _ in }
        watcher.stop()
      }
      // The thread lets go of its block once it has exited: give it a moment.
      for _ in 0..<100 where freed != nil { try await Task.sleep(for: .milliseconds(20)) }
      #expect(freed == nil)
    }
  }
}
