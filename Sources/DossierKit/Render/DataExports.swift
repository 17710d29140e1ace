import Foundation

/// The machine-readable exports in `data/`: a public interface, documented in DESIGN.md
/// and the README; field names and meanings must stay stable.
enum DataExports {
  struct ArticleRecord: Encodable {
    var slug: String
    var title: String
    var date: String?
    var source: String?
    var url: String?
    var lang: String
    var path: String
    var entities: [String]
    var related: [String]
  }

  struct EntityRecord: Encodable {
    var id: String
    var name: String
    var type: String
    var aliases: [String]
    var path: String
    var articles: [String]
    var mentions: Int
    var description: String?
  }

  struct EventRecord: Encodable {
    var date: String
    var expression: String
    var text: String
    var article: String
    var anchor: String
    var entities: [String]
  }

  static func all(dossier: Dossier, graph: DossierGraph) throws -> [OutputFile] {
    var entitiesOfArticle: [String: Set<String>] = [:]
    for entity in graph.entities {
      for slug in entity.articles { entitiesOfArticle[slug, default: []].insert(entity.id) }
    }
    let articles = dossier.articles.map { article in
      ArticleRecord(
        slug: article.slug, title: article.title, date: article.date?.iso, source: article.source,
        url: article.url, lang: article.lang.rawValue, path: SitePaths.article(article.slug),
        entities: (entitiesOfArticle[article.slug] ?? []).sorted(), related: graph.related[article.slug] ?? []
      )
    }
    let entities = graph.entities.map { entity in
      EntityRecord(
        id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases,
        path: SitePaths.entity(entity.id), articles: entity.articles, mentions: entity.mentions.count,
        description: entity.description)
    }
    // Each report of an event is a row, so every row's anchor is in its own article.
    var events: [EventRecord] = []
    for event in graph.events {
      events.append(
        EventRecord(
          date: event.date.iso, expression: event.expression, text: event.text, article: event.article,
          anchor: event.anchor, entities: event.entities))
      for citation in event.alsoReportedBy {
        events.append(
          EventRecord(
            date: event.date.iso, expression: event.expression, text: citation.text,
            article: citation.article,
            anchor: citation.anchor, entities: event.entities))
      }
    }
    return [
      OutputFile(path: "data/articles.json", data: try JSONOutput.encode(articles)),
      OutputFile(path: "data/entities.json", data: try JSONOutput.encode(entities)),
      OutputFile(path: "data/timeline.json", data: try JSONOutput.encode(events)),
    ]
  }
}
