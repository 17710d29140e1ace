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

  static func articles(dossier: Dossier, graph: DossierGraph) -> [ArticleRecord] {
    var entitiesOfArticle: [String: Set<String>] = [:]
    for entity in graph.entities {
      for slug in entity.articles { entitiesOfArticle[slug, default: []].insert(entity.id) }
    }
    return dossier.articles.map { article in
      ArticleRecord(
        slug: article.slug, title: article.title, date: article.date?.iso, source: article.source,
        url: article.url, lang: article.lang.rawValue, path: SitePaths.article(article.slug),
        entities: (entitiesOfArticle[article.slug] ?? []).sorted(), related: graph.related[article.slug] ?? []
      )
    }
  }

  static func entities(graph: DossierGraph) -> [EntityRecord] {
    graph.entities.map { entity in
      EntityRecord(
        id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases,
        path: SitePaths.entity(entity.id), articles: entity.articles, mentions: entity.mentions.count,
        description: entity.description)
    }
  }

  /// Each report of an event is a row, so every row's anchor is in its own article.
  static func events(graph: DossierGraph) -> [EventRecord] {
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
            article: citation.article, anchor: citation.anchor, entities: event.entities))
      }
    }
    return events
  }

  /// The three export files, each its own job so that the cores share them.
  static func files(dossier: Dossier, graph: DossierGraph) -> [StreamedFile] {
    [
      StreamedFile(path: "data/articles.json") {
        try json(articles(dossier: dossier, graph: graph), into: $0)
      },
      StreamedFile(path: "data/entities.json") { try json(entities(graph: graph), into: $0) },
      StreamedFile(path: "data/timeline.json") { try json(events(graph: graph), into: $0) },
    ]
  }

  /// Records as the exports write them (`JSONOutput.encode`'s text, made by `JSONWriter`),
  /// handed to `write` about `pieceSize` bytes at a time.
  static func json<Record: JSONWritable>(
    _ records: [Record], pretty: Bool = true, pieceSize: Int = StreamedFile.pieceSize,
    into write: ([UInt8]) throws -> Void
  ) throws {
    var writer = JSONWriter(pretty: pretty, capacity: min(pieceSize, records.count * 256) + 4096)
    writer.beginArray()
    for record in records {
      record.write(to: &writer)
      if writer.bytes.count >= pieceSize {
        try write(writer.bytes)
        writer.removeWritten()
      }
    }
    writer.endArray()
    try write(writer.bytes)
  }
}

/// A record `JSONWriter` writes, its keys in sorted order (the order `Encodable` gives
/// with `.sortedKeys`).
protocol JSONWritable: Encodable {
  func write(to writer: inout JSONWriter)
}

extension DataExports.ArticleRecord: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("date", date)
    writer.member("entities", entities)
    writer.member("lang", lang)
    writer.member("path", path)
    writer.member("related", related)
    writer.member("slug", slug)
    writer.member("source", source)
    writer.member("title", title)
    writer.member("url", url)
    writer.endObject()
  }
}

extension DataExports.EntityRecord: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("aliases", aliases)
    writer.member("articles", articles)
    writer.member("description", description)
    writer.member("id", id)
    writer.member("mentions", mentions)
    writer.member("name", name)
    writer.member("path", path)
    writer.member("type", type)
    writer.endObject()
  }
}

extension DataExports.EventRecord: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("anchor", anchor)
    writer.member("article", article)
    writer.member("date", date)
    writer.member("entities", entities)
    writer.member("expression", expression)
    writer.member("text", text)
    writer.endObject()
  }
}
