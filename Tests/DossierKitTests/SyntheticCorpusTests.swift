import Foundation
import SyntheticCorpus
import Testing

@testable import DossierKit

/// The benchmark's corpus generator: its output must be reproducible (a seed names one
/// corpus) and must be a dossier that `dossier build` reads without complaint.
@Suite("Synthetic benchmark corpus")
struct SyntheticCorpusTests {
  @Test func theSameSeedGivesTheSameArticles() {
    let first = CorpusGenerator(articles: 50, seed: 7)
    let second = CorpusGenerator(articles: 50, seed: 7)
    let other = CorpusGenerator(articles: 50, seed: 8)
    for index in [0, 17, 49] {
      #expect(first.article(index) == second.article(index))
      #expect(first.article(index).fileText != other.article(index).fileText)
    }
  }

  @Test func articlesParseAsDossierArticles() throws {
    let generator = CorpusGenerator(articles: 200)
    var withComments = 0
    for index in 0..<200 {
      let synthetic = generator.article(index)
      let (article, _) = try ArticleFile.parse(
        synthetic.fileText, file: synthetic.fileName, slug: "a", defaultLanguage: .fr)
      #expect(article.title == synthetic.title)
      #expect(article.date?.iso == synthetic.date.iso)
      #expect(article.source == synthetic.source)
      #expect(
        (400...900).contains(synthetic.wordCount), "\(synthetic.fileName): \(synthetic.wordCount) words")
      #expect(!synthetic.people.isEmpty && !synthetic.organizations.isEmpty && !synthetic.places.isEmpty)
      if let comments = synthetic.comments {
        withComments += 1
        #expect(article.comments?.contains(comments) == true)
        #expect(!article.body.contains("Lecteur"), "comments stay out of the body")
      }
    }
    #expect(withComments > 0)
    #expect(CorpusGenerator.commentsMarker == ArticleFile.commentsMarker)
  }

  @Test func popularityIsSkewed() {
    let generator = CorpusGenerator(articles: 400)
    var appearances: [String: Int] = [:]
    for index in 0..<400 {
      for name in generator.article(index).people { appearances[name, default: 0] += 1 }
    }
    let top = appearances[generator.pools.people[0].fullName] ?? 0
    let rank100 = appearances[generator.pools.people[100].fullName] ?? 0
    #expect(top >= 40, "the most popular person is in at least a tenth of the articles")
    #expect(top > 5 * max(rank100, 1))
  }

  @Test func poolNamesAreUnique() {
    let pools = CorpusGenerator(articles: 2000).pools
    #expect(Set(pools.people.map(\.fullName)).count == pools.people.count)
    #expect(Set(pools.organizations.map(\.name)).count == pools.organizations.count)
    #expect(Set(pools.places).count == pools.places.count)
  }

  @Test func civilDayArithmetic() {
    let day = CivilDay(year: 2024, month: 2, day: 29)
    #expect(CivilDay(daysSinceEpoch: day.daysSinceEpoch) == day)
    #expect(day.adding(days: 1) == CivilDay(year: 2024, month: 3, day: 1))
    #expect(CivilDay(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
    #expect(CivilDay(year: 2024, month: 2, day: 29).weekday == 3)  // a Thursday
    #expect(day.iso == "2024-02-29")
  }

  @Test func aWrittenCorpusBuilds() throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "corpus-test-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let summary = try CorpusWriter.write(CorpusGenerator(articles: 20, seed: 3), to: root)
    #expect(summary.articles == 20)
    let report = try SiteBuild.run(BuildOptions(root: root))
    let pages = try FileManager.default.contentsOfDirectory(
      atPath: root.appending(path: "Public/articles").path)
    #expect(pages.count == 20)
    #expect(report.pages >= 20)
    // Writing again over an earlier corpus is allowed; over another folder it is not.
    _ = try CorpusWriter.write(CorpusGenerator(articles: 5, seed: 3), to: root)
    let articles = try FileManager.default.contentsOfDirectory(
      atPath: root.appending(path: "Content/articles").path)
    #expect(articles.count == 5)
    #expect(throws: CorpusError.self) {
      try CorpusWriter.write(CorpusGenerator(articles: 5), to: root.appending(path: "Public"))
    }
  }
}
