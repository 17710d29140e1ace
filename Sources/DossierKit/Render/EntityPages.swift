extension SiteRenderer {
  struct EntityView {
    var name: String
    var type: String
    var aliases: String?
    var description: String?
    var wikidata: String?
    var mentionCount: Int
    /// « 6 mentions dans 5 articles, septembre 2021 – novembre 2022. »
    var summary: String
    var mentions: [Quote]
    var articles: [ArticleLink]
    var seenWith: [SeenWith]
    /// Inline SVG of the co-mention graph (escaped where built), nil without neighbours.
    var graph: String?
    var graphCaption: String
    var events: [EventView]
    /// The neighbours and articles are shown on the first page only.
    var isFirstPage: Bool
    /// The number of the first mention and event on this page, for the lists' `start`.
    var firstMention: Int
    var pager: Pager?
  }

  /// Links between the pages of a long list.
  struct Pager {
    var label: String
    var previous: String?
    var next: String?
  }

  /// Mentions (and events) shown on one entity page: a very frequent name has thousands,
  /// which would make one page too long to read and, rendered whole, the slowest page of a
  /// large build.
  static let itemsPerPage = 100

  /// An entity's pages: page 1, then as many as its mentions or its events need.
  func pageCount(_ entity: DossierGraph.EntityRecord) -> Int {
    let items = max(entity.mentions.count, eventIndicesByEntity[entity.id]?.count ?? 0)
    return max(1, (items + Self.itemsPerPage - 1) / Self.itemsPerPage)
  }

  struct SeenWith {
    var entity: EntityLink
    /// « 3 phrases communes ».
    var together: String
  }

  /// Page `number` (from 1) of `entity`'s page and its mentions.
  func renderEntityPage(_ entity: DossierGraph.EntityRecord, number: Int = 1) throws -> OutputFile {
    let path = SitePaths.entity(entity.id, page: number)
    let pages = pageCount(entity)
    let isFirst = number == 1
    let skipped = (number - 1) * Self.itemsPerPage
    let shown = entity.mentions.dropFirst(skipped).prefix(Self.itemsPerPage)
    let events = (eventIndicesByEntity[entity.id] ?? []).dropFirst(skipped).prefix(Self.itemsPerPage)
    let pager =
      pages == 1
      ? nil
      : Pager(
        label: localization.fill("pageOf", ["page": "\(number)", "pages": "\(pages)"]),
        previous: isFirst
          ? nil : SitePaths.relative(from: path, to: SitePaths.entity(entity.id, page: number - 1)),
        next: number == pages
          ? nil : SitePaths.relative(from: path, to: SitePaths.entity(entity.id, page: number + 1)))
    let together = (coMentionsByEntity[entity.id] ?? []).prefix(10).compactMap { other in
      entityLink(other.id, from: path).map { (link: $0, count: other.count) }
    }
    let neighbours = together.map {
      SeenWith(entity: $0.link, together: localization.count($0.count, "sentence"))
    }
    let graphNodes = together.map {
      CoMentionGraph.Node(name: $0.link.name, href: $0.link.href, count: $0.count)
    }
    let span = entitySpans[entity.id]
    let summary = localization.fill(
      span == nil ? "entitySummaryUndated" : "entitySummary",
      [
        "mentions": localization.count(entity.mentions.count, "mention"),
        "articles": localization.count(entity.articles.count, "article"),
        "span": span.map { localization.span($0.first, $0.last) } ?? "",
      ])
    let view = EntityView(
      name: entity.name, type: localization["type." + entity.type],
      aliases: entity.aliases.isEmpty ? nil : entity.aliases.joined(separator: ", "),
      description: entity.description,
      wikidata: entity.wikidata.map { "https://www.wikidata.org/wiki/" + $0 },
      mentionCount: entity.mentions.count, summary: summary,
      mentions: shown.map {
        quote(article: $0.article, anchor: $0.anchor, text: $0.sentence, highlight: $0.surface, from: path)
      },
      articles: isFirst ? entity.articles.compactMap { articleLink($0, from: path) } : [],
      seenWith: isFirst ? neighbours : [],
      graph: graphNodes.isEmpty || !isFirst
        ? nil : CoMentionGraph.svg(center: entity.name, neighbours: graphNodes),
      graphCaption: localization.fill("seenWithCaption", ["name": entity.name]),
      events: events.map { eventView($0, from: path) },
      isFirstPage: isFirst, firstMention: skipped + 1, pager: pager)
    let schemaType =
      ["person": "Person", "organization": "Organization", "place": "Place"][entity.type] ?? "Thing"
    let jsonLD = StructuredData.thing(
      type: schemaType, name: entity.name, description: entity.description,
      sameAs: entity.wikidata.map { ["https://www.wikidata.org/wiki/" + $0] } ?? [],
      canonical: baseURL.map { $0 + canonicalURLPath(path) })
    return try page(
      "entity", path: path,
      title: isFirst
        ? entity.name : localization.fill("pageTitle", ["title": entity.name, "page": "\(number)"]),
      description: entity.description
        ?? entity.name + localization["colon"] + " " + localization.count(entity.mentions.count, "mention"),
      content: view, ogType: "profile", jsonLD: isFirst ? jsonLD : nil)
  }

  func renderEntityIndex() throws -> OutputFile {
    let path = SitePaths.entities
    return try page(
      "entities", path: path, title: localization["entities"], description: dossier.config.description,
      content: ["groups": groupedEntities(graph.entities.map(\.id), from: path)])
  }
}
