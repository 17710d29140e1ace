import Foundation

/// A file of the site made piece by piece and written as it is made: the data exports and
/// the search index run to a hundred megabytes in a large dossier, and held whole (with the
/// copies growing a buffer makes) they were the build's peak of memory.
public struct StreamedFile: Sendable {
  public var path: String
  /// Makes the file's bytes, handing each piece to `write` in order.
  public var make: @Sendable (_ write: ([UInt8]) throws -> Void) throws -> Void

  public init(path: String, make: @escaping @Sendable (_ write: ([UInt8]) throws -> Void) throws -> Void) {
    self.path = path
    self.make = make
  }

  /// The whole file in memory (tests, `SiteRenderer.render` without a staging folder).
  public func collected() throws -> OutputFile {
    var data = Data()
    try make { data.append(contentsOf: $0) }
    return OutputFile(path: path, data: data)
  }

  /// How much a maker gathers before handing it on.
  static let pieceSize = 1 << 20
}
