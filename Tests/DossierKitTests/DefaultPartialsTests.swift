import Foundation
import SyntheticCorpus
import Testing

@testable import DossierKit

/// The default theme's hot partials are written out in Swift (`DefaultPartials`) for speed;
/// every page must come out byte for byte as swift-mustache renders the `.mustache` files.
@Suite("Default partials written in Swift")
struct DefaultPartialsTests {
  /// Every file of the site at `root`, rendered with the Swift partials and without.
  /// `prepared` gives the graph instead of the linker (for `SyntheticDossier`).
  func bothWays(
    _ root: URL, prepared: (([AnalyzedArticle], DossierConfig) -> DossierGraph)? = nil
  ) throws -> (swift: [String: Data], mustache: [String: Data]) {
    let dossier = try ContentLoader(root: root).load()
    let analyzed = dossier.articles.map { AnalyzedArticle(article: $0) }
    let graph =
      prepared?(analyzed, dossier.config)
      ?? DossierLinker.link(analyzed, config: dossier.config, curation: dossier.curation)
    func render(swiftPartials: Bool) throws -> [String: Data] {
      let templates = try TemplateSet.load(
        overrideFolder: root.appending(path: "Templates"), swiftPartials: swiftPartials)
      let renderer = SiteRenderer(dossier: dossier, graph: graph, templates: templates, baseURL: nil)
      return Dictionary(uniqueKeysWithValues: try renderer.render(analyzed).map { ($0.path, $0.data) })
    }
    return (try render(swiftPartials: true), try render(swiftPartials: false))
  }

  func expectIdentical(_ sites: (swift: [String: Data], mustache: [String: Data])) {
    #expect(sites.swift.keys.sorted() == sites.mustache.keys.sorted())
    for (path, data) in sites.mustache.sorted(by: { $0.key < $1.key }) {
      guard let swift = sites.swift[path], swift != data else { continue }
      let a = String(decoding: swift, as: UTF8.self)
      let b = String(decoding: data, as: UTF8.self)
      let common = zip(a, b).prefix { $0 == $1 }.count
      Issue.record(
        "\(path) differs at character \(common): Swift «\(a.dropFirst(common).prefix(120))» Mustache «\(b.dropFirst(common).prefix(120))»"
      )
    }
  }

  @Test func seedDossierPagesAreIdentical() throws {
    let sites = try bothWays(SeedDossierTests.repository)
    expectIdentical(sites)
    // The pages do hold the partials replaced.
    let article = String(decoding: try #require(sites.swift["index.html"]), as: UTF8.self)
    #expect(article.contains("<li class=\"event\">") && article.contains("<blockquote class=\"quote\""))
  }

  /// SYNTHETIC: the benchmark's invented corpus has sources, other languages, reports of the
  /// same event by several articles and comments, which the seed does not.
  @Test func syntheticCorpusPagesAreIdentical() throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "partials-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    _ = try CorpusWriter.write(CorpusGenerator(articles: 40, seed: 5), to: root)
    let sites = try bothWays(root)
    expectIdentical(sites)
    let pages = sites.swift.values.map { String(decoding: $0, as: UTF8.self) }
    #expect(pages.contains { $0.contains("<p class=\"also\">") }, "an event reported twice")
  }

  /// SYNTHETIC: the theme's test dossier has an article in English inside a French dossier.
  @Test func syntheticThemeDossierPagesAreIdentical() throws {
    let dossier = try TestDossier(config: SyntheticDossier.config, articles: SyntheticDossier.articles)
    defer { dossier.remove() }
    let sites = try bothWays(dossier.root, prepared: SyntheticDossier.graph)
    expectIdentical(sites)
    let pages = sites.swift.values.map { String(decoding: $0, as: UTF8.self) }
    #expect(pages.contains { $0.contains("<blockquote class=\"quote\" lang=\"en\"") })
    #expect(pages.contains { $0.contains("<a href=\"../../articles/bridge-deck/index.html\" lang=\"en\">") })
  }

  /// SYNTHETIC: hostile titles, sources and names escape to the same bytes both ways.
  @Test func hostileDossierPagesAreIdentical() throws {
    let dossier = try HostileContentTests.makeHostileDossier()
    defer { dossier.remove() }
    expectIdentical(try bothWays(dossier.root))
  }

  /// A hostile value escapes the same way both ways, and an overridden partial is used.
  @Test func escapingAndOverrides() throws {
    let quote = Quote(
      html: "<mark>x</mark>", href: "a\"b#s1", article: "L'<article> & co", source: "S \"Q\"", lang: "en")
    #expect(
      DefaultPartials.quote(quote)
        == """
        <blockquote class="quote" lang="en"><p><a href="a&quot;b#s1"><mark>x</mark></a></p>
          <footer>S &quot;Q&quot; · <cite>L&#39;&lt;article&gt; &amp; co</cite></footer></blockquote>

        """)
    let dossier = try TestDossier()
    defer { dossier.remove() }
    try dossier.write("Templates/partials/quote.mustache", "<q>{{article}}</q>")
    let templates = try TemplateSet.load(overrideFolder: dossier.root.appending(path: "Templates"))
    let html = try templates.render("partials/event", ["quote": quote, "isoDate": "2022", "date": "2022"])
    #expect(
      html.contains("<q>L&#39;&lt;article&gt; &amp; co</q>"), "the dossier's partial, not the Swift one")
  }
}
