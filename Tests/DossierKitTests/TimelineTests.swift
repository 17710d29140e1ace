import Testing

@testable import DossierKit

/// Merging dated sentences of several articles into one timeline. All articles here are
/// SYNTHETIC: Quillmark, Orvane and their mayors are made up.
@Suite struct TimelineTests {
  /// `entities`: those of the article's first sentence.
  static func article(
    _ slug: String, _ markdown: String, published: CalendarDate?, entities: [String] = []
  ) -> TimelineArticle {
    let sentences = ArticleText(markdown: markdown).sentences
    let dates = DateResolver(language: .fr).resolve(sentences: sentences, published: published)
    return TimelineArticle(
      slug: slug, published: published, sentences: sentences, dates: dates,
      entities: [entities])
  }

  static let nov7 = CalendarDate(year: 2022, month: 11, day: 7)
  static let nov8 = CalendarDate(year: 2022, month: 11, day: 8)

  @Test func eventsAreChronologicalWithTheirSentenceAndAnchor() {
    let events = Timeline.events(from: [
      Self.article(
        "orvane-vote", "Le conseil d’Orvane a voté vendredi.\n\nLe maire avait été élu en juin 2021.",
        published: Self.nov7)
    ])
    #expect(events.map(\.date.iso) == ["2021-06", "2022-11-04"])
    #expect(events[0].text == "Le maire avait été élu en juin 2021.")
    #expect(events[0].anchor == ArticleText.anchor(of: "Le maire avait été élu en juin 2021."))
    #expect(events[0].expression == "en juin 2021")
    #expect(events[1].article == "orvane-vote")
    let bytes = Array(events[1].text.utf8)
    #expect(String(decoding: bytes[events[1].expressionRange], as: UTF8.self) == "vendredi")
  }

  @Test func theSameEventInTwoArticlesAppearsOnceCitingBoth() {
    let first = Self.article(
      "courrier", "La maire de Quillmark a démissionné vendredi après le vote du budget municipal.",
      published: Self.nov7)
    let second = Self.article(
      "gazette", "Après le vote du budget municipal, la maire de Quillmark a démissionné vendredi soir.",
      published: Self.nov8)
    let events = Timeline.events(from: [second, first])
    #expect(events.count == 1)
    #expect(events[0].article == "courrier")  // the earliest article leads
    #expect(events[0].alsoReportedBy.map(\.article) == ["gazette"])
    #expect(
      events[0].alsoReportedBy[0].anchor
        == ArticleText.anchor(
          of: "Après le vote du budget municipal, la maire de Quillmark a démissionné vendredi soir."))
  }

  @Test func sharedEntitiesOnTheSameDayMakeOneEvent() {
    let first = Self.article(
      "courrier", "Ysolde Varn a quitté la mairie vendredi.", published: Self.nov7,
      entities: ["ysolde-varn"])
    let second = Self.article(
      "gazette", "Coup de théâtre à Quillmark : l’édile s’en va, a-t-on appris vendredi.",
      published: Self.nov7,
      entities: ["ysolde-varn", "quillmark"])
    let events = Timeline.events(from: [first, second])
    #expect(events.count == 1)
    #expect(events[0].entities == ["ysolde-varn", "quillmark"])
  }

  @Test func differentThingsOnTheSameDateStayApart() {
    let first = Self.article(
      "courrier", "Le pont de Quillmark a été fermé vendredi pour travaux.", published: Self.nov7,
      entities: ["quillmark"])
    let second = Self.article(
      "gazette", "La foire aux chevaux d’Orvane a ouvert ses portes vendredi.", published: Self.nov7,
      entities: ["orvane"])
    #expect(Timeline.events(from: [first, second]).count == 2)
  }

  @Test func yearsAreTooCoarseToMerge() {
    let first = Self.article(
      "courrier", "Orvane a annexé la vallée de Quillmark en 2014.", published: Self.nov7)
    let second = Self.article(
      "gazette", "Orvane a annexé la vallée de Quillmark en 2014.", published: Self.nov8)
    #expect(Timeline.events(from: [first, second]).count == 2)
  }

  @Test func aCaptionRepeatedInOneArticleGivesOneEvent() {
    let caption = "Les secours interviennent à l'entrée de Quillmark dimanche"
    let events = Timeline.events(from: [
      Self.article(
        "courrier", "\(caption)\n\n\(caption.replacingOccurrences(of: "'", with: "’"))", published: Self.nov7)
    ])
    #expect(events.count == 1)
    #expect(events[0].alsoReportedBy.isEmpty)
  }

  @Test func oneSentenceGivesOneEventPerDate() {
    let events = Timeline.events(from: [
      Self.article(
        "courrier", "Le festival d’Orvane, prévu du 3 au 5 mars 2023, a été annoncé vendredi.",
        published: Self.nov7)
    ])
    #expect(events.map(\.date.iso) == ["2022-11-04", "2023-03-03"])
    let twice = Timeline.events(from: [
      Self.article(
        "courrier", "Le maire a parlé vendredi, puis vendredi soir il a démissionné.", published: Self.nov7)
    ])
    #expect(twice.map(\.date.iso) == ["2022-11-04"])
  }

  @Test func sameDateSortsByPublicationThenUndatedLast() {
    let undated = Self.article("a-undated", "Orvane a annexé la vallée en 2014.", published: nil)
    let late = Self.article("b-late", "La vallée est passée à Orvane en 2014.", published: Self.nov8)
    let early = Self.article("c-early", "Orvane contrôle la vallée depuis 2014.", published: Self.nov7)
    #expect(
      Timeline.events(from: [undated, late, early]).map(\.article) == ["c-early", "b-late", "a-undated"])
  }
}

/// The timeline sorts reports by number keys; they must give `Report.precedes`'s order.
@Suite struct TimelineOrderTests {
  @Test func orderKeysSortLikeComparingTheReports() {
    var random = SeededRandom(seed: 8)
    let slugs = ["a", "b", "é-article", "z", "ab"]
    func date() -> CalendarDate {
      let year = Int.random(in: 2019...2021, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0: return CalendarDate(year: year)
      case 1: return CalendarDate(year: year, month: Int.random(in: 1...12, using: &random))
      default:
        return CalendarDate(
          year: year, month: Int.random(in: 1...12, using: &random),
          day: Int.random(in: 1...28, using: &random))
      }
    }
    let reports = (0..<300).map { _ in
      let lower = Int.random(in: 0..<3, using: &random)
      return Timeline.Report(
        published: Bool.random(using: &random) ? date() : nil,
        slug: slugs.randomElement(using: &random)!, position: Int.random(in: 0..<3, using: &random),
        resolved: ResolvedDate(sentenceAnchor: "s", range: lower..<lower + 1, expression: "x", date: date()),
        text: "", entities: [], words: [])
    }
    let rank = Dictionary(uniqueKeysWithValues: Set(slugs).sorted().enumerated().map { ($1, $0) })
    func key(_ report: Timeline.Report) -> Timeline.ReportOrder {
      Timeline.ReportOrder(
        date: Timeline.orderKey(report.resolved.date),
        published: report.published.map(Timeline.orderKey) ?? .max, slug: rank[report.slug]!,
        position: report.position, offset: report.resolved.range.lowerBound)
    }
    var disagreements = 0
    for a in reports {
      for b in reports where (key(a) < key(b)) != Timeline.Report.precedes(a, b) { disagreements += 1 }
    }
    #expect(disagreements == 0)
  }
}
