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

  static let path = "assets/search-index.js"

  static func file(dossier: Dossier, graph: DossierGraph, localization: Localization) -> StreamedFile {
    StreamedFile(path: path) { write in
      try write(Array("window.DOSSIER_SEARCH=".utf8))
      // Each item is written as it is made: a large dossier's index has hundreds of
      // thousands, each with its folded text.
      try DataExports.json(pretty: false, into: write) { each in
        try forEachItem(dossier: dossier, graph: graph, localization: localization, each)
      }
      try write(Array(";\n".utf8))
    }
  }

  static func items(dossier: Dossier, graph: DossierGraph, localization: Localization) -> [Item] {
    var items: [Item] = []
    forEachItem(dossier: dossier, graph: graph, localization: localization) { items.append($0) }
    return items
  }

  /// The index's items in order: articles, entities, then timeline events.
  static func forEachItem(
    dossier: Dossier, graph: DossierGraph, localization: Localization, _ body: (Item) throws -> Void
  ) rethrows {
    for article in dossier.articles {
      let detail = [article.source, article.date.map(localization.format)].compactMap { $0 }.joined(
        separator: " · ")
      try body(
        Item(
          k: "a", l: article.title, d: detail, p: SitePaths.article(article.slug),
          s: fold([article.title, article.source ?? ""].joined(separator: " "))))
    }
    for entity in graph.entities {
      try body(
        Item(
          k: "e", l: entity.name, d: localization["type." + entity.type], p: SitePaths.entity(entity.id),
          s: fold(([entity.name] + entity.aliases).joined(separator: " "))))
    }
    for event in graph.events {
      // Counting characters is slow; most sentences are shorter than 180 bytes already.
      let text =
        event.text.utf8.count > 180 && event.text.count > 180
        ? String(event.text.prefix(180)) + "…" : event.text
      try body(
        Item(
          k: "t", l: text, d: localization.format(event.date),
          p: SitePaths.article(event.article) + "#" + event.anchor, s: fold(event.text)))
    }
  }

  /// Lower case without accents; the browser side folds queries the same way.
  static func fold(_ text: String) -> String {
    // Byte by byte for ASCII, the Latin letters (U+0080 to U+024F, none of them combining,
    // each folded once into `latinFolds`) and ’; anything else (a combining accent, another
    // script) takes Foundation's path for the whole text. Folding every event's sentence
    // through Foundation was a tenth of a rebuild.
    var text = text
    let fast = text.withUTF8 { input -> [UInt8]? in
      var bytes: [UInt8] = []
      bytes.reserveCapacity(input.count + 8)
      var index = 0
      while index < input.count {
        let byte = input[index]
        if byte < 0x80 {
          bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
          index += 1
        } else if (0xC2...0xC9).contains(byte), index + 1 < input.count,
          case let scalar = Int(byte & 0x1F) << 6 | Int(input[index + 1] & 0x3F), scalar <= 0x24F
        {
          bytes += latinFolds[scalar - 0x80]
          index += 2
        } else if byte == 0xE2, index + 2 < input.count, input[index + 1] == 0x80, input[index + 2] == 0x99 {
          bytes.append(UInt8(ascii: "'"))
          index += 3
        } else {
          return nil
        }
      }
      return bytes
    }
    return fast.map { String(decoding: $0, as: UTF8.self) } ?? foldSlowly(text)
  }

  /// `foldSlowly` of each scalar from U+0080 to U+024F.
  private static let latinFolds: [[UInt8]] = (0x80...0x24F).map { value in
    Array(foldSlowly(String(Character(Unicode.Scalar(UInt32(value))!))).utf8)
  }

  static func foldSlowly(_ text: String) -> String {
    let folded = text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    // œ → oe, æ → ae, ’ → ' on the bytes: three `replacingOccurrences` cost more than the
    // folding, for a search index of every event of the dossier.
    let input = Array(folded.utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(input.count + 8)
    var index = 0
    func next(_ offset: Int) -> UInt8? { index + offset < input.count ? input[index + offset] : nil }
    while index < input.count {
      switch (input[index], next(1), next(2)) {
      case (0xC5, 0x93, _):  // œ
        bytes += [UInt8(ascii: "o"), UInt8(ascii: "e")]
        index += 2
      case (0xC3, 0xA6, _):  // æ
        bytes += [UInt8(ascii: "a"), UInt8(ascii: "e")]
        index += 2
      case (0xE2, 0x80, 0x99):  // ’
        bytes.append(UInt8(ascii: "'"))
        index += 3
      case (let byte, _, _):
        bytes.append(byte)
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
