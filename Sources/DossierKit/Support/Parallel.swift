import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// `map` across all cores, keeping order. For per-article stages whose items are
  /// independent; `transform` must not touch shared mutable state.
  func parallelMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) rethrows -> [T] {
    if count < 2 { return try map(transform) }
    return try withoutActuallyEscaping(transform) { transform in
      let results = UnsafeMutableBufferPointer<Result<T, Error>?>.allocate(capacity: count)
      results.initialize(repeating: nil)
      defer {
        results.deinitialize()
        results.deallocate()
      }
      nonisolated(unsafe) let slots = results
      let items = self
      DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = Result { try transform(items[index]) }
      }
      return try results.map { try $0!.get() }
    }
  }
}

/// Work started on another thread at once, its result waited for when it is needed: for a
/// whole-dossier stage that depends on little, beside the serial work that follows it. If
/// no thread has taken the work when it is waited for, the waiting thread does it: a busy or
/// blocked thread pool delays it, never deadlocks it.
final class Background<Result: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var work: (@Sendable () -> Result)?  // until a thread takes it
  private var result: Result?
  private let done = DispatchGroup()

  init(_ work: @escaping @Sendable () -> Result) {
    self.work = work
    done.enter()
    DispatchQueue.global().async { self.run() }
  }

  /// Does the work if no thread has taken it yet.
  private func run() {
    let work = lock.withLock {
      defer { self.work = nil }
      return self.work
    }
    guard let work else { return }
    let value = work()
    lock.withLock { result = value }
    done.leave()
  }

  func wait() -> Result {
    run()
    done.wait()
    return lock.withLock { result! }
  }
}
