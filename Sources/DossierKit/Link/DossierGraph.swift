/// The dossier as a web: who is mentioned where, what happened when, which articles belong
/// together. Computed once from the per-article results, so pages only look things up.
public struct DossierGraph: Sendable {
  public struct Mention: Sendable, Hashable {
    public var article: String
    public var anchor: String
    public var sentence: String
    /// The words as the article wrote them.
    public var surface: String
  }

  public struct EntityRecord: Sendable {
    public var id: String
    public var name: String
    /// person, organization, place or other.
    public var type: String
    public var aliases: [String]
    public var description: String?
    public var wikidata: String?
    public var mentions: [Mention]
    /// Slugs of the articles mentioning it, newest first.
    public var articles: [String]
  }

  public struct Citation: Sendable, Hashable {
    public var article: String
    public var anchor: String
    public var text: String
  }

  public struct Event: Sendable, Equatable {
    public var date: CalendarDate
    /// The words that gave the date (« le 24 février »).
    public var expression: String
    public var text: String
    public var article: String
    public var anchor: String
    public var entities: [String]
    /// The same event as other articles report it.
    public var alsoReportedBy: [Citation]
  }

  public var entities: [EntityRecord] = []
  /// Article slug → links to insert in its text (targets relative to the article page).
  public var mentionLinks: [String: [ArticleAnnotator.InlineLink]] = [:]
  /// Chronological.
  public var events: [Event] = []
  /// Article slug → related article slugs, best first.
  public var related: [String: [String]] = [:]
  /// Entity id → the entities named in the same sentences and how many, most first.
  public var coMentions: [String: [(id: String, count: Int)]] = [:]
  /// Groups of article slugs reporting the same story.
  public var stories: [[String]] = []
  /// Entity ids found by extraction that `entities.yml` does not list, for the build report.
  public var uncuratedEntities: [String] = []
  /// Names of `entities.yml` entries that matched nothing, for `dossier check`.
  public var unmatchedCuration: [String] = []

  public init() {}

  public func entity(_ id: String) -> EntityRecord? { entityIndex[id].map { entities[$0] } }

  var entityIndex: [String: Int] {
    Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($0.element.id, $0.offset) })
  }
}
