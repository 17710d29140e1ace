import Foundation

/// The last build's entity resolution, kept by what the resolver reads of the mentions, so
/// a rebuild after an edit that changes no name (a word fixed, a paragraph reworded) takes
/// the same decisions again instead of resolving the whole dossier: resolution looks at
/// every mention of every article and was the largest serial part of a rebuild.
///
/// The resolver reads each mention's name, type, evidence and place key, article by
/// article, and the curation; never where the mention is (its sentence, range or surface
/// form). A tentative mention (a capitalised word opening a sentence) is read only when a
/// sure mention or the curation confirms its name; one left unconfirmed changes nothing.
/// What is read is the key (`ReadMentions.key`); the decisions are each read mention's
/// entity. Replayed on mentions with that key, they give exactly the index a resolution
/// would. Kept in `.dossier-cache/resolution`, sealed with a hash: a file that cannot be read is
/// ignored, never trusted.
public final class ResolutionMemo: @unchecked Sendable {
  /// What one resolution decided.
  struct Decisions: Equatable, Sendable {
    var key: UInt64
    /// The keys of the names that had a sure mention, which confirmed tentative ones.
    var sureKeys: Set<String>
    var entities: [Entity]
    /// For each mention read (`ReadMentions.isRead`), in order: its entity's place in
    /// `entities`, or -1 when the resolver dropped it (its curated entry is ignored, or it
    /// has no letters).
    var entityOfMention: [Int32]
    var uncurated: [String]
    /// Places in the curation of the entries that matched nothing.
    var unmatchedCuration: [Int]

    /// The index these decisions give `articles` when what the resolver would read of them
    /// is what they were made from, letting go of each article's mentions as it goes; nil
    /// otherwise.
    func replay(_ read: ReadMentions, on articles: inout [ArticleMentions], curation: [CuratedEntity])
      -> EntityIndex?
    {
      let confirming = sureKeys.union(ReadMentions.curatedKeys(curation))
      guard read.key(curation: curation, confirming: confirming) == key,
        entityOfMention.count == read.readCount(confirming: confirming),
        entityOfMention.allSatisfy({ $0 >= -1 && Int($0) < entities.count }),
        unmatchedCuration.allSatisfy({ curation.indices.contains($0) })
      else { return nil }
      var mentions: [ResolvedMention] = []
      mentions.reserveCapacity(entityOfMention.lazy.filter { $0 >= 0 }.count)
      var next = 0
      for position in articles.indices {
        let slug = articles[position].article
        let isRead = read.articles[position].isRead(confirming: confirming)
        for (offset, mention) in articles[position].mentions.enumerated() where isRead(offset) {
          let entity = Int(entityOfMention[next])
          next += 1
          guard entity >= 0 else { continue }
          mentions.append(
            ResolvedMention(
              article: slug, sentenceAnchor: mention.sentenceAnchor, range: mention.candidate.range,
              surface: mention.candidate.surface, entityID: entities[entity].id, entity: entity))
        }
        articles[position].mentions = []
      }
      return EntityIndex(
        entities: entities, mentions: mentions, uncurated: uncurated,
        unmatchedCuration: unmatchedCuration.map { curation[$0] })
    }
  }

  /// What the resolver reads of a dossier's mentions, taken before it lets go of them: each
  /// article's sure mentions hashed, and its tentative ones, which count only if confirmed.
  struct ReadMentions: Sendable {
    struct Tentative: Sendable {
      /// Its place among the article's mentions, and how many sure ones come before it.
      var offset: Int
      var surePosition: Int
      var nameKey: String
      var fields: UInt64
    }

    struct Article: Sendable {
      var count: Int
      var sure: UInt64
      var tentatives: [Tentative]

      /// Whether the article's mention at an offset is read, `confirming` the names with
      /// these keys.
      func isRead(confirming: Set<String>) -> (Int) -> Bool {
        let unread = Set(tentatives.lazy.filter { !confirming.contains($0.nameKey) }.map(\.offset))
        return { !unread.contains($0) }
      }
    }

    var articles: [Article]
    var mentionCount: Int

    /// Across cores: a large dossier has hundreds of thousands of mentions.
    init(_ mentions: borrowing [ArticleMentions]) {
      // Each tentative name's key once: the same few hundred sentence-opening words come
      // back in every article, and folding one is slow.
      var tentativeNames = Set<String>()
      for index in mentions.indices {
        for mention in mentions[index].mentions where mention.candidate.isTentative {
          tentativeNames.insert(mention.candidate.name)
        }
      }
      let names = Array(tentativeNames)
      let keys = Dictionary(uniqueKeysWithValues: zip(names, names.parallelMap { NameKey.make($0) }))
      articles = mentions.parallelMap { article in
        var sure = StableHash()
        var tentatives: [Tentative] = []
        var sureCount = 0
        for (offset, mention) in article.mentions.enumerated() {
          let fields = Self.fields(of: mention.candidate)
          if mention.candidate.isTentative {
            tentatives.append(
              Tentative(
                offset: offset, surePosition: sureCount, nameKey: keys[mention.candidate.name]!,
                fields: fields))
          } else {
            sure.add(Int(Int64(bitPattern: fields)))
            sureCount += 1
          }
        }
        sure.add(sureCount)
        return Article(count: article.mentions.count, sure: sure.value, tentatives: tentatives)
      }
      mentionCount = articles.reduce(0) { $0 + $1.count }
    }

    static func fields(of candidate: MentionCandidate) -> UInt64 {
      var hash = StableHash()
      hash.add(candidate.name)
      hash.add(candidate.type.rawValue)
      hash.add(candidate.evidence.rawValue)
      hash.add(candidate.placeKey)
      return hash.value
    }

    /// The keys of the curation's names and aliases, which confirm tentative mentions too.
    static func curatedKeys(_ curation: [CuratedEntity]) -> Set<String> {
      Set(curation.flatMap { [$0.name] + $0.aliases }.map(NameKey.make).filter { !$0.isEmpty })
    }

    func key(curation: [CuratedEntity], confirming: Set<String>) -> UInt64 {
      var hash = StableHash()
      hash.add(SiteRenderer.programIdentity)
      hash.add(curation.count)
      for entry in curation {
        hash.add(entry.name)
        hash.add(entry.type?.rawValue)
        hash.add(entry.aliases)
        hash.add(entry.description)
        hash.add(entry.wikidata)
        hash.add(entry.ignore ? 1 : 0)
        hash.add(entry.id)
      }
      hash.add(articles.count)
      for article in articles {
        hash.add(Int(Int64(bitPattern: article.sure)))
        let read = article.tentatives.filter { confirming.contains($0.nameKey) }
        hash.add(read.count)
        for tentative in read {
          hash.add(tentative.surePosition)
          hash.add(Int(Int64(bitPattern: tentative.fields)))
        }
      }
      return hash.value
    }

    func readCount(confirming: Set<String>) -> Int {
      mentionCount
        - articles.reduce(0) { $0 + $1.tentatives.count { !confirming.contains($0.nameKey) } }
    }

    /// Of a table with one value per mention given, the values of the mentions read.
    func read(_ table: [Int32], confirming: Set<String>) -> [Int32] {
      var values: [Int32] = []
      values.reserveCapacity(table.count)
      var start = 0
      for article in articles {
        let isRead = article.isRead(confirming: confirming)
        for offset in 0..<article.count where isRead(offset) { values.append(table[start + offset]) }
        start += article.count
      }
      return values
    }
  }

  static let magic = Array("dossier resolution 1\n".utf8)

  /// Where the memo is kept between processes; nil keeps it in memory only.
  public let file: URL?
  private let lock = NSLock()
  private var kept: Decisions?
  private var replayed = 0

  public init(file: URL?) {
    self.file = file
    kept = CacheFile.read(file).flatMap(Self.decode)
  }

  /// The dossier's own memo file.
  public static func file(in root: URL) -> URL {
    root.appending(path: ".dossier-cache/resolution")
  }

  /// How many resolutions the memo answered.
  var hits: Int { lock.withLock { replayed } }

  /// The index the kept decisions give `articles` (of which the resolver reads `read`), if
  /// they were made from what it reads.
  func replay(_ read: ReadMentions, on articles: inout [ArticleMentions], curation: [CuratedEntity])
    -> EntityIndex?
  {
    guard let decisions = lock.withLock({ kept }),
      let index = decisions.replay(read, on: &articles, curation: curation)
    else { return nil }
    lock.withLock { replayed += 1 }
    return index
  }

  /// Keeps what a resolution of `read` decided (`entityOfMention`: one per mention given),
  /// for the next build. Best effort: a memo that cannot be written only costs that build time.
  func keep(
    _ index: EntityIndex, entityOfMention: [Int32], unmatchedCuration: [Int], sureKeys: Set<String>,
    read: ReadMentions, curation: [CuratedEntity]
  ) {
    let confirming = sureKeys.union(ReadMentions.curatedKeys(curation))
    let decisions = Decisions(
      key: read.key(curation: curation, confirming: confirming), sureKeys: sureKeys, entities: index.entities,
      entityOfMention: read.read(entityOfMention, confirming: confirming), uncurated: index.uncurated,
      unmatchedCuration: unmatchedCuration)
    lock.withLock { kept = decisions }
    guard let file else { return }
    CacheFile.write(Self.encode(decisions), to: file)
  }

  /// The decisions kept, for tests.
  var decisions: Decisions? { lock.withLock { kept } }

  static func encode(_ decisions: Decisions) -> [UInt8] {
    var out = ByteWriter(bytes: magic)
    out.int(Int(Int64(bitPattern: decisions.key)))
    out.int(decisions.sureKeys.count)
    for key in decisions.sureKeys.sorted() { out.string(key) }
    out.int(decisions.entities.count)
    for entity in decisions.entities {
      out.string(entity.id)
      out.string(entity.name)
      out.string(entity.type.rawValue)
      out.int(entity.aliases.count)
      for alias in entity.aliases { out.string(alias) }
      out.optional(entity.description)
      out.optional(entity.wikidata)
    }
    out.int32s(decisions.entityOfMention)
    out.int(decisions.uncurated.count)
    for id in decisions.uncurated { out.string(id) }
    out.int(decisions.unmatchedCuration.count)
    for entry in decisions.unmatchedCuration { out.int(entry) }
    return out.sealed
  }

  static func decode(_ data: Data) -> Decisions? {
    guard var input = ByteReader(unsealing: [UInt8](data)) else { return nil }
    guard input.take(magic.count) == magic[...], let key = input.int(), let sureCount = input.count()
    else { return nil }
    var sureKeys = Set<String>()
    for _ in 0..<sureCount {
      guard let sure = input.string() else { return nil }
      sureKeys.insert(sure)
    }
    guard let entityCount = input.count() else { return nil }
    var entities: [Entity] = []
    entities.reserveCapacity(entityCount)
    for _ in 0..<entityCount {
      guard let id = input.string(), let name = input.string(),
        let type = input.string().flatMap(EntityType.init(rawValue:)), let aliasCount = input.count()
      else { return nil }
      var aliases: [String] = []
      for _ in 0..<aliasCount {
        guard let alias = input.string() else { return nil }
        aliases.append(alias)
      }
      guard let description = input.optional(), let wikidata = input.optional() else { return nil }
      entities.append(
        Entity(id: id, name: name, type: type, aliases: aliases, description: description, wikidata: wikidata)
      )
    }
    guard let entityOfMention = input.int32s(), let uncuratedCount = input.count() else { return nil }
    var uncurated: [String] = []
    for _ in 0..<uncuratedCount {
      guard let id = input.string() else { return nil }
      uncurated.append(id)
    }
    guard let unmatchedCount = input.count() else { return nil }
    var unmatched: [Int] = []
    for _ in 0..<unmatchedCount {
      guard let entry = input.int() else { return nil }
      unmatched.append(entry)
    }
    guard input.atEnd else { return nil }
    return Decisions(
      key: UInt64(bitPattern: Int64(key)), sureKeys: sureKeys, entities: entities,
      entityOfMention: entityOfMention,
      uncurated: uncurated, unmatchedCuration: unmatched)
  }
}
