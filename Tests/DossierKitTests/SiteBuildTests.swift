import Foundation
import Testing

@testable import DossierKit

@Suite("dossier build")
struct SiteBuildTests {
  @Test func buildsThePagesOfTheContract() throws {
    let dossier = try TestDossier(articles: [
      "reunion.md": TestDossier.sampleArticle, "ancien.md": TestDossier.olderArticle,
    ])
    defer { dossier.remove() }
    try dossier.build()
    let files = TestDossier.snapshot(dossier.output)
    for path in [
      "index.html", "404.html", "articles/reunion/index.html", "articles/ancien/index.html",
      "data/articles.json", "assets/site.css",
    ] {
      #expect(files[path] != nil, "missing \(path)")
    }
    let article = try dossier.read("Public/articles/reunion/index.html")
    #expect(article.contains("<html lang=\"fr\""))
    #expect(article.contains("7\u{A0}novembre 2022"))
    #expect(article.contains("La Gazette d’exemple"))
    #expect(article.contains("href=\"https://example.org/2022/11/07/reunion\""))
    let home = try dossier.read("Public/index.html")
    let newer = try #require(home.range(of: "Une réunion à Exempleville"))
    let older = try #require(home.range(of: "Un article plus ancien"))
    #expect(newer.lowerBound < older.lowerBound, "articles are listed newest first")
  }

  @Test func everyInternalLinkResolves() throws {
    let dossier = try TestDossier(articles: [
      "reunion.md": TestDossier.sampleArticle, "ancien.md": TestDossier.olderArticle,
    ])
    defer { dossier.remove() }
    try dossier.build()
    let broken = LinkCheck.brokenLinks(in: dossier.output).map(\.description)
    #expect(broken.isEmpty, "\(broken)")
  }

  @Test func exportsArticlesAsDocumented() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.build()
    let data = try #require(
      FileManager.default.contents(atPath: dossier.output.appending(path: "data/articles.json").path))
    let records = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(records.count == 1)
    let record = records[0]
    #expect(record["slug"] as? String == "reunion")
    #expect(record["date"] as? String == "2022-11-07")
    #expect(record["path"] as? String == "articles/reunion/index.html")
    #expect(record["lang"] as? String == "fr")
    #expect(record["entities"] is [Any] && record["related"] is [Any])
  }

  @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.build()
    let before = TestDossier.snapshot(dossier.output)
    try dossier.write("Content/articles/broken.md", "---\ntitle: Cassé\ndate: hier\n---\nTexte.")
    #expect {
      try dossier.build()
    } throws: { error in
      String(describing: error).contains("Content/articles/broken.md:3:")
    }
    #expect(TestDossier.snapshot(dossier.output) == before)
    #expect(try dossier.stagingLeftovers().isEmpty)
  }

  @Test func unchangedFilesKeepTheirModificationTime() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.build()
    let css = dossier.output.appending(path: "assets/site.css").path
    let past = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: css)
    let report = try dossier.build()
    #expect(report.unchanged > 0)
    let modified = try FileManager.default.attributesOfItem(atPath: css)[.modificationDate] as? Date
    #expect(modified == past)
  }

  @Test func refusesDangerousOutputFolders() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    for output in [
      dossier.root, dossier.root.appending(path: "Content"), URL(fileURLWithPath: "/"),
      FileManager.default.homeDirectoryForCurrentUser,
    ] {
      #expect(throws: DossierError.self) {
        try SiteBuild.run(BuildOptions(root: dossier.root, output: output))
      }
    }
    try dossier.write("someone-else/notes.txt", "precious")
    #expect(throws: DossierError.self) {
      try SiteBuild.run(
        BuildOptions(root: dossier.root, output: dossier.root.appending(path: "someone-else")))
    }
    #expect(try dossier.read("someone-else/notes.txt") == "precious")
  }

  @Test func aDossierWithoutTemplatesUsesTheBuiltInTheme() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.write("Templates/partials/footer.mustache", "<footer>Pied personnalisé</footer>")
    try dossier.build()
    let home = try dossier.read("Public/index.html")
    #expect(home.contains("Pied personnalisé"))
    #expect(home.contains("class=\"site-header\""), "templates not overridden come from the default theme")
  }

  @Test(arguments: [false, true])
  func initMakesANewBuildableDossier(withTemplates: Bool) throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "dossier-init-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let created = try DossierScaffold.write(
      into: folder, title: "Dossier neuf", language: .fr, withTemplates: withTemplates)
    #expect(created.contains(DossierConfig.fileName))
    #expect(created.contains("Content/entities.yml"))
    #expect(created.contains { $0.hasPrefix("Templates/") } == withTemplates)
    let entities = try String(contentsOf: folder.appending(path: "Content/entities.yml"), encoding: .utf8)
    #expect(entities.contains("# - name:"), "the curation file is a commented example")
    _ = try SiteBuild.run(BuildOptions(root: folder))
    let home = try String(contentsOf: folder.appending(path: "Public/index.html"), encoding: .utf8)
    #expect(home.contains("Dossier neuf"))
    #expect(throws: DossierError.self) {
      try DossierScaffold.write(into: folder, title: "Encore", language: .fr, withTemplates: false)
    }
  }

  @Test func buildListsExtractedEntitiesNotYetCurated() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    #expect(try dossier.build().uncuratedEntities.contains("jeanne-exemple"))
    try dossier.write("Content/entities.yml", "- name: Jeanne Exemple\n  type: person\n")
    #expect(!(try dossier.build().uncuratedEntities.contains("jeanne-exemple")))
  }

  @Test func entityIndexGivesMentionAndArticleCounts() throws {
    let dossier = try TestDossier(articles: [
      "reunion.md": TestDossier.sampleArticle,
      "suite.md":
        "---\ntitle: \"La suite\"\ndate: 2022-11-08\n---\nTexte synthétique. Jeanne Exemple a conclu.\n",
    ])
    defer { dossier.remove() }
    try dossier.build()
    let index = try dossier.read("Public/entities/index.html")
    #expect(
      index.contains("Jeanne Exemple</a> <span class=\"count\">2\u{A0}mentions, 2\u{A0}articles</span>"))
  }

  @Test func templateErrorsAreLocated() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.write("Templates/index.mustache", "line one\n{{#open}} never closed\n")
    #expect { try dossier.build() } throws: { String(describing: $0).contains("Templates/index.mustache:") }
    try dossier.write("Templates/index.mustache", "{{> partials/nope}}\n")
    #expect { try dossier.build() } throws: {
      String(describing: $0).contains(
        "Templates/index.mustache:1: error: the template refers to `partials/nope`")
    }
  }
}
