extension SiteRenderer {
  struct EntityView {
    var name: String
    var type: String
    var aliases: String?
    var description: String?
    var wikidata: String?
    var mentionCount: Int
    var mentions: [Quote]
    var articles: [ArticleLink]
    var seenWith: [EntityLink]
    var events: [EventView]
  }

  func renderEntityPage(_ entity: DossierGraph.EntityRecord) throws -> OutputFile {
    let path = SitePaths.entity(entity.id)
    let view = EntityView(
      name: entity.name, type: localization["type." + entity.type],
      aliases: entity.aliases.isEmpty ? nil : entity.aliases.joined(separator: ", "),
      description: entity.description,
      wikidata: entity.wikidata.map { "https://www.wikidata.org/wiki/" + $0 },
      mentionCount: entity.mentions.count,
      mentions: entity.mentions.map {
        quote(article: $0.article, anchor: $0.anchor, text: $0.sentence, highlight: $0.surface, from: path)
      },
      articles: entity.articles.compactMap { articleLink($0, from: path) },
      seenWith: (coMentionsByEntity[entity.id] ?? []).prefix(10).compactMap { entityLink($0, from: path) },
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
        ?? "\(entity.name): \(entity.mentions.count) \(localization["mentions"])",
      content: view, ogType: "profile", jsonLD: jsonLD)
  }

  func renderEntityIndex() throws -> OutputFile {
    let path = SitePaths.entities
    return try page(
      "entities", path: path, title: localization["entities"], description: dossier.config.description,
      content: ["groups": groupedEntities(graph.entities.map(\.id), from: path)])
  }

  /// Entity id → the entities most often mentioned in the same sentences, most first.
  static func coMentions(in graph: DossierGraph) -> [String: [String]] {
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
      others.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
  }
}
