/// Everything a build reads: the configuration, the articles, and the editor's curation.
public struct Dossier: Sendable {
  public var config: DossierConfig
  /// Articles sorted newest first (undated last), then by slug.
  public var articles: [Article]
  /// The editor's `Content/entities.yml`; it always wins over extraction.
  public var curation: [CuratedEntity]
  public var notices: [Notice]

  public init(
    config: DossierConfig, articles: [Article], curation: [CuratedEntity] = [], notices: [Notice] = []
  ) {
    self.config = config
    // By index: moving whole articles through a sort of ten thousand cost seconds.
    self.articles = articles.indices.sorted { Dossier.newestFirst(articles[$0], articles[$1]) }.map {
      articles[$0]
    }
    self.curation = curation
    self.notices = notices
  }

  static func newestFirst(_ a: Article, _ b: Article) -> Bool {
    switch (a.date, b.date) {
    case (let x?, let y?) where x != y: return x > y
    case (.some, nil): return true
    case (nil, .some): return false
    default: return a.slug < b.slug
    }
  }
}
