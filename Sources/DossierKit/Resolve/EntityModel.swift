/// A mention found in one sentence of an article.
public struct SentenceMention: Sendable, Hashable {
  /// The sentence's anchor on the article page (`Sentence.anchor`).
  public var sentenceAnchor: String
  public var candidate: MentionCandidate

  public init(sentenceAnchor: String, candidate: MentionCandidate) {
    self.sentenceAnchor = sentenceAnchor
    self.candidate = candidate
  }
}

/// The mentions of one article's body, in reading order (never its reader comments).
public struct ArticleMentions: Sendable, Hashable {
  /// The article's slug.
  public var article: String
  public var mentions: [SentenceMention]

  public init(article: String, mentions: [SentenceMention]) {
    self.article = article
    self.mentions = mentions
  }
}

/// A person, organisation, place or other name of the dossier.
public struct Entity: Sendable, Hashable, Codable {
  /// ASCII, lower-case, hyphenated, unique and stable: the page is `entities/<id>/`.
  public var id: String
  /// The displayed name: the curated one, else the most frequent full form.
  public var name: String
  public var type: EntityType
  /// Every other spelling met in the text or given by the curation, sorted.
  public var aliases: [String]
  public var description: String?
  public var wikidata: String?

  public init(
    id: String, name: String, type: EntityType, aliases: [String] = [], description: String? = nil,
    wikidata: String? = nil
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.aliases = aliases
    self.description = description
    self.wikidata = wikidata
  }
}

/// A mention attached to its entity.
public struct ResolvedMention: Sendable, Hashable {
  public var article: String
  public var sentenceAnchor: String
  /// UTF-8 range in the sentence's text.
  public var range: Range<Int>
  public var surface: String
  public var entityID: String
  /// The entity's place in `EntityIndex.entities`, so tables by entity can be arrays.
  public var entity: Int

  public init(
    article: String, sentenceAnchor: String, range: Range<Int>, surface: String, entityID: String, entity: Int
  ) {
    self.article = article
    self.sentenceAnchor = sentenceAnchor
    self.range = range
    self.surface = surface
    self.entityID = entityID
    self.entity = entity
  }
}

/// The dossier's entities and where each is mentioned.
public struct EntityIndex: Sendable {
  /// Sorted by id.
  public var entities: [Entity]
  /// In the order of the input articles and their mentions.
  public var mentions: [ResolvedMention]
  /// Ids of entities no entry of `entities.yml` covers, for the build report.
  public var uncurated: [String]
  /// Entries of `entities.yml` that matched no mention, for `dossier check`.
  public var unmatchedCuration: [CuratedEntity]

  public init(
    entities: [Entity], mentions: [ResolvedMention], uncurated: [String], unmatchedCuration: [CuratedEntity]
  ) {
    self.entities = entities
    self.mentions = mentions
    self.uncurated = uncurated
    self.unmatchedCuration = unmatchedCuration
  }
}
