import Foundation

/// Hands the pages of freed heap back to the system between stages. glibc keeps what a
/// stage frees for later allocations, but the next stage's are of other sizes: without
/// this, what one stage let go of still counts in the build's peak memory. (`malloc_trim`
/// is glibc's own, outside the Glibc module, so it is looked up at run time.)
func releaseFreedMemory() {
  #if os(Linux)
    _ = mallocTrim?(0)
  #endif
}

/// Lets go of `value` on another thread: freeing a stage's tables of 100,000s of small
/// objects takes a good part of a second, which the stage after need not wait for.
func freeInBackground<Value: Sendable>(_ value: consuming Value) {
  let value = Box(value)
  DispatchQueue.global().async { value.empty() }
}

/// Holds a value until it is emptied, so the last reference dies where `empty` runs.
private final class Box<Value: Sendable>: @unchecked Sendable {
  private var value: Value?
  init(_ value: consuming Value) { self.value = value }
  func empty() { value = nil }
}

#if os(Linux)
  private let mallocTrim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
    unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
  }
#endif
