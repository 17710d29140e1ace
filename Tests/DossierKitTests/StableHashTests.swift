import Testing

@testable import DossierKit

/// Page fingerprints and analysis keys are stored between builds, so their hash must be the
/// same in every process, and must change when any byte of what it hashes changes.
@Suite("Stable hash")
struct StableHashTests {
  func hash(_ parts: [String]) -> UInt64 {
    var hash = StableHash()
    for part in parts { hash.add(part) }
    return hash.value
  }

  /// A fixed value: Swift's own `Hasher` is seeded per process and would fail this.
  @Test func isTheSameInEveryProcess() {
    var hash = StableHash()
    hash.add("Genève, le 24 février 2022")
    hash.add(42)
    hash.add(nil as String?)
    #expect(hash.hex == "50d2c78e0ebc13a8")
  }

  @Test func boundariesBetweenValuesCount() {
    #expect(hash(["ab", "c"]) != hash(["a", "bc"]))
    #expect(hash(["", "abc"]) != hash(["abc", ""]))
    var some = StableHash()
    some.add("" as String?)
    var none = StableHash()
    none.add(nil as String?)
    #expect(some.value != none.value)
  }

  /// Every byte of a text counts, in the eight-byte words and in the tail.
  @Test func everyByteChangesTheHash() {
    let text = Array("Le conseiller s’est entretenu avec Nikolaï Patrouchev.".utf8)
    var seen: Set<UInt64> = [hash([String(decoding: text, as: UTF8.self)])]
    for index in text.indices where text[index] < 0x80 {
      var changed = text
      changed[index] ^= 0x01
      seen.insert(hash([String(decoding: changed, as: UTF8.self)]))
    }
    #expect(seen.count == 1 + text.filter { $0 < 0x80 }.count)
    #expect(hash(["abcdefgh"]) != hash(["abcdefgh\u{0}"]), "a NUL at the end of the tail")
  }
}
