import Foundation

/// The offline search index: a script file (not JSON fetched at run time, which browsers
/// refuse from `file://`) that sets `window.DOSSIER_SEARCH`. Each item carries the words it
/// is found by, folded (lower case, no accents) so « geneve » finds Genève; entities carry
/// all their aliases, so any spelling finds them.
enum SearchIndex {
  struct Item: JSONWritable {
    /// a: article, e: entity, t: timeline event.
    var k: String
    /// Label shown.
    var l: String
    /// Detail line (source and date, type, date).
    var d: String
    /// Path from the site root, with anchor.
    var p: String
    /// Folded search text.
    var s: String

    func write(to writer: inout JSONWriter) {
      writer.beginObject()
      writer.member("d", d)
      writer.member("k", k)
      writer.member("l", l)
      writer.member("p", p)
      writer.member("s", s)
      writer.endObject()
    }
  }

  static func file(dossier: Dossier, graph: DossierGraph, localization: Localization) -> OutputFile {
    let items = items(dossier: dossier, graph: graph, localization: localization)
    var writer = JSONWriter(pretty: false, capacity: items.count * 256)
    writer.beginArray()
    for item in items { item.write(to: &writer) }
    writer.endArray()
    return OutputFile(
      path: "assets/search-index.js",
      data: Data("window.DOSSIER_SEARCH=".utf8 + writer.bytes + ";\n".utf8))
  }

  static func items(dossier: Dossier, graph: DossierGraph, localization: Localization) -> [Item] {
    var items: [Item] = []
    for article in dossier.articles {
      let detail = [article.source, article.date.map(localization.format)].compactMap { $0 }.joined(
        separator: " · ")
      items.append(
        Item(
          k: "a", l: article.title, d: detail, p: SitePaths.article(article.slug),
          s: fold([article.title, article.source ?? ""].joined(separator: " "))))
    }
    for entity in graph.entities {
      items.append(
        Item(
          k: "e", l: entity.name, d: localization["type." + entity.type], p: SitePaths.entity(entity.id),
          s: fold(([entity.name] + entity.aliases).joined(separator: " "))))
    }
    for event in graph.events {
      let text = event.text.count > 180 ? String(event.text.prefix(180)) + "…" : event.text
      items.append(
        Item(
          k: "t", l: text, d: localization.format(event.date),
          p: SitePaths.article(event.article) + "#" + event.anchor, s: fold(event.text)))
    }
    return items
  }

  /// Lower case without accents; the browser side folds queries the same way.
  static func fold(_ text: String) -> String {
    text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")
    )
    .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
    .replacingOccurrences(of: "’", with: "'")
  }
}
