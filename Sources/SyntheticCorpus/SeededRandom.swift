/// A small deterministic random number generator (SplitMix64), so that a seed names one
/// corpus on every machine and every Swift version.
///
/// The standard library's `random(in:using:)` helpers are not promised to stay the same
/// across releases, so the draws below (`below`, `unit`, `chance`) are our own.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// An independent stream for item `index` of a run seeded with `seed`: articles can be
  /// generated in any order, or in parallel, and still come out the same.
  public init(seed: UInt64, stream index: Int) {
    var mixer = SeededRandom(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
    state = mixer.next() ^ 0xD1B5_4A32_D192_ED03
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `0..<bound` (`bound` > 0), by rejection so every value is equally likely.
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    let limit = UInt64(bound)
    let threshold = (0 &- limit) % limit
    while true {
      let value = next()
      if value >= threshold { return Int(value % limit) }
    }
  }

  /// A whole number in `range`.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// A number in [0, 1).
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// True with probability `probability`.
  public mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// One element, uniformly.
  public mutating func pick<T>(_ items: [T]) -> T {
    items[below(items.count)]
  }
}
