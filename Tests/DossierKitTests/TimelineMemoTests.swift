import Foundation
import SyntheticCorpus
import Testing

@testable import DossierKit

/// The dossier here is SYNTHETIC (`CorpusGenerator`): made-up names in made-up sentences.
@Suite final class TimelineMemoTests {
  let root: URL
  let generator = CorpusGenerator(articles: 40, seed: 5)

  init() throws {
    root = FileManager.default.temporaryDirectory.appending(path: "dossier-test-\(UUID().uuidString)")
    _ = try CorpusWriter.write(generator, to: root)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  func analyzed() throws -> (Dossier, [AnalyzedArticle]) {
    let dossier = try ContentLoader(root: root).load()
    return (dossier, dossier.articles.map { AnalyzedArticle(article: $0) })
  }

  func events(_ memo: TimelineMemo? = nil) throws -> [DossierGraph.Event] {
    let (dossier, articles) = try analyzed()
    return DossierLinker.link(articles, config: dossier.config, timelineMemo: memo).events
  }

  @Test func aDateWhoseReportsDidNotChangeIsNotMergedAgain() throws {
    let file = TimelineMemo.file(in: root)
    let fresh = try events()
    #expect(try events(TimelineMemo(file: file)) == fresh)
    let dates = Set(fresh.map(\.date)).count
    let unchanged = TimelineMemo(file: file)
    #expect(try events(unchanged) == fresh)
    #expect(unchanged.hits == dates)

    // A sentence reporting an event of an existing date again (its year written out, so
    // it is read the same anywhere), in another article.
    let event = try #require(
      fresh.first { $0.date.precision == .day && $0.expression.contains(String($0.date.year)) })
    let other = try #require((0..<40).map(generator.article).first { $0.fileName != event.article + ".md" })
    let path = root.appending(path: "Content/articles/" + other.fileName)
    // A first paragraph (the end of some articles is their reader comments).
    try Data(other.fileText.replacingOccurrences(of: "\n---\n", with: "\n---\n" + event.text + "\n\n").utf8)
      .write(to: path)
    let edited = TimelineMemo(file: file)
    let after = try events(edited)
    #expect(after == (try events()))
    #expect(edited.hits > 0 && edited.hits < dates)
    #expect(after.contains { $0.alsoReportedBy.contains { $0.text == event.text } })
  }

  @Test func aDamagedMemoIsIgnored() throws {
    let file = TimelineMemo.file(in: root)
    let fresh = try events()
    _ = try events(TimelineMemo(file: file))
    let bytes = try [UInt8](Data(contentsOf: file))
    var flipped = bytes
    flipped[bytes.count / 2] ^= 0x01
    for damaged in [flipped, Array(bytes.dropLast(1)), []] {
      try Data(damaged).write(to: file)
      let memo = TimelineMemo(file: file)
      #expect(try events(memo) == fresh)
      #expect(memo.hits == 0)
    }
  }

  @Test func decisionsFitOnlyTheirReports() {
    #expect(TimelineMemo.fit([-1, 0, -1, 1, 0], count: 5))
    #expect(!TimelineMemo.fit([-1, 0], count: 3))
    #expect(!TimelineMemo.fit([0], count: 1))  // no event before it
    #expect(!TimelineMemo.fit([-1, 1], count: 2))
    #expect(!TimelineMemo.fit([-2], count: 1))
  }
}
