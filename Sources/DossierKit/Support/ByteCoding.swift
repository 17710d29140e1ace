import Foundation

/// The binary form of the caches kept between builds (`AnalysisCoding`, `FrontMatterMemo`,
/// `ResolutionMemo`): a copy of the bytes, where Foundation's coders took as long as the work
/// they save.

/// Writes values as length-prefixed fields, little-endian: the form `ByteReader` reads.
struct ByteWriter {
  var bytes: [UInt8]

  mutating func int(_ value: Int) {
    var bits = UInt64(bitPattern: Int64(value))
    for _ in 0..<8 {
      bytes.append(UInt8(truncatingIfNeeded: bits))
      bits >>= 8
    }
  }

  mutating func string(_ value: String) {
    int(value.utf8.count)
    bytes += value.utf8
  }

  mutating func optional(_ value: String?) {
    if let value {
      bytes.append(1)
      string(value)
    } else {
      bytes.append(0)
    }
  }

  mutating func range(_ value: Range<Int>) {
    int(value.lowerBound)
    int(value.upperBound)
  }

  /// A count, then four bytes per value: for long tables of small numbers.
  mutating func int32s(_ values: [Int32]) {
    int(values.count)
    bytes.reserveCapacity(bytes.count + 4 * values.count)
    for value in values {
      let bits = UInt32(bitPattern: value)
      for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> shift)) }
    }
  }
}

/// Reads what `ByteWriter` wrote, checking every length and value: nil on anything
/// unexpected, so a damaged file is refused, never trusted.
struct ByteReader {
  let bytes: [UInt8]
  var position = 0

  var atEnd: Bool { position == bytes.count }

  mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
    guard count >= 0, count <= bytes.count - position else { return nil }
    defer { position += count }
    return bytes[position..<position + count]
  }

  mutating func int() -> Int? {
    guard bytes.count - position >= 8 else { return nil }
    // One load, not eight bytes shifted in: reading kept analyses is mostly numbers.
    let bits = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt64.self) }
    position += 8
    return Int(Int64(bitPattern: UInt64(littleEndian: bits)))
  }

  /// A count of items, each at least one byte long: no more than the bytes left.
  mutating func count() -> Int? {
    guard let value = int(), value >= 0, value <= bytes.count - position else { return nil }
    return value
  }

  mutating func string() -> String? {
    guard let length = int(), length >= 0, length <= bytes.count - position else { return nil }
    let start = position
    position += length
    guard length > 0 else { return "" }
    // `String(validating:)` took half of reading a kept analysis (it goes through the
    // generic transcoder); `String(decoding:)` validates on the fast path but repairs what
    // is invalid, so its bytes equal the input's exactly when there was nothing to repair.
    return bytes.withUnsafeBufferPointer { buffer in
      let input = UnsafeBufferPointer(rebasing: buffer[start..<start + length])
      var text = String(decoding: input, as: UTF8.self)
      let unrepaired = text.withUTF8 { decoded in
        decoded.count == length && memcmp(decoded.baseAddress!, input.baseAddress!, length) == 0
      }
      return unrepaired ? text : nil
    }
  }

  mutating func optional() -> String?? {
    guard let flag = take(1)?.first else { return nil }
    switch flag {
    case 0: return .some(nil)
    case 1: return string().map { .some($0) }
    default: return nil
    }
  }

  mutating func range() -> Range<Int>? {
    guard let lower = int(), let upper = int(), lower <= upper else { return nil }
    return lower..<upper
  }

  mutating func int32s() -> [Int32]? {
    guard let count = int(), count >= 0, count <= (bytes.count - position) / 4 else { return nil }
    let start = position
    position += 4 * count
    return bytes.withUnsafeBytes { raw in
      (0..<count).map { index in
        Int32(
          bitPattern: UInt32(
            littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self)))
      }
    }
  }
}

/// Bytes sealed with their hash: in a file of names and numbers, damage can read back as
/// well-formed values, which only the hash tells.
extension ByteWriter {
  var sealed: [UInt8] {
    var out = self
    out.int(Int(Int64(bitPattern: Self.seal(bytes[...]))))
    return out.bytes
  }

  static func seal(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash = StableHash()
    hash.add(bytes: bytes)
    return hash.value
  }
}

extension ByteReader {
  /// A reader of what `ByteWriter.sealed` gave; nil when the bytes are not those sealed.
  init?(unsealing bytes: [UInt8]) {
    guard bytes.count >= 8 else { return nil }
    var trailer = ByteReader(bytes: Array(bytes.suffix(8)))
    guard let seal = trailer.int(), UInt64(bitPattern: Int64(seal)) == ByteWriter.seal(bytes.dropLast(8))
    else { return nil }
    self.init(bytes: Array(bytes.dropLast(8)))
  }
}

/// The files of `.dossier-cache/` as the memos keep them.
enum CacheFile {
  /// The file's bytes; nil when there is no file (or it cannot be read).
  static func read(_ file: URL?) -> Data? {
    file.flatMap { FileManager.default.contents(atPath: $0.path) }
  }

  /// Writes `bytes` whole or not at all, making the folder. Best effort: a cache that cannot
  /// be written only costs the next build time.
  static func write(_ bytes: [UInt8], to file: URL) {
    try? FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(bytes).write(to: file, options: .atomic)
  }
}
