/// Turns the dossier's mentions into entities: joins the spellings of one name, keeps
/// different people apart, and applies the editor's `entities.yml`, which always wins.
///
/// Joins, in this order (each refused when it would put two curated entries together, or
/// two strongly typed groups of different types, see `TypeEvidence`):
/// 1. mentions matching one curated entry (its name or an alias, under `NameKey`);
/// 2. within an article, mentions with the same `NameKey`;
/// 3. within an article, a one-word name and the one full name ending with it, or with that
///    word changed by one vowel (« Sullivan » and « Jake Sullivan », « M. Poutine » and
///    « Vladimir Poutine »), whichever comes first; a one-word institution and the one
///    longer institution name that starts or ends with it (« le Journal », « Wall Street
///    Journal »). When two full names share the word, it joins neither;
/// 4. across the dossier, mentions with the same `NameKey`, and gazetteer places with the
///    same place key (« Washington » and « Washington DC »);
/// 5. across the dossier, a one-word name left alone and the one full person name it ends;
/// 6. across the dossier, full person names with the same first name and a last name one
///    vowel apart (« Nikolai Patrushev », « Nikolai Potrushev »).
/// Tentative mentions (capitalised common words opening a sentence) are kept only when the
/// dossier has the same name elsewhere as a sure mention, or the curation names it.
public struct EntityResolver: Sendable {
  public let curation: [CuratedEntity]

  public init(curation: [CuratedEntity]) {
    self.curation = curation
  }

  /// (Each article's mentions are let go of once the resolution has taken what it needs:
  /// a caller handing over the only copy saves a large dossier that much memory.)
  public func resolve(_ articles: consuming [ArticleMentions]) -> EntityIndex {
    resolve(articles, memo: nil)
  }

  /// With `memo`, the last build's decisions are taken again when nothing the resolver
  /// reads has changed since (`ResolutionMemo.key`), and this one's are kept otherwise.
  public func resolve(_ articles: consuming [ArticleMentions], memo: ResolutionMemo?) -> EntityIndex {
    guard let memo else {
      var work = Resolution(curation: curation, articles: &articles)
      work.join()
      return work.index().0
    }
    let read = ResolutionMemo.ReadMentions(articles)
    if let index = memo.replay(read, on: &articles, curation: curation) { return index }
    var work = Resolution(curation: curation, articles: &articles)
    work.join()
    let (index, entityOfMention) = work.index()
    memo.keep(
      index, entityOfMention: entityOfMention,
      unmatchedCuration: curation.indices.filter { !work.matchedCuration.contains($0) },
      sureKeys: work.sureKeys, read: read, curation: curation)
    return index
  }
}

/// The working state of one resolution.
private struct Resolution {
  struct Item {
    var article: Int
    var anchor: String
    var candidate: MentionCandidate
    var key: String
    var words: [String]
    var curated: Int?
  }

  /// Per union-find root: the type the group has and how sure it is, and its curated entry.
  struct Group {
    var type: EntityType
    var evidence: TypeEvidence
    var curated: Int?
  }

  let curation: [CuratedEntity]
  let articleSlugs: [String]
  var items: [Item] = []
  var parent: [Int] = []
  /// By item index; nil once the item is no longer a root.
  var groups: [Group?] = []
  var matchedCuration = Set<Int>()
  /// Item indices of each article, in order.
  var itemsByArticle: [[Int]] = []
  /// For each mention given, in order: its item, or -1 when it was dropped.
  var itemOfMention: [Int32] = []
  /// The keys of the names written somewhere as a sure mention: they confirm tentative ones.
  let sureKeys: Set<String>

  init(curation: [CuratedEntity], articles: inout [ArticleMentions]) {
    self.curation = curation
    self.articleSlugs = articles.map(\.article)
    var curatedByKey: [String: Int] = [:]
    for (index, entry) in curation.enumerated() {
      for name in [entry.name] + entry.aliases {
        let key = NameKey.make(name)
        if !key.isEmpty && curatedByKey[key] == nil { curatedByKey[key] = index }
      }
    }
    // Each distinct name once: a number, then its words and key (folding them is most of
    // this stage, across cores), its curated entry, whether a sure mention confirms it. Per
    // mention only its name's number is looked up: hashing names again and again for every
    // mention was most of what was left.
    var numberOfName: [String: Int] = [:]
    var names: [String] = []
    let nameNumbers: [[Int]] = articles.map { article in
      article.mentions.map { mention in
        if let number = numberOfName[mention.candidate.name] { return number }
        numberOfName[mention.candidate.name] = names.count
        names.append(mention.candidate.name)
        return names.count - 1
      }
    }
    numberOfName = [:]
    let wordsAndKeys = names.parallelMap { name in
      let words = NameKey.words(name)
      return (words: words, key: words.joined(separator: " "))
    }
    let curatedOfName = wordsAndKeys.map { curatedByKey[$0.key] }
    // Ignored names go; tentative ones stay only when confirmed elsewhere. (Items are made
    // once, for the mentions kept: in a large dossier they are the stage's memory.)
    var hasSureMention = [Bool](repeating: false, count: names.count)
    for (article, numbers) in zip(articles, nameNumbers) {
      for (mention, number) in zip(article.mentions, numbers) where !mention.candidate.isTentative {
        hasSureMention[number] = true
      }
    }
    sureKeys = Set(
      names.indices.lazy.filter { hasSureMention[$0] && !wordsAndKeys[$0].words.isEmpty }.map {
        wordsAndKeys[$0].key
      })
    let confirmed = wordsAndKeys.map { [sureKeys] in sureKeys.contains($0.key) }
    // By index, not by iterating a copy of `articles`, so each article's mentions go here.
    itemOfMention.reserveCapacity(nameNumbers.reduce(0) { $0 + $1.count })
    for articleIndex in articles.indices {
      for (mention, number) in zip(articles[articleIndex].mentions, nameNumbers[articleIndex]) {
        itemOfMention.append(-1)
        let (words, key) = wordsAndKeys[number]
        guard !words.isEmpty else { continue }
        let curated = curatedOfName[number]
        if let entry = curated {
          matchedCuration.insert(entry)
          if curation[entry].ignore { continue }
        } else if mention.candidate.isTentative && !confirmed[number] {
          continue
        }
        itemOfMention[itemOfMention.count - 1] = Int32(items.count)
        items.append(
          Item(
            article: articleIndex, anchor: mention.sentenceAnchor, candidate: mention.candidate, key: key,
            words: words, curated: curated))
      }
      articles[articleIndex].mentions = []
    }
    parent = Array(items.indices)
    itemsByArticle = Array(repeating: [], count: articles.count)
    for index in items.indices { itemsByArticle[items[index].article].append(index) }
    groups = items.map { item in
      Group(type: item.candidate.type, evidence: item.candidate.evidence, curated: item.curated)
    }
  }

  // MARK: Union-find

  mutating func find(_ index: Int) -> Int {
    var root = index
    while parent[root] != root { root = parent[root] }
    var current = index
    while parent[current] != root {
      let next = parent[current]
      parent[current] = root
      current = next
    }
    return root
  }

  static func isStrong(_ group: Group) -> Bool { group.evidence >= .firstName }

  /// Joins the groups of `a` and `b` if allowed. With `adopt`, the joined group takes
  /// `b`'s type (a full name's type over a one-word name's gazetteer reading).
  @discardableResult
  mutating func union(_ a: Int, _ b: Int, adopt: Bool = false) -> Bool {
    let rootA = find(a)
    let rootB = find(b)
    if rootA == rootB { return true }
    let groupA = groups[rootA]!
    let groupB = groups[rootB]!
    if let curatedA = groupA.curated, let curatedB = groupB.curated, curatedA != curatedB { return false }
    if !adopt && Self.isStrong(groupA) && Self.isStrong(groupB) && groupA.type != groupB.type {
      return false
    }
    var merged = groupB
    if !adopt && groupA.evidence > groupB.evidence {
      merged.type = groupA.type
      merged.evidence = groupA.evidence
    }
    merged.curated = groupA.curated ?? groupB.curated
    let (low, high) = rootA < rootB ? (rootA, rootB) : (rootB, rootA)
    parent[high] = low
    groups[high] = nil
    groups[low] = merged
    return true
  }

  // MARK: Joins

  mutating func join() {
    joinCurated()
    joinSameKey(perArticle: true)
    joinShortNamesInArticles()
    joinSameKey(perArticle: false)
    joinPlaces()
    joinShortNamesAcrossDossier()
    joinVowelVariants()
  }

  mutating func joinCurated() {
    var first: [Int: Int] = [:]
    for index in items.indices {
      guard let entry = items[index].curated else { continue }
      if let earlier = first[entry] { union(earlier, index, adopt: true) } else { first[entry] = index }
    }
  }

  mutating func joinSameKey(perArticle: Bool) {
    struct Key: Hashable {
      var article: Int
      var name: String
    }
    var first: [Key: [Int]] = [:]
    for index in items.indices {
      let key = Key(article: perArticle ? items[index].article : -1, name: items[index].key)
      // Try each earlier group of that key: one may be a different type (Washington, the
      // person and the city).
      var joined = false
      for earlier in first[key, default: []] where union(earlier, index) {
        joined = true
        break
      }
      if !joined { first[key, default: []].append(index) }
    }
  }

  mutating func joinPlaces() {
    var first: [String: Int] = [:]
    for index in items.indices {
      guard let place = items[index].candidate.placeKey else { continue }
      if let earlier = first[place] { union(earlier, index) } else { first[place] = index }
    }
  }

  /// Full names (two words or more) of some types, by the word a short name would match:
  /// the last, and with `edges` the first too; and those words by vowel skeleton, to find
  /// one-vowel variants without comparing every pair.
  struct FullNames {
    var byWord: [String: [Int]] = [:]
    var bySkeleton: [String: Set<String>] = [:]
  }

  /// The word with its vowels (a e i o u, as `NameKey` folds them) as `*`; on bytes, as
  /// it is made for every full name of the dossier.
  static func skeleton(_ word: String) -> String {
    String(
      decoding: word.utf8.map { byte in
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
          UInt8(ascii: "*")
        default: byte
        }
      }, as: UTF8.self)
  }

  func fullNames(among indices: [Int], types: Set<EntityType>, edges: Bool) -> FullNames {
    var names = FullNames()
    for index in indices {
      let item = items[index]
      guard item.words.count >= 2, types.contains(item.candidate.type) else { continue }
      var words = [item.words.last!]
      if edges { words.append(item.words.first!) }
      for word in words {
        names.byWord[word, default: []].append(index)
        names.bySkeleton[Self.skeleton(word), default: []].insert(word)
      }
    }
    return names
  }

  /// The full names of one article as a flat list: an article has a few dozen, and looking
  /// through them costs less than indexing them as `FullNames` does for the dossier (which,
  /// made for every article, was a third of the resolution). Same matches as `FullNames`.
  struct ArticleFullNames {
    var entries: [(word: String, item: Int)] = []

    func matches(for word: String) -> [Int] {
      let exact = entries.filter { $0.word == word }.map(\.item)
      guard exact.isEmpty else { return exact }
      // `FullNames` finds the words of the same skeleton first; here that is checked last,
      // on the few words one vowel apart.
      let wordSkeleton = word.utf8.count >= 6 ? Resolution.skeleton(word) : ""
      return entries.filter { entry in
        entry.word.utf8.count >= 6 && !wordSkeleton.isEmpty && NameKey.differByOneVowel(word, entry.word)
          && Resolution.skeleton(entry.word) == wordSkeleton
      }.map(\.item)
    }
  }

  func articleFullNames(among indices: [Int], types: Set<EntityType>, edges: Bool) -> ArticleFullNames {
    var names = ArticleFullNames()
    for index in indices where items[index].words.count >= 2 && types.contains(items[index].candidate.type) {
      names.entries.append((items[index].words.last!, index))
      if edges { names.entries.append((items[index].words.first!, index)) }
    }
    return names
  }

  /// The items `word` matches in the dossier's full names: exactly, or else by one vowel.
  func matches(for word: String, in names: FullNames) -> [Int] {
    var matches = names.byWord[word] ?? []
    if matches.isEmpty {
      for other in names.bySkeleton[Self.skeleton(word)] ?? [] where NameKey.differByOneVowel(word, other) {
        matches += names.byWord[other] ?? []
      }
    }
    return matches
  }

  /// The single full-name key among `matches` (the items a one-word name matches exactly
  /// or by one vowel), with one of its items; nil when none or several different names match.
  func uniqueFullName(among matches: [Int]) -> Int? {
    var keys = Set<String>()
    var roots = Set<Int>()
    for match in matches {
      keys.insert(items[match].key)
      roots.insert(rootOf(match))
      if keys.count > 1 && roots.count > 1 { return nil }
    }
    guard !matches.isEmpty else { return nil }
    return matches.min()
  }

  /// `uniqueFullName`, computed once per word in one pass (the answer only depends on the
  /// full names, which a pass does not change).
  func cached(_ word: String, cache: inout [String: Int?], matches: (String) -> [Int]) -> Int? {
    if let known = cache[word] { return known }
    let answer = uniqueFullName(among: matches(word))
    cache[word] = answer
    return answer
  }

  func rootOf(_ index: Int) -> Int {
    var root = index
    while parent[root] != root { root = parent[root] }
    return root
  }

  mutating func joinShortNamesInArticles() {
    for indices in itemsByArticle where indices.contains(where: { items[$0].words.count == 1 }) {
      // A one-word name also joins a full name of unknown type (no title, no known first
      // name): within one article the same last word is the same name.
      let people = articleFullNames(among: indices, types: [.person, .other], edges: false)
      let institutions = articleFullNames(among: indices, types: [.organization], edges: true)
      var cache: [String: Int?] = [:]
      for index in indices where items[index].words.count == 1 {
        let word = items[index].words[0]
        if items[index].candidate.type == .organization {
          if let target = uniqueFullName(among: institutions.matches(for: word)) {
            union(index, target, adopt: true)
          }
        } else if let target = cached(word, cache: &cache, matches: people.matches) {
          union(index, target, adopt: true)
        }
      }
    }
  }

  mutating func joinShortNamesAcrossDossier() {
    let people = fullNames(among: Array(items.indices), types: [.person], edges: false)
    var cache: [String: Int?] = [:]
    var hasFullName = Set<Int>()
    for index in items.indices where items[index].words.count >= 2 { hasFullName.insert(find(index)) }
    for index in items.indices where items[index].words.count == 1 {
      let root = find(index)
      guard !hasFullName.contains(root) else { continue }
      let group = groups[root]!
      guard !Self.isStrong(group) || group.type == .person else { continue }
      if let target = cached(items[index].words[0], cache: &cache, matches: { matches(for: $0, in: people) }),
        union(index, target, adopt: true)
      {
        hasFullName.insert(find(index))
      }
    }
  }

  mutating func joinVowelVariants() {
    // One item per distinct key is enough: equal keys are joined already.
    var byShape: [String: [Int]] = [:]
    var seenKeys = Set<String>()
    for index in items.indices where items[index].words.count >= 2 && items[index].candidate.type == .person {
      guard seenKeys.insert(items[index].key).inserted else { continue }
      byShape["\(items[index].words.count)|\(items[index].words[0])", default: []].append(index)
    }
    for shape in byShape.keys.sorted() {
      let indices = byShape[shape]!
      for (position, a) in indices.enumerated() {
        for b in indices[(position + 1)...] where find(a) != find(b) {
          let wordsA = items[a].words
          let wordsB = items[b].words
          let close = zip(wordsA.dropFirst(), wordsB.dropFirst()).allSatisfy { x, y in
            x == y || NameKey.differByOneVowel(x, y)
          }
          if close { union(a, b) }
        }
      }
    }
  }

  // MARK: Output

  /// The index, and for each mention given its entity's place in `entities` (-1: dropped).
  mutating func index() -> (EntityIndex, entityOfMention: [Int32]) {
    var members: [Int: [Int]] = [:]
    for index in items.indices { members[find(index), default: []].append(index) }
    let roots = members.keys.sorted()

    struct Draft {
      var root: Int
      var entity: Entity
      var curated: Int?
      var sortKey: String
    }
    var drafts: [Draft] = []
    for root in roots {
      let group = groups[root]!
      let indices = members[root]!
      var type = votedType(indices) ?? group.type
      var name = displayName(indices, type: type)
      var aliases = Set(indices.map { items[$0].candidate.name })
      var description: String?
      var wikidata: String?
      if let entry = group.curated.map({ curation[$0] }) {
        name = entry.name
        type = entry.type ?? type
        aliases.formUnion(entry.aliases)
        description = entry.description
        wikidata = entry.wikidata
      }
      aliases.remove(name)
      let entity = Entity(
        id: "", name: name, type: type, aliases: aliases.sorted(), description: description,
        wikidata: wikidata)
      drafts.append(Draft(root: root, entity: entity, curated: group.curated, sortKey: NameKey.make(name)))
    }
    // Ids: curated ids first, then the rest by name, so the same dossier gives the same ids.
    drafts.sort { a, b in
      let fixedA = a.curated.flatMap { curation[$0].id } != nil
      let fixedB = b.curated.flatMap { curation[$0].id } != nil
      if fixedA != fixedB { return fixedA }
      if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
      if a.entity.type != b.entity.type { return a.entity.type.rawValue < b.entity.type.rawValue }
      return a.root < b.root
    }
    let ids = Slug.uniqued(
      drafts.map { draft in draft.curated.flatMap { curation[$0].id } ?? Slug.make(draft.entity.name) },
      fallback: "entity")
    for (position, id) in ids.enumerated() { drafts[position].entity.id = id }
    // The entities sorted by id, and each group's place among them, which its mentions carry.
    let byID = drafts.indices.sorted { drafts[$0].entity.id < drafts[$1].entity.id }
    var entityOfRoot: [Int: (id: String, position: Int)] = [:]
    for (position, draft) in byID.enumerated() {
      entityOfRoot[drafts[draft].root] = (drafts[draft].entity.id, position)
    }
    let mentions = items.indices.map { index in
      let entity = entityOfRoot[find(index)]!
      return ResolvedMention(
        article: articleSlugs[items[index].article], sentenceAnchor: items[index].anchor,
        range: items[index].candidate.range, surface: items[index].candidate.surface, entityID: entity.id,
        entity: entity.position)
    }
    let entityOfMention = itemOfMention.map { item in
      item < 0 ? Int32(-1) : Int32(entityOfRoot[find(Int(item))]!.position)
    }
    let entities = byID.map { drafts[$0].entity }
    let uncurated = drafts.filter { $0.curated == nil }.map(\.entity.id).sorted()
    let unmatched = curation.indices.filter { !matchedCuration.contains($0) }.map { curation[$0] }
    return (
      EntityIndex(entities: entities, mentions: mentions, uncurated: uncurated, unmatchedCuration: unmatched),
      entityOfMention
    )
  }

  /// The type most surely given to the group's full names (or to all its mentions when it
  /// has none): evidence weighs, a gazetteer reading most.
  func votedType(_ indices: [Int]) -> EntityType? {
    let types = EntityType.allCases
    var votes = [Int](repeating: 0, count: types.count)  // by place in `types`
    let hasFullName = indices.contains { items[$0].words.count >= 2 }
    for index in indices where !hasFullName || items[index].words.count >= 2 {
      let candidate = items[index].candidate
      votes[types.firstIndex(of: candidate.type)!] += [1, 2, 3, 4, 8][candidate.evidence.rawValue]
    }
    // The most votes; of equal votes, the type named first in alphabetical order.
    let voted = types.indices.filter { votes[$0] > 0 }
    return voted.max { a, b in
      votes[a] != votes[b] ? votes[a] < votes[b] : types[a].rawValue > types[b].rawValue
    }.map { types[$0] }
  }

  /// The most frequent full form: for people and institutions, among the longest names
  /// (« Jake Sullivan » over « Sullivan »); for places, among all (« Washington » over
  /// « Washington DC » when written so more often). Ties go to the first seen.
  func displayName(_ indices: [Int], type: EntityType) -> String {
    // The distinct names in order of first mention, with their counts and word counts.
    var place: [String: Int] = [:]
    var names: [(name: String, count: Int, words: Int)] = []
    for index in indices {
      let name = items[index].candidate.name
      if let known = place[name] {
        names[known].count += 1
      } else {
        place[name] = names.count
        names.append((name, 1, items[index].words.count))
      }
    }
    let longest = type == .place ? nil : names.map(\.words).max()
    var best = -1
    for (position, entry) in names.enumerated() where longest == nil || entry.words == longest {
      if best < 0 || entry.count > names[best].count { best = position }
    }
    return names[best].name
  }

}
