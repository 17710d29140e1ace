/// Draws ranks with a Zipf-like popularity: rank `r` (0-based) has weight `1 / (r + 1)^s`,
/// so a few names turn up in many articles and most in a handful, as in real coverage.
public struct ZipfTable: Sendable {
  /// Running sums of the weights, for a binary search per draw.
  let cumulative: [Double]

  public init(count: Int, exponent: Double = 1.0) {
    precondition(count > 0)
    var sums: [Double] = []
    sums.reserveCapacity(count)
    var total = 0.0
    for rank in 0..<count {
      total += 1.0 / pow(Double(rank + 1), exponent)
      sums.append(total)
    }
    cumulative = sums
  }

  public var count: Int { cumulative.count }

  /// A rank in `0..<count`.
  public func draw(_ random: inout SeededRandom) -> Int {
    let target = random.unit() * cumulative[cumulative.count - 1]
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// `wanted` distinct ranks (fewer if the table is smaller), in the order drawn.
  public func drawDistinct(_ wanted: Int, _ random: inout SeededRandom) -> [Int] {
    let goal = min(wanted, count)
    var seen = Set<Int>()
    var ranks: [Int] = []
    var attempts = 0
    while ranks.count < goal && attempts < goal * 50 {
      attempts += 1
      let rank = draw(&random)
      if seen.insert(rank).inserted { ranks.append(rank) }
    }
    return ranks
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
