/// How often each pair of entities is named in the same sentence, counted sentence by
/// sentence as the linker passes them (a table of every sentence's entities was a large
/// dossier's peak of memory). Entity pages list each entity's most frequent neighbours.
/// Entities are numbers here (their place in the index), named only in `ranked`: the pass
/// counts millions of pairs.
struct CoMentionCounter {
  private var counts: [[Int: Int]]

  init(entities: Int) { counts = Array(repeating: [:], count: entities) }

  /// One sentence's entities, each once.
  mutating func add(sentence entities: [Int]) {
    guard entities.count > 1 else { return }
    for a in entities { for b in entities where a != b { counts[a][b, default: 0] += 1 } }
  }

  /// Entity id → the entities named in the same sentences, with how many sentences they
  /// share, most first (then by id); `ids` names the numbers.
  func ranked(ids: [String]) -> [String: [(id: String, count: Int)]] {
    var ranked: [String: [(id: String, count: Int)]] = [:]
    for (entity, others) in counts.enumerated() where !others.isEmpty {
      ranked[ids[entity]] = others.map { (id: ids[$0.key], count: $0.value) }.sorted {
        $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id
      }
    }
    return ranked
  }
}
