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
    forEachEvent(graph: graph) { events.append($0) }
    return events
  }

  /// The rows of `events`, one at a time.
  static func forEachEvent(graph: DossierGraph, _ body: (EventRecord) throws -> Void) rethrows {
    for event in graph.events {
      try body(
        EventRecord(
          date: event.date.iso, expression: event.expression, text: event.text, article: event.article,
          anchor: event.anchor, entities: event.entities))
      for citation in event.alsoReportedBy {
        try body(
          EventRecord(
            date: event.date.iso, expression: event.expression, text: citation.text,
            article: citation.article, anchor: citation.anchor, entities: event.entities))
      }
    }
  }

  /// The three export files, each its own job so that the cores share them.
  static func files(dossier: Dossier, graph: DossierGraph) -> [StreamedFile] {
    [
      StreamedFile(path: "data/articles.json") {
        try json(articles(dossier: dossier, graph: graph), into: $0)
      },
      StreamedFile(path: "data/entities.json") { try json(entities(graph: graph), into: $0) },
      // Rows written as they are made: a large dossier has hundreds of thousands.
      StreamedFile(path: "data/timeline.json") { write in
        try json(into: write) { each in try forEachEvent(graph: graph, each) }
      },
    ]
  }

  /// Records as the exports write them (`JSONOutput.encode`'s text, made by `JSONWriter`),
  /// handed to `write` about `pieceSize` bytes at a time.
  static func json<Record: JSONWritable>(
    _ records: [Record], pretty: Bool = true, pieceSize: Int = StreamedFile.pieceSize,
    into write: ([UInt8]) throws -> Void
  ) throws {
    try json(pretty: pretty, pieceSize: pieceSize, into: write) { each in
      for record in records { try each(record) }
    }
  }

  /// The same for records that `records` makes one at a time, handing each to `each`.
  static func json<Record: JSONWritable>(
    pretty: Bool = true, pieceSize: Int = StreamedFile.pieceSize, into write: ([UInt8]) throws -> Void,
    records: (_ each: (Record) throws -> Void) throws -> Void
  ) throws {
    var writer = JSONWriter(pretty: pretty, capacity: pieceSize + 4096)
    writer.beginArray()
    // `write` is only called while `records` runs (the compiler cannot see it from here).
    try withoutActuallyEscaping(write) { write in
      try records { record in
        record.write(to: &writer)
        if writer.bytes.count >= pieceSize {
          try write(writer.bytes)
          writer.removeWritten()
        }
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
