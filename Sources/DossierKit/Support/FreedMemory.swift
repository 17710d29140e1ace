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

#if os(Linux)
  private let mallocTrim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
    unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
  }
#endif
