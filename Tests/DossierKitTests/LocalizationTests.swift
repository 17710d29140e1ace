import DefaultTemplates
import Foundation
import Testing

@testable import DossierKit

@Suite("Interface language")
struct LocalizationTests {
  @Test func frenchAndEnglishTablesHaveTheSameKeys() {
    let french = Set(Localization.french.keys)
    let english = Set(Localization.english.keys)
    #expect(french.subtracting(english).isEmpty, "only in French: \(french.subtracting(english).sorted())")
    #expect(english.subtracting(french).isEmpty, "only in English: \(english.subtracting(french).sorted())")
  }

  @Test func everyStringTheTemplatesUseExists() {
    let regex = try! NSRegularExpression(pattern: #"\{\{\s*t\.([A-Za-z0-9_.]+)\s*\}\}"#)
    for (path, text) in DefaultTemplates.files where path.hasSuffix(".mustache") {
      for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        let key = String(text[Range(match.range(at: 1), in: text)!])
        #expect(Localization.french[key] != nil, "\(path) uses t.\(key), missing from the tables")
      }
    }
  }

  /// Words in a template would be the same in every language: the templates hold markup,
  /// data and `t.` strings only. Symbols (· → …) are allowed.
  @Test func templatesHoldNoWordsOfTheirOwn() {
    for (path, text) in DefaultTemplates.files where path.hasSuffix(".mustache") {
      var visible = text.replacingOccurrences(
        of: #"\{\{[^}]*\}\}\}?"#, with: " ", options: .regularExpression)
      visible = visible.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
      let words = visible.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
      #expect(words.isEmpty, "\(path) has interface words outside the string tables: \(words)")
    }
  }

  @Test func countsAgreeInNumber() {
    let french = Localization(.fr)
    let english = Localization(.en)
    #expect(french.count(0, "event") == "0\u{A0}événement")
    #expect(french.count(1, "event") == "1\u{A0}événement")
    #expect(french.count(2, "event") == "2\u{A0}événements")
    #expect(english.count(0, "event") == "0\u{A0}events")
    #expect(english.count(1, "event") == "1\u{A0}event")
    #expect(french.quoted("hier") == "«\u{202F}hier\u{202F}»")
    #expect(english.quoted("yesterday") == "“yesterday”")
  }

  /// A French dossier's pages show no English interface string (the English article's own
  /// text aside), and passages from the English article carry `lang="en"`.
  @Test func aFrenchDossierHasAFrenchInterfaceAndMarksEnglishPassages() throws {
    let (dossier, output) = try SyntheticDossier.build()
    defer { dossier.remove() }
    let english = Localization.english.filter { key, value in
      value != Localization.french[key] && value.count >= 6 && !key.hasPrefix("quote")
    }
    for (path, data) in TestDossier.snapshot(output) where path.hasSuffix(".html") {
      let page = String(decoding: data, as: UTF8.self)
      #expect(page.contains("<html lang=\"fr\""), "\(path)")
      let text = visibleText(page)
      for (key, value) in english
      where text.range(
        of: "\\b" + NSRegularExpression.escapedPattern(for: value) + "\\b", options: .regularExpression)
        != nil
      {
        Issue.record("\(path) shows the English interface string \(key): \(value)")
      }
    }
    let article = try String(
      contentsOf: output.appending(path: "articles/bridge-deck/index.html"), encoding: .utf8)
    #expect(article.contains("<h1 lang=\"en\">Ville-Fictive bridge deck in place</h1>"))
    #expect(article.contains("<div class=\"article-body\" lang=\"en\">"))
    #expect(
      article.contains("<time datetime=\"2022-05-04\">4\u{A0}mai 2022</time>"),
      "dates in the dossier's language")
    let home = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
    #expect(home.contains("<a href=\"articles/bridge-deck/index.html\" lang=\"en\">"))
    #expect(home.contains("<a href=\"articles/pont-inaugure/index.html\">"), "French titles need no lang")
    let entity = try String(
      contentsOf: output.appending(path: "entities/iouri-modelov/index.html"), encoding: .utf8)
    #expect(entity.contains("<blockquote class=\"quote\" lang=\"en\">"))
    #expect(entity.contains("<blockquote class=\"quote\"><p>"))
  }

  /// What a reader sees or hears of a page: its text and its attributes meant for people.
  func visibleText(_ html: String) -> String {
    var text = html
    for (pattern, replacement) in [
      (#"(?s)<(script|style)[^>]*>.*?</\1>"#, " "),
      (#"(?:alt|title|aria-label|placeholder|content|data-[a-z]+)="([^"]*)""#, " $1 "),
      (#"<[^>]*>"#, " "),
    ] {
      text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
    }
    return text
  }

  @Test func anEnglishDossierHasAnEnglishInterface() throws {
    let dossier = try TestDossier(
      config: "title: \"Synthetic dossier\"\nlanguage: en\n",
      articles: [
        "reunion.md": TestDossier.sampleArticle.replacingOccurrences(
          of: "date: 2022-11-07", with: "date: 2022-11-07\nlang: fr")
      ])
    defer { dossier.remove() }
    try dossier.build()
    let home = try dossier.read("Public/index.html")
    #expect(home.contains("<html lang=\"en\""))
    #expect(home.contains(">Latest articles</h2>"))
    #expect(home.contains("1\u{A0}article from 1\u{A0}outlet, 7\u{A0}November 2022."))
    let article = try dossier.read("Public/articles/reunion/index.html")
    #expect(article.contains("<h1 lang=\"fr\">Une réunion à Exempleville</h1>"))
    #expect(!article.contains("Accueil"))
  }
}
