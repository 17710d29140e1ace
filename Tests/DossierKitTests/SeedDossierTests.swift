import Foundation
import Testing

@testable import DossierKit

/// The repository's own seed dossier (`dossier.yml` and `Content/`, imported from the two
/// real articles in `../shared/seeds/`), built end to end, and compared with the reviewed
/// golden exports in `Fixtures/golden/`.
@Suite("Seed dossier, end to end")
struct SeedDossierTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appending(path: "Fixtures/golden")

  /// Builds the seed dossier once into a temporary folder, removed when the tests end.
  static let site: Result<URL, Error> = Result {
    let output = FileManager.default.temporaryDirectory.appending(path: "seed-site-\(UUID().uuidString)")
    builtSite = output
    atexit { builtSite.map { try? FileManager.default.removeItem(at: $0) } }
    _ = try SiteBuild.run(BuildOptions(root: repository, output: output))
    return output
  }
  /// For the exit handler, which can capture nothing. Set once, before it is installed.
  nonisolated(unsafe) static var builtSite: URL?

  func read(_ path: String) throws -> String {
    try String(contentsOf: try Self.site.get().appending(path: path), encoding: .utf8)
  }

  func json(_ path: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(read(path).utf8)) as? [[String: Any]])
  }

  @Test func hasBothArticlesAndEveryPageType() throws {
    let articles = try json("data/articles.json")
    #expect(articles.count == 2)
    for record in articles {
      #expect(record["date"] as? String == "2022-11-07")
      #expect(record["lang"] as? String == "fr")
      let path = try #require(record["path"] as? String)
      #expect(try read(path).contains("class=\"sentence\""))
    }
    for page in ["index.html", "entities/index.html", "timeline/index.html", "404.html", "feed.xml"] {
      #expect(!(try read(page)).isEmpty)
    }
  }

  @Test func everyInternalLinkAndAnchorResolves() throws {
    let broken = LinkCheck.brokenLinks(in: try Self.site.get()).map(\.description)
    #expect(broken.isEmpty, "\(broken)")
  }

  @Test func spellingsOfOnePersonAreOneEntity() throws {
    let entities = try json("data/entities.json")
    func entity(withSpelling spelling: String) -> [String: Any]? {
      entities.first { record in
        (record["name"] as? String == spelling)
          || ((record["aliases"] as? [String])?.contains(spelling) ?? false)
      }
    }
    let patrushev = try #require(entity(withSpelling: "Patrushev"))
    #expect(entity(withSpelling: "Nikolaï Potrouchev")?["id"] as? String == patrushev["id"] as? String)
    #expect(entity(withSpelling: "Nikolai Potrushev")?["id"] as? String == patrushev["id"] as? String)
    #expect(
      entity(withSpelling: "Youri Ouchakov")?["id"] as? String == entity(withSpelling: "Yuri Ushakov")?["id"]
        as? String)
    #expect(
      entity(withSpelling: "Zelenski")?["id"] as? String == entity(withSpelling: "Volodymyr Zelensky")?["id"]
        as? String)
    #expect((patrushev["articles"] as? [String])?.count == 2)
  }

  @Test func theTwoSeedsAreOneStory() throws {
    let articles = try json("data/articles.json")
    let slugs = articles.compactMap { $0["slug"] as? String }
    for record in articles {
      let other = slugs.first { $0 != record["slug"] as? String }
      #expect((record["related"] as? [String])?.first == other)
    }
    let home = try read("index.html")
    #expect(home.contains("stories/"))
  }

  /// The story page compares the two seeds: what each alone mentions, and where they spell
  /// one name differently (Patrushev, Potrushev), not where one only shortens it (Biden).
  @Test func theStoryPageShowsTheSeedsDifferences() throws {
    let stories = try FileManager.default.contentsOfDirectory(
      atPath: try Self.site.get().appending(path: "stories").path)
    #expect(stories.count == 1)
    let page = try read("stories/\(try #require(stories.first))/index.html")
    for record in try json("data/articles.json") {
      let slug = try #require(record["slug"] as? String)
      #expect(page.contains("href=\"../../articles/\(slug)/index.html\""))
    }
    #expect(page.contains("seul à le mentionner"))
    let spellings = try #require(page.range(of: "<h2 id=\"spellings\">")).upperBound
    let table = String(page[spellings...])
    #expect(table.contains("Nikolai Patrushev") && table.contains("Nikolai Potrushev"))
    #expect(table.contains("Zelenski"))
    #expect(!table.contains(">Joe Biden</a>"), "« Biden » only shortens « Joe Biden »")
    #expect(!table.contains("le-conseiller-a-la"), "articles are named by source or title, not slug")
  }

  @Test func narrativeAndRelativeDatesResolve() throws {
    let events = try json("data/timeline.json")
    func dates(_ expression: String) -> Set<String> {
      Set(events.filter { $0["expression"] as? String == expression }.compactMap { $0["date"] as? String })
    }
    #expect(dates("en juin 2021") == ["2021-06"])
    #expect(dates("en octobre") == ["2021-10"], "the narrative year, not the publication year")
    #expect(dates("le 24 février") == ["2022-02-24"])
    #expect(dates("vendredi") == ["2022-11-04"])
    for event in events {
      let path = try #require(event["article"] as? String)
      let anchor = try #require(event["anchor"] as? String)
      #expect(try read("articles/\(path)/index.html").contains("id=\"\(anchor)\""))
    }
  }

  @Test func readerCommentsAreShownApartAndNeverIndexed() throws {
    let articles = try json("data/articles.json")
    let commented = try #require(
      articles.first { record in
        ((try? read(record["path"] as? String ?? "")) ?? "").contains("class=\"reader-comments\"")
      })
    let page = try read(commented["path"] as! String)
    let comments = try #require(page.range(of: "class=\"reader-comments\""))
    #expect(!page[comments.lowerBound...].contains("class=\"sentence\""), "comments get no sentence anchors")
    let events = try json("data/timeline.json")
    #expect(!events.contains { ($0["text"] as? String)?.contains("Donald en 2020") == true })
  }

  /// The exports are a public interface: a change to them must be reviewed, so they are
  /// compared with checked-in copies. To accept a deliberate change, rebuild the seed
  /// dossier, read the diff of `Public/data/*.json` against `Fixtures/golden/`, then copy.
  @Test(arguments: ["articles.json", "entities.json", "timeline.json"])
  func exportsMatchTheReviewedGolden(_ name: String) throws {
    let expected = try String(contentsOf: Self.golden.appending(path: name), encoding: .utf8)
    #expect(try read("data/\(name)") == expected)
  }
}
