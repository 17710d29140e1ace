import Foundation
import SyntheticCorpus
import Testing

@testable import DossierKit

/// The exports and the search index are written by `JSONWriter` for speed; their bytes must
/// be exactly what Foundation's `JSONEncoder` gives through `JSONOutput` (sorted keys,
/// pretty printing, HTML-safe escapes), so readers of `data/` see no change.
@Suite("JSON written by hand")
struct JSONWriterTests {
  func expectSameAsFoundation<Record: JSONWritable>(_ records: [Record], pretty: Bool = true) throws {
    // In small pieces, as the build streams them, so the pieces' seams are tested too.
    var written = Data()
    try DataExports.json(records, pretty: pretty, pieceSize: 97) { written.append(contentsOf: $0) }
    let expected = try JSONOutput.encode(records, pretty: pretty)
    guard written != expected else { return }
    let (a, b) = (String(decoding: written, as: UTF8.self), String(decoding: expected, as: UTF8.self))
    let common = zip(a, b).prefix { $0 == $1 }.count
    Issue.record(
      "differs at character \(common): written «\(a.dropFirst(common).prefix(80))» Foundation «\(b.dropFirst(common).prefix(80))»"
    )
  }

  func expectExportsSameAsFoundation(_ root: URL) throws {
    let dossier = try ContentLoader(root: root).load()
    let analyzed = dossier.articles.map { AnalyzedArticle(article: $0) }
    let graph = DossierLinker.link(analyzed, config: dossier.config, curation: dossier.curation)
    let articles = DataExports.articles(dossier: dossier, graph: graph)
    let entities = DataExports.entities(graph: graph)
    let events = DataExports.events(graph: graph)
    #expect(!articles.isEmpty && !entities.isEmpty && !events.isEmpty)
    try expectSameAsFoundation(articles)
    try expectSameAsFoundation(entities)
    try expectSameAsFoundation(events)
    try expectSameAsFoundation(
      SearchIndex.items(dossier: dossier, graph: graph, localization: Localization(dossier.config.language)),
      pretty: false)
  }

  @Test func seedExportsAreFoundationsBytes() throws {
    try expectExportsSameAsFoundation(SeedDossierTests.repository)
  }

  /// SYNTHETIC: sources, English articles, events reported twice, empty lists.
  @Test func syntheticExportsAreFoundationsBytes() throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "json-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try CorpusWriter.write(CorpusGenerator(articles: 25, seed: 3), to: root)
    try expectExportsSameAsFoundation(root)
  }

  /// Every character class an escape exists for, and the ones that must pass as they are.
  @Test func awkwardStringsAreEscapedAsFoundationDoes() throws {
    var awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
    awkward += [
      "\"", "\\", "/", "</script>", "a & b > c", "\u{7F}", "\u{2028}", "\u{2029}", "e\u{301}", "🇫🇷",
      "« guillemets »", "", "line\nbreak\ttab", "\u{E2}\u{80}",
    ]
    let records = awkward.enumerated().map { index, text in
      DataExports.EntityRecord(
        id: text, name: "n\(index)", type: "other", aliases: index % 2 == 0 ? [] : [text, text],
        path: text, articles: index % 3 == 0 ? [] : [text], mentions: index - 5,
        description: index % 2 == 0 ? nil : text)
    }
    try expectSameAsFoundation(records)
    try expectSameAsFoundation(records, pretty: false)
    try expectSameAsFoundation([DataExports.EntityRecord]())
  }
}
