import Foundation
import Testing

@testable import DossierKit

/// The pages a reader sees, built from the synthetic dossier with its prepared graph.
@Suite("Reader pages")
struct ReaderPagesTests {
  /// Also writes the synthetic site where `DOSSIER_SHOWCASE_OUTPUT` says, for the browser
  /// checks (`make browser-test`).
  @Test func showcaseSiteHasEveryPageType() throws {
    let requested = ProcessInfo.processInfo.environment["DOSSIER_SHOWCASE_OUTPUT"].map {
      URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
    let (dossier, output) = try SyntheticDossier.build(output: requested)
    defer { dossier.remove() }
    let files = TestDossier.snapshot(output)
    for path in [
      "index.html", "404.html", "entities/index.html", "timeline/index.html",
      "entities/jeanne-exemple/index.html", "articles/premiere-pierre/index.html",
    ] {
      #expect(files[path] != nil, "missing \(path)")
    }
    #expect(files.keys.contains { $0.hasPrefix("stories/") })
    let broken = LinkCheck.brokenLinks(in: output).map(\.description)
    #expect(broken.isEmpty, "\(broken)")
  }

  /// Structure every page shares, checked on every page of the synthetic site: one h1,
  /// the landmarks, a skip link to main, a labelled search field, no empty list sections.
  @Test func everyPageHasOneH1AndTheLandmarks() throws {
    let (dossier, output) = try SyntheticDossier.build()
    defer { dossier.remove() }
    let pages = TestDossier.snapshot(output).filter { $0.key.hasSuffix(".html") }
    #expect(pages.count >= 15)
    for (path, data) in pages {
      let page = String(decoding: data, as: UTF8.self)
      #expect(page.components(separatedBy: "<h1").count - 1 == 1, "\(path): one h1")
      #expect(page.contains("<main id=\"main\""), "\(path)")
      #expect(page.contains("<a class=\"skip-link\" href=\"#main\">Aller au contenu</a>"), "\(path)")
      #expect(page.contains("<nav class=\"site-nav\" aria-label=\"Navigation principale\">"), "\(path)")
      #expect(page.contains("<label for=\"search-input\">Rechercher</label>"), "\(path)")
      #expect(page.contains("<footer class=\"site-footer\">"), "\(path)")
      #expect(
        !page.contains("<ol class=\"events\"></ol>") && !page.contains("<ul class=\"tags\"></ul>"), "\(path)")
    }
  }

  /// The article page shows what the graph knows about it: its names, its dated events,
  /// the same story elsewhere, and reader comments apart.
  @Test func articlePageShowsItsEntitiesEventsAndStory() throws {
    let (dossier, output) = try SyntheticDossier.build()
    defer { dossier.remove() }
    let page = try String(
      contentsOf: output.appending(path: "articles/chantier-en-cours/index.html"), encoding: .utf8)
    #expect(page.contains("<h2 id=\"article-entities\">Dans cet article</h2>"))
    #expect(page.contains("<h2 id=\"article-events\">Événements datés</h2>"))
    #expect(page.contains("<h2 id=\"same-story\">La même histoire dans d’autres médias</h2>"))
    #expect(page.contains("lang=\"en\">Ville-Fictive bridge deck in place</a>"))
    let withComments = try String(
      contentsOf: output.appending(path: "articles/premiere-pierre/index.html"), encoding: .utf8)
    let body = try #require(withComments.range(of: "class=\"article-body\""))
    let comments = try #require(withComments.range(of: "class=\"reader-comments\""))
    #expect(body.upperBound < comments.lowerBound)
    #expect(!withComments[body.upperBound..<comments.lowerBound].contains("Lecteur_imaginaire"))
  }

  @Test func homePageSummarisesTheDossier() throws {
    let (dossier, output) = try SyntheticDossier.build()
    defer { dossier.remove() }
    let home = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
    #expect(home.contains("6\u{A0}articles de 4\u{A0}médias, 20\u{A0}septembre 2021 – 8\u{A0}novembre 2022."))
    #expect(home.contains("<h2 id=\"chart-title\">Les événements dans le temps</h2>"))
  }
}
