/// A 64-bit hash that is the same in every process (Swift's `Hasher` is seeded per run),
/// for fingerprints stored between builds. Each value is added with its length or as one
/// word, so `("ab", "c")` and `("a", "bc")` differ.
///
/// Text is taken eight bytes at a time, each word folded in with a 64×64→128-bit multiply
/// (as wyhash and MUM do): a rebuild hashes the inputs of every page, some hundreds of
/// megabytes for a large dossier, and FNV-1a's byte at a time was most of a no-change build.
struct StableHash: Sendable {
  private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

  init() {}

  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
  private static let offset: UInt64 = 0xA076_1D64_78BD_642F

  private mutating func mix(_ word: UInt64) {
    let product = (value ^ word ^ Self.offset).multipliedFullWidth(by: Self.multiplier)
    value = product.high ^ product.low
  }

  mutating func add(_ byte: UInt8) { mix(UInt64(byte)) }

  mutating func add(_ number: Int) { mix(UInt64(bitPattern: Int64(number))) }

  mutating func add(_ text: String) {
    // Native strings lend their bytes as they are; a copy (made contiguous) only otherwise.
    if text.utf8.withContiguousStorageIfAvailable({ add(bytes: UnsafeRawBufferPointer($0)) }) == nil {
      var text = text
      text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// Bytes that need not be text (a cache file's, for its checksum), with their length.
  mutating func add(bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBytes { add(bytes: $0) }
  }

  mutating func add(bytes raw: UnsafeRawBufferPointer) {
    add(raw.count)
    var index = 0
    while index + 8 <= raw.count {
      mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
      index += 8
    }
    guard index < raw.count else { return }
    var tail: UInt64 = 0
    for (shift, byte) in raw[index...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
    mix(tail)
  }

  mutating func add(_ text: String?) {
    if let text {
      add(UInt8(1))
      add(text)
    } else {
      add(UInt8(0))
    }
  }

  mutating func add(_ texts: [String]) {
    add(texts.count)
    for text in texts { add(text) }
  }

  mutating func add(_ other: StableHash) { mix(other.value) }

  /// Sixteen hexadecimal digits.
  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
