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
  }

  struct SeenWith {
    var entity: EntityLink
    /// « 3 phrases communes ».
    var together: String
  }

  func renderEntityPage(_ entity: DossierGraph.EntityRecord) throws -> OutputFile {
    let path = SitePaths.entity(entity.id)
    let together = (coMentionsByEntity[entity.id] ?? []).prefix(10).compactMap { other in
      entityLink(other.id, from: path).map { (link: $0, count: other.count) }
    }
    let neighbours = together.map {
      SeenWith(entity: $0.link, together: localization.count($0.count, "sentence"))
    }
    let graphNodes = together.map {
      CoMentionGraph.Node(name: $0.link.name, href: $0.link.href, count: $0.count)
    }
    let dates = entity.articles.compactMap { articlesBySlug[$0]?.date }
    let summary = localization.fill(
      dates.isEmpty ? "entitySummaryUndated" : "entitySummary",
      [
        "mentions": localization.count(entity.mentions.count, "mention"),
        "articles": localization.count(entity.articles.count, "article"),
        "span": dates.min().flatMap { first in dates.max().map { localization.span(first, $0) } } ?? "",
      ])
    let view = EntityView(
      name: entity.name, type: localization["type." + entity.type],
      aliases: entity.aliases.isEmpty ? nil : entity.aliases.joined(separator: ", "),
      description: entity.description,
      wikidata: entity.wikidata.map { "https://www.wikidata.org/wiki/" + $0 },
      mentionCount: entity.mentions.count, summary: summary,
      mentions: entity.mentions.map {
        quote(article: $0.article, anchor: $0.anchor, text: $0.sentence, highlight: $0.surface, from: path)
      },
      articles: entity.articles.compactMap { articleLink($0, from: path) },
      seenWith: neighbours,
      graph: graphNodes.isEmpty ? nil : CoMentionGraph.svg(center: entity.name, neighbours: graphNodes),
      graphCaption: localization.fill("seenWithCaption", ["name": entity.name]),
      events: (eventsByEntity[entity.id] ?? []).map { eventView($0, from: path) })
    let schemaType =
      ["person": "Person", "organization": "Organization", "place": "Place"][entity.type] ?? "Thing"
    let jsonLD = StructuredData.thing(
      type: schemaType, name: entity.name, description: entity.description,
      sameAs: entity.wikidata.map { ["https://www.wikidata.org/wiki/" + $0] } ?? [],
      canonical: baseURL.map { $0 + canonicalURLPath(path) })
    return try page(
      "entity", path: path, title: entity.name,
      description: entity.description
        ?? entity.name + localization["colon"] + " " + localization.count(entity.mentions.count, "mention"),
      content: view, ogType: "profile", jsonLD: jsonLD)
  }

  func renderEntityIndex() throws -> OutputFile {
    let path = SitePaths.entities
    return try page(
      "entities", path: path, title: localization["entities"], description: dossier.config.description,
      content: ["groups": groupedEntities(graph.entities.map(\.id), from: path)])
  }

  /// Entity id → the entities mentioned in the same sentences, with how many sentences
  /// they share, most first.
  static func coMentions(in graph: DossierGraph) -> [String: [(id: String, count: Int)]] {
    var bySentence: [String: Set<String>] = [:]
    for entity in graph.entities {
      for mention in entity.mentions {
        bySentence[mention.article + "#" + mention.anchor, default: []].insert(entity.id)
      }
    }
    var counts: [String: [String: Int]] = [:]
    for ids in bySentence.values where ids.count > 1 {
      for a in ids { for b in ids where a != b { counts[a, default: [:]][b, default: 0] += 1 } }
    }
    return counts.mapValues { others in
      others.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
        (id: $0.key, count: $0.value)
      }
    }
  }
}
