import Foundation
import Testing

@testable import DossierKit

/// Slugs, entity ids and output folders: nothing a content value or an option holds can make
/// dossier write or delete outside its output folder. All inputs are synthetic.
@Suite("Path safety")
struct PathSafetyTests {
  /// Pieces hostile file names and titles are made of.
  static let pieces = [
    "/", "..", ".", "\\", "\u{0}", "\u{1B}", "\n", "\r", "\t", "\u{7F}", "\u{85}", "\u{202E}", "\u{200B}",
    "\u{AD}", "\u{FEFF}", "~", ":", "%2e%2e%2f", "?", "#", "*", "\"", "'", "’", " ", "-", "--", "_", "C:",
    "Мария", "Примерова", "سمير", "المثالي", "北京", "ゆき", "🦊", "👩‍👩‍👧", "e\u{301}", "Œuvre", "ß", "İ",
    "ﬁ", "Ⅻ", "٣", "x", "ABC", "123", String(repeating: "long", count: 30),
  ]

  static func hostileStrings(count: Int, seed: UInt64) -> [String] {
    var generator = SeededRandom(seed: seed)
    return (0..<count).map { _ in
      let length = Int.random(in: 0...12, using: &generator)
      return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
  }

  /// The writer refuses every output path that is not relative and plain, checked in one
  /// pass over its bytes; this is the rule spelled out, which it must equal.
  @Test func theWritersPathCheckRefusesWhatCouldLeaveTheOutputFolder() {
    func plain(_ path: String) -> Bool {
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      return !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\")
        && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
        && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
    for path in ["a/index.html", "entities/x/2/index.html", "...", "a/.b/c", "404.html", "é/ü.html"] {
      #expect(SiteWriter.isSafe(path), "\(path)")
    }
    for path in [
      "", "/", "/a", "a/", "a//b", ".", "..", "a/../b", "a/./b", "a/..", "a\\b", "a\u{0}b", "a\u{7F}",
    ] {
      #expect(!SiteWriter.isSafe(path), "\(path)")
    }
    let pieces = Self.hostileStrings(count: 3000, seed: 41)
    for index in stride(from: 0, to: pieces.count - 2, by: 3) {
      let path = pieces[index..<index + 3].joined(separator: "/")
      #expect(SiteWriter.isSafe(path) == plain(path), "\(path.debugDescription)")
    }
  }

  static func isSafePathComponent(_ slug: String) -> Bool {
    !slug.contains("/") && !slug.contains("..") && !slug.contains("\\") && slug != "."
      && slug.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }
  }

  @Test func slugsNeverHoldPathSeparatorsOrControls() {
    for (index, text) in Self.hostileStrings(count: 3000, seed: 20_221_107).enumerated() {
      let slug = Slug.make(text)
      #expect(Self.isSafePathComponent(slug), "case \(index): \(text.debugDescription) → \(slug)")
      #expect(slug.isEmpty || Slug.isValid(slug), "case \(index): \(text.debugDescription) → \(slug)")
      #expect(Slug.make(slug) == slug, "slugs are fixed points")
    }
  }

  @Test func uniquedSlugsAreDistinctValidAndStable() {
    let texts = Self.hostileStrings(count: 600, seed: 7)
    // Many collisions: every text three times, and long texts that only differ past the cap.
    let long = String(repeating: "nom ", count: 40)
    let bases = (texts + texts + texts + [long + "a", long + "b", long + "c"]).map(Slug.make)
    let slugs = Slug.uniqued(bases, fallback: "article")
    #expect(Set(slugs).count == slugs.count)
    #expect(slugs.allSatisfy(Slug.isValid), "\(slugs.filter { !Slug.isValid($0) }.prefix(5))")
    #expect(Slug.uniqued(bases, fallback: "article") == slugs)
    for (base, slug) in zip(bases, slugs) where !base.isEmpty {
      #expect(slug.hasPrefix(String(base.prefix(20))))
    }
  }

  @Test func invisibleCharactersJoinTheLettersAroundThem() {
    #expect(Slug.make("Patru\u{AD}shev") == "patrushev")
    #expect(Slug.make("Pri\u{200B}me\u{FEFF}rova") == "primerova")
    #expect(Slug.make("Rapport\u{202E}fdp.exe") == "rapportfdp-exe")
  }

  @Test func aHugeTitleMakesASlugQuickly() {
    let started = Date()
    let slug = Slug.make(String(repeating: "Мария Примерова ", count: 60_000))
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(slug.hasPrefix("mariya-primerova-mariya") && slug.count <= Slug.maximumLength)
  }

  @Test func collidingFileNamesGetDistinctStableSlugs() throws {
    let article = "---\ntitle: Synthétique\ndate: 2022-01-01\n---\nTexte.\n"
    let dossier = try TestDossier(articles: [
      "Évènement.md": article, "evenement.md": article, "EVENEMENT.md": article,
      "a/evenement.md": article, "b/Evenement!.md": article,
    ])
    defer { dossier.remove() }
    let loader = ContentLoader(root: dossier.root)
    let first = try loader.load().articles.map { "\($0.file) → \($0.slug)" }.sorted()
    #expect(
      first == [
        "Content/articles/EVENEMENT.md → evenement", "Content/articles/a/evenement.md → evenement-2",
        "Content/articles/b/Evenement!.md → evenement-3", "Content/articles/evenement.md → evenement-4",
        "Content/articles/Évènement.md → evenement-5",
      ])
    #expect(try loader.load().articles.map { "\($0.file) → \($0.slug)" }.sorted() == first)
    let dossierValue = try loader.load()
    let problems = ContentCheck.problems(
      in: dossierValue, files: try loader.articleFiles().map(loader.relativePath)
    ).map(\.description)
    #expect(problems.filter { $0.contains("collides with Content/articles/EVENEMENT.md") }.count == 4)
  }

  // MARK: Output folders

  func refusal(_ output: URL, root: URL) -> String {
    do {
      _ = try SiteBuild.run(BuildOptions(root: root, output: output))
      return "built"
    } catch {
      return String(describing: error)
    }
  }

  @Test func refusesEveryFolderThatIsNotAnOutputFolder() throws {
    let dossier = try TestDossier(articles: ["a.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    let root = dossier.root.standardizedFileURL.resolvingSymlinksInPath()
    try dossier.write("Templates/partials/footer.mustache", "<footer></footer>")
    try dossier.write("notes/precious.txt", "mine")
    try dossier.write("a-file", "not a folder")
    try FileManager.default.createSymbolicLink(
      at: dossier.root.appending(path: "link-to-root"), withDestinationURL: dossier.root)
    let cases: [(URL, String)] = [
      (dossier.root, "it is the dossier folder itself"),
      (dossier.root.appending(path: "link-to-root"), "it is the dossier folder itself"),
      (dossier.root.appending(path: "Content"), "it is the dossier's Content folder"),
      (dossier.root.appending(path: "Templates"), "it is the dossier's Templates folder"),
      (dossier.root.appending(path: "Content/site"), "it is inside the dossier's sources"),
      (dossier.root.deletingLastPathComponent(), "it contains the dossier folder"),
      (URL(fileURLWithPath: "/"), "it is the file system root"),
      (FileManager.default.homeDirectoryForCurrentUser, "it is your home folder"),
      (dossier.root.appending(path: "notes"), "it is not empty and was not made by dossier"),
      (dossier.root.appending(path: "a-file"), "it is a file, not a folder"),
    ]
    for (output, why) in cases {
      let message = refusal(output, root: dossier.root)
      #expect(message.hasPrefix("error: refusing to write the site into "), "\(output.path): \(message)")
      #expect(message.contains(why), "\(output.path): \(message)")
    }
    #expect(try dossier.read("notes/precious.txt") == "mine")
    #expect(try dossier.read("a-file") == "not a folder")
    #expect(FileManager.default.fileExists(atPath: root.appending(path: "Content/articles/a.md").path))
  }

  @Test func aFolderHoldingOnlyAPlaceholderOrAMarkerMayBeUsed() throws {
    let dossier = try TestDossier(articles: ["a.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.write("Public/.gitkeep", "")
    try dossier.build()
    #expect(FileManager.default.fileExists(atPath: dossier.output.appending(path: ".gitkeep").path))
    #expect(FileManager.default.fileExists(atPath: dossier.output.appending(path: ".dossier-output").path))
    try dossier.build()
  }

  /// Builds, failed builds and rebuilds touch nothing beside the output folder but its
  /// spare (the site before, which the next build stages into), and a link inside the old
  /// output or the spare is removed as a link, never followed: not even one standing where
  /// the new site needs a folder.
  @Test func nothingOutsideTheOutputIsEverDeleted() throws {
    let dossier = try TestDossier(articles: ["a.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    let outside = FileManager.default.temporaryDirectory.appending(
      path: "dossier-outside-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    try Data("precious".utf8).write(to: outside.appending(path: "precious.txt"))
    try dossier.write("Public-sibling/keep.txt", "sibling")
    try dossier.write(".Public-notes", "a dotfile beside the output")

    try dossier.build()
    try FileManager.default.createSymbolicLink(
      at: dossier.output.appending(path: "link-out"), withDestinationURL: outside)
    func besideTheSite(_ files: [String: Data]) -> [String: Data] {
      files.filter { !$0.key.hasPrefix("Public/") && !$0.key.hasPrefix(".Public.spare/") }
    }
    let before = besideTheSite(TestDossier.snapshot(dossier.root))
    try dossier.build()
    let spareArticles = dossier.root.appending(path: ".Public.spare/articles")
    try FileManager.default.removeItem(at: spareArticles)
    try FileManager.default.createSymbolicLink(at: spareArticles, withDestinationURL: outside)
    try dossier.write("Content/articles/broken.md", "---\ntitle: x\ndate: demain\n---\n")
    #expect(throws: (any Error).self) { try dossier.build() }
    try FileManager.default.removeItem(at: dossier.root.appending(path: "Content/articles/broken.md"))
    try dossier.build()
    let after = besideTheSite(TestDossier.snapshot(dossier.root))
    #expect(after == before.filter { $0.key != "Content/articles/broken.md" })
    #expect(try String(contentsOf: outside.appending(path: "precious.txt"), encoding: .utf8) == "precious")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["precious.txt"])
    #expect(
      FileManager.default.fileExists(atPath: dossier.output.appending(path: "articles/a/index.html").path))
    #expect(!FileManager.default.fileExists(atPath: dossier.output.appending(path: "link-out").path))
  }
}
