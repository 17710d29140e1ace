import Foundation

/// Values a process about to exit holds on to rather than frees: freeing a large
/// dossier's articles, analyses and graph object by object takes about half a second at
/// 10,000 articles, and the system takes the whole heap back at exit anyway (compilers skip
/// their final frees the same way). Only for a process that builds once and ends.
enum LeftForExit {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var held: [Any] = []

  static func hold(_ values: Any...) { lock.withLock { held += values } }
}
