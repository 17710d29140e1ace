import Dispatch

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
/// whole-dossier stage that depends on little, beside the serial work that follows it.
final class Background<Result: Sendable>: @unchecked Sendable {
  private let done = DispatchGroup()
  private var result: Result?  // written before `done` is left, read after it is waited for

  init(_ work: @escaping @Sendable () -> Result) {
    done.enter()
    DispatchQueue.global().async {
      self.result = work()
      self.done.leave()
    }
  }

  func wait() -> Result {
    done.wait()
    return result!
  }
}
