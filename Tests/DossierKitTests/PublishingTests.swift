import Foundation
import Testing

@testable import DossierKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Publishing: feeds, sitemap, 404, checks")
struct PublishingTests {
  func builtDossier(baseURL: String? = nil) throws -> TestDossier {
    let dossier = try TestDossier(articles: [
      "reunion.md": TestDossier.sampleArticle, "ancien.md": TestDossier.olderArticle,
    ])
    try dossier.build(baseURL: baseURL)
    return dossier
  }

  /// Element names and character data of an XML file, or a parse error.
  func parseXML(_ data: Data) -> (names: [String], ok: Bool) {
    final class Collector: NSObject, XMLParserDelegate {
      var names: [String] = []
      func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
      ) { names.append(name) }
    }
    let parser = XMLParser(data: data)
    let collector = Collector()
    parser.delegate = collector
    let ok = parser.parse()
    return (collector.names, ok)
  }

  @Test func atomFeedIsWellFormedWithAbsoluteLinks() throws {
    let dossier = try builtDossier(baseURL: "https://news.example/dossier")
    defer { dossier.remove() }
    let feed = try dossier.read("Public/feed.xml")
    let parsed = parseXML(Data(feed.utf8))
    #expect(parsed.ok)
    #expect(parsed.names.first == "feed")
    #expect(parsed.names.filter { $0 == "entry" }.count == 2)
    #expect(feed.contains("<link rel=\"self\" href=\"https://news.example/dossier/feed.xml\"/>"))
    #expect(feed.contains("href=\"https://news.example/dossier/articles/reunion/index.html\""))
    #expect(feed.contains("<updated>2022-11-07T00:00:00Z</updated>"))
  }

  @Test func sitemapOnlyWithABaseURL() throws {
    let withBase = try builtDossier(baseURL: "https://news.example/d/")
    defer { withBase.remove() }
    let sitemap = try withBase.read("Public/sitemap.xml")
    #expect(parseXML(Data(sitemap.utf8)).ok)
    #expect(sitemap.contains("<loc>https://news.example/d/articles/reunion/</loc>"))
    #expect(!sitemap.contains("404"))
    #expect(try withBase.read("Public/robots.txt").contains("Sitemap: https://news.example/d/sitemap.xml"))

    let withoutBase = try builtDossier()
    defer { withoutBase.remove() }
    #expect(!FileManager.default.fileExists(atPath: withoutBase.output.appending(path: "sitemap.xml").path))
    #expect(parseXML(Data(try withoutBase.read("Public/feed.xml").utf8)).ok)
  }

  @Test func canonicalLinksAndStructuredData() throws {
    let dossier = try builtDossier(baseURL: "https://news.example/d/")
    defer { dossier.remove() }
    let page = try dossier.read("Public/articles/reunion/index.html")
    #expect(page.contains("<link rel=\"canonical\" href=\"https://news.example/d/articles/reunion/\">"))
    #expect(page.contains("\"@type\":\"NewsArticle\""))
    #expect(page.contains("\"datePublished\":\"2022-11-07\""))
    #expect(page.contains("<meta property=\"og:type\" content=\"article\">"))
  }

  @Test func notFoundPageWorksAtAnyDepth() throws {
    let dossier = try builtDossier(baseURL: "https://news.example/d/")
    defer { dossier.remove() }
    let page = try dossier.read("Public/404.html")
    #expect(page.contains("<style>"), "its style is inline, not a relative stylesheet link")
    #expect(!page.contains("href=\"assets/site.css\""))
    #expect(page.contains("href=\"https://news.example/d/index.html\""))
    #expect(page.contains("<script src=\"https://news.example/d/assets/search.js\" defer>"))

    let withoutBase = try builtDossier()
    defer { withoutBase.remove() }
    let relative = try withoutBase.read("Public/404.html")
    #expect(!relative.contains("<script src="), "relative script addresses would fail at depth")
    #expect(try withoutBase.read("Public/index.html").contains("<script src=\"assets/search.js\" defer>"))
  }

  @Test func checkFindsContentProblems() throws {
    let dossier = try TestDossier(articles: [
      "Genève.md": "---\ntitle: Un\ndate: 2022-01-01\n---\nTexte.",
      "geneve.md": "---\ntitle: Un\n---\nTexte.",
    ])
    defer { dossier.remove() }
    let loader = ContentLoader(root: dossier.root)
    let problems = ContentCheck.problems(
      in: try loader.load(), files: try loader.articleFiles().map { loader.relativePath($0) }
    ).map(\.description)
    #expect(problems.contains { $0.contains("no `date`") })
    #expect(problems.contains { $0.contains("collides with") && $0.contains("after transliteration") })
    #expect(problems.contains { $0.contains("same title as") })
  }

  @Test func checkFindsDuplicateSlugsAcrossFolders() throws {
    let dossier = try TestDossier(articles: [
      "2021/bilan.md": "---\ntitle: Bilan 2021\ndate: 2021-12-31\n---\nTexte.",
      "2022/bilan.md": "---\ntitle: Bilan 2022\ndate: 2022-12-31\n---\nTexte.",
    ])
    defer { dossier.remove() }
    let loader = ContentLoader(root: dossier.root)
    let problems = ContentCheck.problems(
      in: try loader.load(), files: try loader.articleFiles().map { loader.relativePath($0) })
    #expect(problems.count == 1)
    #expect(problems.first?.description.contains("duplicate slug `bilan`") == true)
    #expect(problems.first?.file.hasSuffix("2022/bilan.md") == true)
  }

  @Test func checkFindsCurationThatMatchesNothing() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.write(
      EntitiesFile.path,
      "- name: Jeanne Exemple\n  type: person\n- name: Personne Imaginaire\n  aliases: [P. Imaginaire]\n")
    let problems = ContentCheck.unmatchedCuration(in: try ContentLoader(root: dossier.root).load())
    #expect(
      problems.map(\.description) == [
        "Content/entities.yml:3: the entry `Personne Imaginaire` matches no mention in any article "
          + "(a misspelt name or alias?)"
      ])
    let clean = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { clean.remove() }
    #expect(ContentCheck.unmatchedCuration(in: try ContentLoader(root: clean.root).load()).isEmpty)
  }

  @Test func linkCheckCatchesBrokenLinksAndAnchors() throws {
    let site = FileManager.default.temporaryDirectory.appending(path: "linkcheck-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: site) }
    try FileManager.default.createDirectory(at: site.appending(path: "a"), withIntermediateDirectories: true)
    try Data("<p id=\"here\">x</p>".utf8).write(to: site.appending(path: "a/index.html"))
    try Data(
      """
      <a href="a/index.html#here">ok</a> <a href="a/index.html#gone">bad anchor</a>
      <a href="missing.html">missing</a> <a href="a/">folder</a> <a href="https://x.example/">external</a>
      <a href="../../etc/passwd">escape</a>
      """.utf8
    ).write(to: site.appending(path: "index.html"))
    let broken = LinkCheck.brokenLinks(in: site).map(\.link)
    #expect(Set(broken) == ["a/index.html#gone", "missing.html", "a/", "../../etc/passwd"])
  }

  @Test func searchIndexIsAScriptWithFoldedText() throws {
    let dossier = try builtDossier()
    defer { dossier.remove() }
    let index = try dossier.read("Public/assets/search-index.js")
    #expect(index.hasPrefix("window.DOSSIER_SEARCH=["))
    #expect(index.contains("une reunion a exempleville"))
    #expect(!index.contains("<"))
  }
}

@Suite("Outlets compared")
struct OutletsComparedTests {
  @Test func aShorterFormIsNoSpellingDifference() {
    #expect(!SiteRenderer.spellingsDiffer([["Biden", "Joe Biden"], ["Biden"]]))
    #expect(!SiteRenderer.spellingsDiffer([["Wall Street Journal"], ["Journal", "Wall Street Journal"]]))
    #expect(SiteRenderer.spellingsDiffer([["Nikolai Potrushev"], ["Nikolai Patrushev"]]))
    #expect(SiteRenderer.spellingsDiffer([["Zelensky"], ["Zelenski", "Volodymyr Zelensky"]]))
    #expect(SiteRenderer.spellingsDiffer([["États-Unis"], ["Etats-Unis"]]))
  }

  @Test func longTitlesAreShortenedAtAWord() {
    #expect(SiteRenderer.shorten("Un titre court") == "Un titre court")
    let long = "Le conseiller à la sécurité nationale de Biden impliqué dans des « conversations »"
    let short = SiteRenderer.shorten(long)
    #expect(short == "Le conseiller à la sécurité nationale de Biden impliqué dans…")
    #expect(short.count <= 61)
  }
}

@Suite("Related coverage")
struct RelatedCoverageTests {
  // Synthetic articles: two reports of one invented event, one unrelated piece.
  let inputs = [
    RelatedArticles.Input(
      slug: "a", entities: ["jeanne-exemple": 3, "ville-fictive": 1],
      text: "Jeanne Exemple inaugure le pont suspendu de Ville-Fictive devant les habitants réunis.",
      date: CalendarDate(year: 2022, month: 5, day: 2)),
    RelatedArticles.Input(
      slug: "b", entities: ["jeanne-exemple": 2, "ville-fictive": 2],
      text: "À Ville-Fictive, le pont suspendu inauguré par Jeanne Exemple attire les habitants.",
      date: CalendarDate(year: 2022, month: 5, day: 3)),
    RelatedArticles.Input(
      slug: "c", entities: ["autre-personne": 1],
      text: "Un championnat régional de pétanque réunit trois cents joueurs amateurs.",
      date: CalendarDate(year: 2022, month: 5, day: 3)),
  ]

  @Test func sharedRareEntitiesAndWordsMakeArticlesRelated() {
    let result = RelatedArticles().compute(inputs, limit: 5)
    #expect(result.related["a"]?.map(\.slug) == ["b"])
    #expect(result.related["c"]?.isEmpty == true)
  }

  @Test func closeReportsOfTheSameEventFormAStory() {
    #expect(RelatedArticles().compute(inputs, limit: 5).stories == [["a", "b"]])
    var distant = inputs
    distant[1].date = CalendarDate(year: 2023, month: 1, day: 1)
    #expect(
      RelatedArticles().compute(distant, limit: 5).stories.isEmpty, "a year apart is not the same story")
  }
}
