/// How often each pair of entities is named in the same sentence, counted sentence by
/// sentence as the linker passes them (a table of every sentence's entities was a large
/// dossier's peak of memory). Entity pages list each entity's most frequent neighbours.
struct CoMentionCounter {
  private var counts: [String: [String: Int]] = [:]

  /// One sentence's entities, each once.
  mutating func add(sentence ids: [String]) {
    guard ids.count > 1 else { return }
    for a in ids { for b in ids where a != b { counts[a, default: [:]][b, default: 0] += 1 } }
  }

  /// Entity id → the entities named in the same sentences, with how many sentences they
  /// share, most first (then by id).
  func ranked() -> [String: [(id: String, count: Int)]] {
    counts.mapValues { others in
      others.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
        (id: $0.key, count: $0.value)
      }
    }
  }
}
