import Foundation
import SyntheticCorpus
import Testing

@testable import DossierKit

/// An incremental build keeps the files of pages whose inputs did not change; after every
/// kind of edit a user makes, its site must be byte for byte the site a full build makes.
/// The dossier is the benchmark's SYNTHETIC corpus (invented articles).
@Suite("Incremental builds")
struct IncrementalBuildTests {
  let root: URL
  let generator = CorpusGenerator(articles: 31, seed: 11)

  init() throws {
    root = FileManager.default.temporaryDirectory.appending(path: "incremental-\(UUID().uuidString)")
    _ = try CorpusWriter.write(CorpusGenerator(articles: 30, seed: 11), to: root)
    // A timeline in pages, whose pages are kept like article and entity pages.
    let config = root.appending(path: DossierConfig.fileName)
    try Data((String(contentsOf: config, encoding: .utf8) + "timeline_split: 100\n").utf8).write(to: config)
  }

  var output: URL { root.appending(path: "Public") }

  func article(_ index: Int) -> URL {
    root.appending(path: "Content/articles/" + generator.article(index).fileName)
  }

  func edit(_ url: URL, _ change: (String) -> String) throws {
    try Data(change(String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
  }

  /// Builds incrementally into Public/ and fully into a fresh folder; they must be equal.
  @discardableResult
  func expectIncrementalEqualsFull(_ step: String) throws -> BuildReport {
    let incremental = try SiteBuild.run(BuildOptions(root: root))
    let fresh = root.appending(path: "Full-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: fresh)
      try? FileManager.default.removeItem(at: PageManifest.location(for: fresh))
    }
    _ = try SiteBuild.run(BuildOptions(root: root, output: fresh, incremental: false))
    let (a, b) = (TestDossier.snapshot(output), TestDossier.snapshot(fresh))
    #expect(a.keys.sorted() == b.keys.sorted(), "\(step): the same files")
    for (path, data) in b where a[path] != data {
      Issue.record("\(step): \(path) differs from a full build's")
    }
    return incremental
  }

  /// The index of an article quoted on page 2 of some entity.
  func articleQuotedOnASecondPage() throws -> Int? {
    let entities = output.appending(path: "entities")
    for id in try FileManager.default.contentsOfDirectory(atPath: entities.path).sorted() {
      let page = entities.appending(path: "\(id)/page/2/index.html")
      guard let html = try? String(contentsOf: page, encoding: .utf8),
        let start = html.range(of: "articles/")?.upperBound,
        let end = html[start...].firstIndex(of: "/")
      else { continue }
      let slug = String(html[start..<end])
      return (0..<30).first { generator.article($0).fileName == slug + ".md" }
    }
    return nil
  }

  @Test func everyKindOfEditGivesTheFullBuildsSite() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try SiteBuild.run(BuildOptions(root: root))
    #expect(first.kept == 0)

    let unchanged = try expectIncrementalEqualsFull("no change")
    #expect(unchanged.kept > 30, "article and entity pages kept")
    #expect(unchanged.written == 0)
    #expect(unchanged.analysed == 0, "every analysis read from .dossier-cache")

    // A new first paragraph moves every sentence anchor of the article.
    try edit(article(3)) { text in
      text.replacingOccurrences(of: "\n---\n", with: "\n---\nUn paragraphe ajouté (synthétique).\n")
    }
    let bodyEdit = try expectIncrementalEqualsFull("paragraph added")
    #expect(bodyEdit.kept > 0 && bodyEdit.kept < unchanged.kept)
    #expect(bodyEdit.analysed == 1)

    // An event in a month of its own: a new timeline page, and its neighbour's links change;
    // the other period pages are kept (the same file, not written again).
    let timeline = output.appending(path: "timeline")
    func periodPages() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: timeline.path).filter { $0 != "index.html" }
        .sorted()
    }
    func inode(_ period: String) throws -> Int? {
      try FileManager.default.attributesOfItem(atPath: timeline.appending(path: "\(period)/index.html").path)[
        .systemFileNumber] as? Int
    }
    let before = try periodPages()
    #expect(before.count > 5 && before[0] > "1990-03")
    let third = try inode(before[1])
    try edit(article(5)) { $0 + "\nLe 3 mars 1990, la séance a été levée (synthétique).\n" }
    try expectIncrementalEqualsFull("event in a new month")
    #expect(try periodPages() == ["1990-03"] + before)
    #expect(try inode(before[1]) == third, "a period page the edit did not touch is kept")

    // A damaged cache file is analysed again, not trusted.
    let cached = AnalysisCache.folder(in: root)
    let files = try FileManager.default.contentsOfDirectory(atPath: cached.path).sorted()
    #expect(files.count == 30)
    let damagedFile = cached.appending(path: files[0])
    try Data(try Data(contentsOf: damagedFile).dropLast(3)).write(to: damagedFile)
    let damaged = try expectIncrementalEqualsFull("cache file damaged")
    #expect(damaged.analysed == 1)

    // An article quoted on the second page of an entity: that page shows its title too.
    let quoted = try #require(try articleQuotedOnASecondPage())
    let title = try #require(generator.article(quoted).title as String?)
    try edit(article(quoted)) { $0.replacingOccurrences(of: title, with: "Titre changé (synthétique)") }
    try expectIncrementalEqualsFull("title changed")

    try FileManager.default.removeItem(at: article(12))
    try expectIncrementalEqualsFull("article deleted")

    try Data(generator.article(30).fileText.utf8).write(to: article(30))
    try expectIncrementalEqualsFull("article added")

    let entities =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: output.appending(path: "data/entities.json"))) as? [[String: Any]]
    let name = try #require(entities?.first?["name"] as? String)
    try Data("- name: \"\(name)\"\n  description: \"Décrit pour le test (synthétique).\"\n".utf8)
      .write(to: root.appending(path: "Content/entities.yml"))
    try expectIncrementalEqualsFull("entity curated")

    // Renamed, keeping its id: every event naming it shows the new name, on the timeline's
    // pages and on the pages of the other entities in those events.
    let frequent = try #require(
      entities?.max { ($0["mentions"] as? Int ?? 0) < ($1["mentions"] as? Int ?? 0) })
    let (id, oldName) = (try #require(frequent["id"] as? String), try #require(frequent["name"] as? String))
    try Data(
      """
      - name: "\(name)"
        description: "Décrit pour le test (synthétique)."
      - name: "Nom changé (synthétique)"
        id: \(id)
        aliases: ["\(oldName)"]

      """.utf8
    ).write(to: root.appending(path: "Content/entities.yml"))
    try expectIncrementalEqualsFull("entity renamed")

    try edit(root.appending(path: "dossier.yml")) {
      $0.replacingOccurrences(of: "title: \"", with: "title: \"(changé) ")
    }
    let config = try expectIncrementalEqualsFull("configuration changed")
    #expect(config.kept == 0, "every page shows the configuration")

    try FileManager.default.createDirectory(
      at: root.appending(path: "Templates/partials"), withIntermediateDirectories: true)
    try Data("<blockquote>{{{html}}}</blockquote>\n".utf8)
      .write(to: root.appending(path: "Templates/partials/quote.mustache"))
    let template = try expectIncrementalEqualsFull("template overridden")
    #expect(template.kept == 0)

    // A page of the site edited by hand is made again, not kept.
    let slug = try #require(
      try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "articles").path).sorted()
        .first)
    let page = output.appending(path: "articles/\(slug)/index.html")
    try Data("edited by hand".utf8).write(to: page)
    try expectIncrementalEqualsFull("output edited by hand")
  }

  /// The large exports are made again only when what they show changed: the timeline's
  /// when an event did, `articles.json` when an article's related coverage or the entities
  /// naming it did.
  @Test func unchangedExportsAreKeptNotMadeAgain() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let dossier = try ContentLoader(root: root).load()
    let templates = try TemplateSet.load(overrideFolder: root.appending(path: "Templates"))
    let analyzed = dossier.articles.map { AnalyzedArticle(article: $0) }
    let graph = DossierLinker.link(analyzed, config: dossier.config, curation: dossier.curation)
    final class Streamed: @unchecked Sendable {
      private let lock = NSLock()
      private var list: [String] = []
      func append(_ path: String) { lock.withLock { list.append(path) } }
      var paths: [String] { lock.withLock { list.sorted() } }
    }
    /// The exports made (not kept) when `graph` is rendered after a build of the original.
    func streamedAfterFirstBuild(_ graph: DossierGraph) throws -> [String] {
      let first = try SiteRenderer(
        dossier: dossier,
        graph: DossierLinker.link(
          analyzed, config: dossier.config, curation: dossier.curation), templates: templates, baseURL: nil
      )
      .render(analyzed, emit: { _ in }, stream: { _ in })
      let stamp = FileStamp(size: 0, seconds: 0, nanoseconds: 0)
      let previous = PageManifest(
        entries: first.fingerprints.mapValues { PageManifest.Entry(fingerprint: $0, stamp: stamp) })
      let streamed = Streamed()
      _ = try SiteRenderer(dossier: dossier, graph: graph, templates: templates, baseURL: nil)
        .render(
          analyzed, previous: previous, keep: { _, _ in true }, emit: { _ in },
          stream: { streamed.append($0.path) })
      return streamed.paths
    }
    #expect(try streamedAfterFirstBuild(graph) == [])
    var oneEventChanged = graph
    oneEventChanged.events[0].text += " (synthétique)"
    #expect(try streamedAfterFirstBuild(oneEventChanged) == ["assets/search-index.js", "data/timeline.json"])
    var oneEntityDescribed = graph
    oneEntityDescribed.entities[0].description = "Décrit (synthétique)."
    #expect(try streamedAfterFirstBuild(oneEntityDescribed) == ["data/entities.json"])
    var otherRelatedCoverage = graph
    let slug = try #require(dossier.articles.first?.slug)
    otherRelatedCoverage.related[slug] = (graph.related[slug] ?? []).dropLast() + ["autre-article"]
    #expect(try streamedAfterFirstBuild(otherRelatedCoverage) == ["data/articles.json"])
    var oneArticleLessForAnEntity = graph
    try #require(!graph.entities[0].articles.isEmpty)
    oneArticleLessForAnEntity.entities[0].articles.removeLast()
    #expect(try streamedAfterFirstBuild(oneArticleLessForAnEntity).contains("data/articles.json"))
  }

  /// `dossier serve` keeps analyses between builds: only the edited article is analysed
  /// again, and the site is still the full build's.
  @Test func keptAnalysesGiveTheSameSite() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let cache = AnalysisCache()
    let first = try SiteBuild.run(BuildOptions(root: root, analysisCache: cache))
    #expect(first.analysed == 30)
    try edit(article(4)) { $0 + "\nUne phrase ajoutée le 3 mars 2022 par Jeanne Exemple (synthétique).\n" }
    try Data(generator.article(30).fileText.utf8).write(to: article(30))
    let second = try SiteBuild.run(BuildOptions(root: root, analysisCache: cache))
    #expect(second.analysed == 2, "the edited and the new article")
    let fresh = root.appending(path: "Full")
    _ = try SiteBuild.run(BuildOptions(root: root, output: fresh, incremental: false))
    #expect(TestDossier.snapshot(output) == TestDossier.snapshot(fresh))
  }

  /// An article page's fingerprint names every field of `Article` (see `articlePageInputs`).
  @Test func articleFingerprintsCoverEveryArticleField() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let article = Article(slug: "a", file: "a.md", title: "T", date: nil, lang: .fr, body: "B")
    #expect(Mirror(reflecting: article).children.count == SiteRenderer.articleFieldCount)
  }

  @Test func aDamagedManifestMeansAFullBuild() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try SiteBuild.run(BuildOptions(root: root))
    #expect(!PageManifest.read(for: output).entries.isEmpty)
    try Data("dossier pages 1\nnot a line\n".utf8).write(to: PageManifest.location(for: output))
    #expect(PageManifest.read(for: output).entries.isEmpty)
    let report = try SiteBuild.run(BuildOptions(root: root))
    #expect(report.kept == 0)
    #expect(!PageManifest.read(for: output).entries.isEmpty, "written again")
  }
}

/// The on-disk form of kept analyses gives back exactly what was stored, and nothing from
/// a damaged file.
@Suite("Kept analyses on disk")
struct AnalysisCodingTests {
  @Test func roundTripsTheSeedArticlesAnalyses() throws {
    let dossier = try ContentLoader(root: SeedDossierTests.repository).load()
    for article in dossier.articles {
      let analysis = AnalyzedArticle(article: article)
      let bytes = AnalysisCoding.encode(analysis)
      let decoded = try #require(AnalysisCoding.decode(Data(bytes)))
      #expect(decoded.text.sentences == analysis.text.sentences)
      #expect(decoded.mentions == analysis.mentions)
      #expect(decoded.dates == analysis.dates)
      #expect(decoded.features == analysis.features)
      #expect(!analysis.mentions.mentions.isEmpty && !analysis.dates.isEmpty)
      #expect(!analysis.features.words.isEmpty && analysis.features.reports.count == analysis.dates.count)
      for cut in [0, 10, bytes.count / 2, bytes.count - 1] {
        #expect(AnalysisCoding.decode(Data(bytes.prefix(cut))) == nil, "cut at \(cut)")
      }
      var flipped = bytes
      flipped[AnalysisCoding.magic.count + 3] ^= 0x40  // a huge sentence count
      #expect(AnalysisCoding.decode(Data(flipped)) == nil)
    }
  }

  /// A kept string that is not UTF-8 makes the whole analysis unreadable, rather than being
  /// repaired into different text: including bytes whose repair has the same length (a
  /// 4-byte sequence cut after 3 bytes becomes one 3-byte U+FFFD).
  @Test func refusesStringsThatAreNotUTF8() throws {
    let dossier = try ContentLoader(root: SeedDossierTests.repository).load()
    let bytes = AnalysisCoding.encode(AnalyzedArticle(article: dossier.articles[0]))
    // magic, sentence count, first anchor (length and bytes), first text's length
    let anchorLength = Int(bytes[AnalysisCoding.magic.count + 8])
    let text = AnalysisCoding.magic.count + 16 + anchorLength + 8
    #expect(bytes[text..<text + 3].allSatisfy { $0 < 0x80 }, "the first sentence opens with ASCII")
    #expect(AnalysisCoding.decode(Data(bytes)) != nil)
    for bad: [UInt8] in [[0xFF], [0xC3], [0xF0, 0x9F, 0x98]] {
      var damaged = bytes
      damaged.replaceSubrange(text..<text + bad.count, with: bad)
      #expect(AnalysisCoding.decode(Data(damaged)) == nil, "\(bad)")
    }
  }
}
