import Foundation
import Testing

@testable import DossierKit

/// Whole SYNTHETIC pages in common layouts (see Fixtures/synthetic/README.md), imported end
/// to end: the checks that the importer works beyond the two seeds.
@Suite struct ImportLayoutTests {
  func load(_ name: String) throws -> ImportResult {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/synthetic"))
    let result = try ArticleImporter.importData(
      Data(contentsOf: url), fileName: name + ".txt", options: ImportOptions())
    #expect(ImportLaw.verify(original: result.sourceText, result: result) == [])
    return result
  }

  @Test func englishNewsSite() throws {
    let result = try load("en_news_site")
    #expect(result.article.title == "Vrelland mayor resigns after bridge funding row")
    #expect(result.article.lang == .en)
    #expect(result.article.date?.iso == "2020-06-22")
    #expect(
      result.report.removed.map(\.kind) == [
        .titleLine, .publicationLine, .sharePrompt, .sharePrompt, .adMarker, .photoCredit,
        .photoCredit, .repeated, .subscriptionNotice, .readMore, .commentPrompt, .commentPrompt,
        .commentPrompt,
      ])
    // The caption lost its credit and its twin, and is kept once, as a caption.
    #expect(result.report.captions == [13])
    #expect(
      result.article.body.contains("\n\n*Osk Delvander leaves the town hall in Vrelland on Monday.*\n\n"))
    #expect(result.article.body.contains("Mr. Rolavec, the deputy mayor"))
    #expect(result.article.body.contains("by 2019. It is now expected"))
    #expect(result.report.commentsLine == 27)
    #expect(result.article.comments?.hasPrefix("I live in Vrelland") == true)
  }

  @Test func frenchPaywalledDaily() throws {
    let result = try load("fr_paywalled_daily")
    #expect(result.article.title == "Démission surprise du maire de Quaxville")
    #expect(
      result.report.removed.map(\.kind) == [
        .titleLine, .publicationLine, .readMore, .subscriptionNotice, .subscriptionNotice,
      ])
    // The quotation closes with its own marks; the paper's next sentence is its own.
    #expect(
      result.report.quotations.map { [$0.intro, $0.lines.lowerBound, $0.lines.upperBound] } == [[8, 9, 9]])
    #expect(
      result.article.body.hasSuffix(
        "> « Le pont de Quaxville coûtera deux fois plus que prévu. Personne n’ose le dire. »\n\nSelon la préfecture, une élection partielle aura lieu en septembre."
      ))
    // The byline stays plain text, not a caption.
    #expect(result.report.captions.isEmpty)
    #expect(result.report.commentsLine == nil)
  }

  @Test func frenchBlogWithComments() throws {
    let result = try load("fr_blog_with_comments")
    #expect(result.article.url == "https://blog-de-quaxville.example/2020/06/22/le-pont-fiasco/")
    #expect(result.article.date?.iso == "2020-06-22")
    #expect(result.report.commentsLine == 13)
    #expect(result.article.body.hasSuffix("À suivre."))
    // Commenters' names and times stay with their comments: they are the evidence of who said it.
    #expect(result.article.comments?.hasPrefix("Jean-Pierre dit :\n\n22 juin 2020 à 14 h 32 min") == true)
    #expect(
      result.report.removed.map(\.kind) == [
        .titleLine, .sourceURL, .commentPrompt, .commentPrompt, .commentPrompt,
      ])
  }
}
