/// A 64-bit FNV-1a hash that is the same in every process (Swift's `Hasher` is seeded per
/// run), for fingerprints stored between builds. Each value is added with its length or a
/// tag, so `("ab", "c")` and `("a", "bc")` differ.
struct StableHash: Sendable {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  init() {}

  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  mutating func add(_ number: Int) {
    var bits = UInt64(bitPattern: Int64(number))
    for _ in 0..<8 {
      add(UInt8(truncatingIfNeeded: bits))
      bits >>= 8
    }
  }

  mutating func add(_ text: String) {
    add(text.utf8.count)
    for byte in text.utf8 { add(byte) }
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

  mutating func add(_ other: StableHash) { add(Int(bitPattern: UInt(other.value))) }

  /// Sixteen hexadecimal digits.
  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
