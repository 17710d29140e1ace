import Foundation
import Testing

@testable import DossierKit

/// Scores the date engine (recogniser + resolver) against hand-checked tables: every
/// expected date must be found with the right words and the right date, and nothing else
/// may be found. Prints the figures (correct / total, spurious).
///
/// - `Fixtures/seed-dates.tsv`: every date expression of the two real seed articles' bodies,
///   published 2022-11-07.
/// - `Fixtures/synthetic-dates.tsv`: two SYNTHETIC articles (made-up places, people and
///   events, one French, one English) published 2023-03-15, which guard the rules against
///   fitting the seeds.
@Suite struct DateQualityScoreTests {
  struct Row: Hashable, CustomStringConvertible {
    var article: String
    var paragraph: Int
    var expression: String
    var date: String
    var description: String { "\(article) ¶\(paragraph) «\(expression)» → \(date)" }
  }

  struct Score {
    var correct: Int
    var total: Int
    var missed: [Row]
    var spurious: [Row]
  }

  static func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return try String(contentsOf: url, encoding: .utf8)
  }

  static func expectedRows(_ table: String) throws -> [Row] {
    try fixture(table).components(separatedBy: "\n")
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
      .map { line in
        let fields = line.components(separatedBy: "\t")
        return Row(article: fields[0], paragraph: Int(fields[1])!, expression: fields[2], date: fields[3])
      }
  }

  /// The resolved dates of an article, numbered by paragraph (text block) from 1.
  static func foundRows(article: String, markdown: String, language: Language, published: CalendarDate)
    -> [Row]
  {
    let text = ArticleText(markdown: markdown)
    let resolved = DateResolver(language: language).resolve(sentences: text.sentences, published: published)
    let blockOf = Dictionary(text.sentences.map { ($0.anchor, $0.block) }, uniquingKeysWith: { a, _ in a })
    return resolved.map {
      Row(
        article: article, paragraph: blockOf[$0.sentenceAnchor]! + 1, expression: $0.expression,
        date: $0.date.iso)
    }
  }

  static func score(expected rows: [Row], found: [Row]) -> Score {
    let expected = rows.filter { $0.date != "-" }
    var unmatched = found
    var missed: [Row] = []
    for row in expected {
      if let index = unmatched.firstIndex(of: row) { unmatched.remove(at: index) } else { missed.append(row) }
    }
    return Score(
      correct: expected.count - missed.count, total: expected.count, missed: missed, spurious: unmatched)
  }

  static func report(_ name: String, _ score: Score) {
    print("\(name): \(score.correct)/\(score.total) correct, \(score.spurious.count) spurious")
    for row in score.missed { print("  missed:   \(row)") }
    for row in score.spurious { print("  spurious: \(row)") }
  }

  // MARK: Seeds

  /// The seeds' reader comments start at this line (1-based); they are not the article's words.
  static let commentsStartLine = ["000_27e3efcf9b359d0d.txt": 15]

  /// The article body as Markdown paragraphs: the non-empty lines without ad markers,
  /// "Source link" and the reader comments.
  static func seedBody(_ name: String) throws -> String {
    var lines = try fixture(name).components(separatedBy: "\n")
    if let start = commentsStartLine[name] { lines = Array(lines.prefix(start - 1)) }
    return
      lines.filter { line in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !(trimmed.hasPrefix("[ad_") && trimmed.hasSuffix("]"))
          && !trimmed.hasPrefix("Source link")
      }
      .joined(separator: "\n\n")
  }

  @Test func seedDatesMatchTheHandCheckedTable() throws {
    let published = CalendarDate(year: 2022, month: 11, day: 7)
    var found: [Row] = []
    for (article, file) in [("000", "000_27e3efcf9b359d0d.txt"), ("002", "002_38acd0b55b83060e.txt")] {
      found += Self.foundRows(
        article: article, markdown: try Self.seedBody(file), language: .fr, published: published)
    }
    let score = Self.score(expected: try Self.expectedRows("seed-dates.tsv"), found: found)
    Self.report("seed dates", score)
    #expect(score.missed.isEmpty, "missed: \(score.missed)")
    #expect(score.spurious.isEmpty, "spurious: \(score.spurious)")
  }

  // MARK: Synthetic articles

  @Test func syntheticDatesMatchTheHandCheckedTable() throws {
    let published = CalendarDate(year: 2023, month: 3, day: 15)
    var found: [Row] = []
    for (article, language) in [("fr", Language.fr), ("en", Language.en)] {
      let markdown = try Self.fixture("synthetic-article-\(article).md")
      found += Self.foundRows(article: article, markdown: markdown, language: language, published: published)
    }
    let score = Self.score(expected: try Self.expectedRows("synthetic-dates.tsv"), found: found)
    Self.report("synthetic dates", score)
    #expect(score.missed.isEmpty, "missed: \(score.missed)")
    #expect(score.spurious.isEmpty, "spurious: \(score.spurious)")
  }
}
