import Foundation
import Testing

@testable import DossierKit

@Suite("Article files and front matter")
struct ArticleFileTests {
  func parse(_ text: String) throws -> (article: Article, notices: [Notice]) {
    try ArticleFile.parse(text, file: "Content/articles/a.md", slug: "a", defaultLanguage: .fr)
  }

  func error(_ text: String) -> String {
    do {
      _ = try parse(text)
      return "no error"
    } catch {
      return String(describing: error)
    }
  }

  @Test func readsAllFields() throws {
    let (article, notices) = try parse(
      """
      ---
      title: "Un titre : avec deux-points"
      date: 2022-11-07
      source: Le Journal
      url: https://example.org/x
      lang: en
      authors: [A. Writer, B. Writer]
      ---
      Body line.

      <!-- dossier:comments -->

      A comment.
      """)
    #expect(article.title == "Un titre : avec deux-points")
    #expect(article.date == CalendarDate(year: 2022, month: 11, day: 7))
    #expect(article.source == "Le Journal")
    #expect(article.lang == .en)
    #expect(article.authors == ["A. Writer", "B. Writer"])
    #expect(article.body == "Body line.\n")
    #expect(article.bodyLine == 9)
    #expect(article.comments?.contains("A comment.") == true)
    #expect(notices.isEmpty)
  }

  /// The `---` and comments-marker lines are recognised as Foundation's trimming would
  /// (ASCII lines are trimmed by hand).
  @Test func separatorLinesAreTrimmedAsFoundationTrims() {
    let lines = [
      "---", " --- ", "\t---\t", "--- x", "----", "-- -", "\u{A0}---", "---\u{2003}", "---\r", "", " ",
      "<!-- dossier:comments -->", "  <!-- dossier:comments -->\t", "<!-- dossier:comments --> !",
    ]
    for line in lines {
      for target in ["---", ArticleFile.commentsMarker] {
        #expect(
          ArticleFile.isLine(Substring(line), target)
            == (line.trimmingCharacters(in: .whitespaces) == target), "\(line.debugDescription)")
      }
    }
  }

  @Test func missingTitleIsLocated() {
    #expect(error("---\ndate: 2022-11-07\n---\nText").hasPrefix("Content/articles/a.md:"))
    #expect(error("---\ndate: 2022-11-07\n---\nText").contains("missing required field `title`"))
  }

  @Test func wrongDateTypeNamesLineAndValue() {
    let message = error("---\ntitle: T\ndate: yesterday\n---\nText")
    #expect(message.hasPrefix("Content/articles/a.md:3: error:"))
    #expect(message.contains("`date` must be a date like 2022-11-07, not `yesterday`"))
  }

  @Test func malformedYAMLGivesTheFileLine() {
    let message = error("---\ntitle: T\ndate: 2022-11-07\nsource: [unclosed\n---\nText")
    #expect(message.hasPrefix("Content/articles/a.md:"))
    #expect(message.contains("invalid YAML"))
  }

  @Test func missingFrontMatterIsExplained() {
    #expect(error("Just text").contains("missing front matter"))
    #expect(error("---\ntitle: T\nText without closing").contains("not closed"))
  }

  @Test func unknownKeyWarnsWithClosestKnown() throws {
    let (_, notices) = try parse("---\ntitle: T\ndate: 2022-11-07\nsoruce: X\n---\nText")
    #expect(
      notices.map(\.description) == [
        "Content/articles/a.md:4: warning: unknown key `soruce` is ignored; did you mean `source`?"
      ])
  }

  @Test func hugoTaxonomyListsAreAcceptedQuietly() throws {
    let (article, notices) = try parse(
      "---\ntitle: T\ndate: 2022-11-07\npeople: [A B]\nplaces: [C]\ntags: [d]\n---\nText")
    #expect(notices.isEmpty)
    #expect(article.body.contains("Text"))
  }

  @Test func onlyWebAddressesAsURL() {
    #expect(error("---\ntitle: T\nurl: javascript:alert(1)\n---\nx").contains("must be an http(s) address"))
  }

  @Test func renderRoundTrips() throws {
    let original = Article(
      slug: "a", file: "Content/articles/a.md", title: "Quote \" and \\ and: colon",
      date: CalendarDate(year: 2022, month: 2, day: 24),
      source: "Source #1", url: "https://example.org/?a=1&b=2", lang: .fr, authors: ["X"], draft: true,
      body: "Text.\n", comments: "Comment.\n")
    let (parsed, _) = try parse(ArticleFile.render(original))
    #expect(parsed.title == original.title)
    #expect(parsed.date == original.date)
    #expect(parsed.source == original.source)
    #expect(parsed.url == original.url)
    #expect(parsed.draft)
    #expect(parsed.body.trimmingCharacters(in: .newlines) == "Text.")
    #expect(parsed.comments?.trimmingCharacters(in: .newlines) == "Comment.")
  }

  @Test func configReadsAndValidates() throws {
    let (config, _) = try DossierConfig.parse("title: T\nlanguage: fr\nbase_url: https://h.example/p")
    #expect(config.language == .fr)
    #expect(config.baseURL == "https://h.example/p/")
    #expect(throws: DossierError.self) { try DossierConfig.parse("title: T\nlanguage: de") }
  }
}

@Suite("Calendar dates")
struct CalendarDateTests {
  @Test func isoFormIsZeroPaddedAtItsPrecision() {
    #expect(CalendarDate(year: 2022, month: 3, day: 4).iso == "2022-03-04")
    #expect(CalendarDate(year: 987, month: 11).iso == "0987-11")
    #expect(CalendarDate(year: 12345).iso == "12345")
    #expect(CalendarDate(year: -5).iso == "-005")
    #expect(
      CalendarDate(iso: CalendarDate(year: 44, month: 1, day: 9).iso)
        == CalendarDate(year: 44, month: 1, day: 9))
  }
}
