import Foundation
import Testing

@testable import DossierKit

/// Scores the date engine (recogniser + resolver) on the two real seed articles against the
/// hand-checked table `Fixtures/seed-dates.tsv`: every expected date must be found with the
/// right words and the right date, and nothing else may be found.
@Suite struct SeedDatesScoreTests {
  /// The seeds' reader comments start at this line (1-based); they are not the article's words.
  static let commentsStartLine = ["000_27e3efcf9b359d0d.txt": 15]
  static let published = CalendarDate(year: 2022, month: 11, day: 7)

  struct Row: Hashable, CustomStringConvertible {
    var article: String
    var paragraph: Int
    var expression: String
    var date: String
    var description: String { "\(article) ¶\(paragraph) «\(expression)» → \(date)" }
  }

  static func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// The article body as paragraphs: non-empty lines without ad markers, "Source link" and
  /// the reader comments.
  static func paragraphs(of name: String) throws -> [String] {
    var lines = try fixture(name).components(separatedBy: "\n")
    if let start = commentsStartLine[name] { lines = Array(lines.prefix(start - 1)) }
    return lines.filter { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return !trimmed.isEmpty && !(trimmed.hasPrefix("[ad_") && trimmed.hasSuffix("]"))
        && !trimmed.hasPrefix("Source link")
    }
  }

  static func expectedRows() throws -> [Row] {
    try fixture("seed-dates.tsv").components(separatedBy: "\n")
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
      .map { line in
        let fields = line.components(separatedBy: "\t")
        return Row(article: fields[0], paragraph: Int(fields[1])!, expression: fields[2], date: fields[3])
      }
  }

  static func foundRows(article: String, file: String) throws -> [Row] {
    let paragraphs = try paragraphs(of: file)
    let text = ArticleText(markdown: paragraphs.joined(separator: "\n\n"))
    let blocks = Set(text.sentences.map(\.block))
    #expect(blocks.count == paragraphs.count, "each line should be one Markdown paragraph")
    let resolved = DateResolver(language: .fr).resolve(sentences: text.sentences, published: published)
    let blockOf = Dictionary(text.sentences.map { ($0.anchor, $0.block) }, uniquingKeysWith: { a, _ in a })
    return resolved.map {
      Row(
        article: article, paragraph: blockOf[$0.sentenceAnchor]! + 1, expression: $0.expression,
        date: $0.date.iso)
    }
  }

  @Test func seedTimelineMatchesTheHandCheckedTable() throws {
    let rows = try Self.expectedRows()
    let expected = rows.filter { $0.date != "-" }
    var found: [Row] = []
    found += try Self.foundRows(article: "000", file: "000_27e3efcf9b359d0d.txt")
    found += try Self.foundRows(article: "002", file: "002_38acd0b55b83060e.txt")

    var unmatched = found
    var missed: [Row] = []
    for row in expected {
      if let index = unmatched.firstIndex(of: row) { unmatched.remove(at: index) } else { missed.append(row) }
    }
    let correct = expected.count - missed.count
    print("seed dates: \(correct)/\(expected.count) correct, \(unmatched.count) spurious")
    for row in missed { print("  missed:   \(row)") }
    for row in unmatched { print("  spurious: \(row)") }
    #expect(missed.isEmpty, "missed: \(missed)")
    #expect(unmatched.isEmpty, "spurious: \(unmatched)")
  }
}
