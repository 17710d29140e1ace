import Foundation
import Testing

@testable import DossierKit

/// The law: every sentence of the article, minus what the report lists as removed,
/// appears in order in the text of the rendered HTML.
@Suite struct ImportLawTests {
  @Test(arguments: [ImportFixtures.seed000, ImportFixtures.seed002])
  func holdsOnTheSeeds(name: String) throws {
    let result = try ImportFixtures.importSeed(name, ImportOptions())
    #expect(ImportLaw.verify(original: result.sourceText, result: result) == [])
  }

  /// Property test over SYNTHETIC articles with injected noise: ad markers, repeated
  /// captions with other apostrophes, paragraphs repeated, sentences split after « M. »,
  /// lost spaces, stray whitespace, Markdown syntax, CRLF, and reader comments.
  @Test func holdsOnGeneratedNoisyArticles() throws {
    var commentsFound = 0
    var commentsInjected = 0
    for seed in UInt64(1)...300 {
      let synthetic = SyntheticArticle.make(seed: seed)
      let result = try ArticleImporter.importData(
        Data(synthetic.raw.utf8), fileName: "synthetic-\(seed).txt", options: ImportOptions())
      let lost = ImportLaw.verify(original: result.sourceText, result: result)
      #expect(lost.isEmpty, "seed \(seed) lost: \(lost)\n\(synthetic.raw)")
      // Injected noise is gone: boilerplate entirely, repeats down to one copy.
      let bodyKey = TypographicKey.make(ImportLaw.renderedText(result.article.body))
      for line in synthetic.noiseLines {
        let key = TypographicKey.make(line)
        let copies = bodyKey.components(separatedBy: key).count - 1
        #expect(copies <= 1, "seed \(seed): noise kept \(copies) times: \(line)")
      }
      #expect(!result.article.body.contains("[ad_"), "seed \(seed)")
      if let line = synthetic.commentsLine {
        commentsInjected += 1
        if result.report.commentsLine == line { commentsFound += 1 }
      } else {
        #expect(result.report.commentsLine == nil, "seed \(seed): comments found in an article without any")
      }
    }
    #expect(
      commentsFound == commentsInjected, "\(commentsFound) of \(commentsInjected) comment sections found")
  }

  @Test func catchesALostSentence() throws {
    let text = "Le pont de Quaxville a rouvert.\n\nLa fête aura lieu en juin.\n\nLe maire sera là."
    var result = try ImportFixtures.run(text)
    result.article.body = result.article.body.replacingOccurrences(of: "La fête aura lieu en juin.", with: "")
    #expect(ImportLaw.verify(original: text, result: result) == ["line 3: La fête aura lieu en juin."])
  }

  @Test func catchesSentencesOutOfOrder() throws {
    let text = "Le pont de Quaxville a rouvert.\n\nLa fête aura lieu en juin."
    var result = try ImportFixtures.run(text)
    result.article.body = "La fête aura lieu en juin.\n\nLe pont de Quaxville a rouvert."
    #expect(!ImportLaw.verify(original: text, result: result).isEmpty)
  }

  @Test func catchesAFalseRepeat() throws {
    let text = "Le pont de Quaxville a rouvert.\n\nLa fête aura lieu en juin."
    var result = try ImportFixtures.run(text)
    result.report.removed.append(
      RemovedItem(line: 3, kind: .repeated, text: "La fête aura lieu en juin.", keptLine: 1))
    result.article.body = "Le pont de Quaxville a rouvert."
    #expect(ImportLaw.verify(original: text, result: result).contains { $0.contains("no copy is left") })
  }
}
