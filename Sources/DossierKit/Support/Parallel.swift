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

/// `first` and `second` at once, on two cores: for independent whole-dossier stages whose
/// serial parts would otherwise leave a core idle.
func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
  withoutActuallyEscaping(first) { first in
    withoutActuallyEscaping(second) { second in
      nonisolated(unsafe) var a: A?
      nonisolated(unsafe) var b: B?
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { a = first() } else { b = second() }
      }
      return (a!, b!)
    }
  }
}
