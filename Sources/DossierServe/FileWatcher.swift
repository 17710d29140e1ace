import Foundation

/// Watches a dossier's `dossier.yml`, `Content/` and `Templates/` and reports each burst of
/// changes once.
///
/// An editor's save is often several events (write a temporary file, rename it, touch a
/// backup); the watcher waits until `debounce` seconds pass without a new relevant change
/// (but no longer than `maxDelay` in all) before calling `onChange` with the changed paths.
/// `onChange` runs on the watcher's own thread, one call at a time: changes made while it
/// runs (during a rebuild) are gathered into the next call, so rebuilds never overlap.
public final class FileWatcher: @unchecked Sendable {
  public let root: URL
  public let debounce: Double
  public let maxDelay: Double
  private let source: any ChangeSource
  // Guarded by `lock`.
  private let lock = NSLock()
  private var isStopped = false
  // Not the `Thread` itself: its block holds `self` until it returns, and a stored thread
  // would close the cycle and keep the watcher (and its inotify descriptor) forever.
  private var isStarted = false
  private let finished = DispatchSemaphore(value: 0)

  /// Starts watching at once (changes made after `init` returns are seen), but reports
  /// nothing until `start`.
  public init(root: URL, debounce: Double = 0.15, maxDelay: Double = 1.0, pollInterval: Double = 0.25) {
    self.root = root.standardizedFileURL
    self.debounce = debounce
    self.maxDelay = maxDelay
    source = ChangeSources.make(root: self.root, pollInterval: pollInterval)
  }

  /// True when the kernel notifies changes (inotify), false when the watcher polls.
  public var usesNotifications: Bool {
    #if os(Linux)
      return source is InotifyChangeSource
    #else
      return false
    #endif
  }

  public func start(onChange: @escaping @Sendable ([String]) -> Void) {
    let thread = Thread { [self] in
      run(onChange)
      finished.signal()
    }
    thread.name = "dossier file watcher"
    lock.withLock {
      precondition(!isStarted, "a FileWatcher starts once")
      isStarted = true
    }
    thread.start()
  }

  /// Stops watching; waits for a running `onChange` (a rebuild) to return.
  public func stop() {
    let wasRunning = lock.withLock {
      defer { isStopped = true }
      return isStarted && !isStopped
    }
    source.wake()
    if wasRunning { finished.wait() }
  }

  private var stopped: Bool { lock.withLock { isStopped } }

  private func run(_ onChange: @Sendable ([String]) -> Void) {
    while !stopped {
      var changed = Set(source.waitForChanges(timeout: nil))
      guard !stopped else { return }
      if changed.isEmpty { continue }
      let burstStart = Date()
      while !stopped {
        let remaining = maxDelay - Date().timeIntervalSince(burstStart)
        if remaining <= 0 { break }
        let more = source.waitForChanges(timeout: min(debounce, remaining))
        if more.isEmpty { break }
        changed.formUnion(more)
      }
      guard !stopped else { return }
      onChange(changed.sorted())
    }
  }
}
