import Foundation
import Testing

@testable import DossierKit

@Suite("Visual timeline")
struct TimelineChartTests {
  /// A synthetic event on `date`.
  func event(_ date: CalendarDate, _ text: String = "Texte synthétique.") -> DossierGraph.Event {
    DossierGraph.Event(
      date: date, expression: "", text: text, article: "a", anchor: "s1-1", entities: [], alsoReportedBy: [])
  }

  func makeChart(_ events: [DossierGraph.Event], language: Language = .fr, byMonth: Bool = true)
    -> TimelineChart?
  {
    TimelineChart.make(
      events: events, byMonth: byMonth, localization: Localization(language),
      href: {
        "#t"
          + ($0.date.month == nil
          ? CalendarDate(year: $0.date.year) : CalendarDate(year: $0.date.year, month: $0.date.month)).iso
      })
  }

  @Test func monthsFormAContinuousAxisWithEmptyMonthsShown() throws {
    let chart = try #require(
      makeChart([
        event(CalendarDate(year: 2021, month: 11, day: 3)), event(CalendarDate(year: 2022, month: 2)),
        event(CalendarDate(year: 2022, month: 2, day: 20)),
      ]))
    #expect(chart.columns.map(\.label) == ["novembre 2021", "décembre 2021", "janvier 2022", "février 2022"])
    #expect(chart.columns.map(\.count) == [1, 0, 0, 2])
    #expect(chart.columns.map(\.href) == ["#t2021-11", nil, nil, "#t2022-02"])
    #expect(chart.columns.map(\.tick) == ["N", "D", "J", "F"])
    #expect(chart.columns.map(\.year) == ["2021", nil, "2022", nil], "the year under its first column")
    #expect(chart.drawsMarks && chart.columns[3].marks.count == 2)
    #expect(chart.columns[3].description == "février 2022\u{A0}: 2\u{A0}événements")
    #expect(chart.caption.hasPrefix("3\u{A0}événements datés, 3\u{A0}novembre 2021 – 20\u{A0}février 2022."))
  }

  @Test func eventsKnownOnlyToTheYearHaveTheirOwnColumn() throws {
    let chart = try #require(
      makeChart([event(CalendarDate(year: 2022)), event(CalendarDate(year: 2022, month: 3, day: 1))]))
    #expect(chart.columns.map(\.label) == ["2022", "mars 2022"])
    #expect(chart.columns.map(\.href) == ["#t2022", "#t2022-03"])
  }

  @Test func longSpansUseYearsAndShrinkLongGaps() throws {
    let chart = try #require(
      makeChart([
        event(CalendarDate(year: 1990, month: 5)), event(CalendarDate(year: 2020, month: 1, day: 2)),
        event(CalendarDate(year: 2021, month: 7)), event(CalendarDate(year: 2023, month: 1)),
      ]))
    #expect(chart.columns.map(\.label) == ["1990", "années sans événement", "2020", "2021", "2022", "2023"])
    #expect(chart.columns[1].isGap && chart.columns[1].href == nil)
    #expect(chart.columns[4].count == 0, "a short run of empty years stays on the axis")
    #expect(chart.columns[2].href == "#t2020-01", "a year column leads to its first event's section")
    #expect(chart.caption.contains("Chaque colonne est une année"))
  }

  @Test func yearGroupingGivesYearColumns() throws {
    let chart = try #require(
      makeChart(
        [event(CalendarDate(year: 2021, month: 3)), event(CalendarDate(year: 2022, month: 1))], byMonth: false
      ))
    #expect(chart.columns.map(\.label) == ["2021", "2022"])
  }

  @Test func crowdedMonthsBecomeBarsScaledToTheFullest() throws {
    let many = (1...20).map { event(CalendarDate(year: 2022, month: 1, day: $0)) }
    let few = (1...5).map { event(CalendarDate(year: 2022, month: 3, day: $0)) }
    let chart = try #require(makeChart(many + few))
    #expect(!chart.drawsMarks)
    #expect(chart.columns.map(\.barHeight) == [100, nil, 25])
    #expect(chart.columns.allSatisfy { $0.marks.isEmpty })
    #expect(chart.caption.contains("La hauteur d’une colonne suit son nombre d’événements."))
  }

  @Test func englishDossiersGetAnEnglishChart() throws {
    let chart = try #require(makeChart([event(CalendarDate(year: 2022, month: 5, day: 2))], language: .en))
    #expect(chart.columns[0].description == "May 2022: 1\u{A0}event")
    #expect(chart.caption.hasPrefix("1\u{A0}event with a date, 2\u{A0}May 2022."))
  }

  @Test func noEventsNoChart() {
    #expect(makeChart([]) == nil)
  }

  /// On the built page: every column link lands on a section of the list, each link has
  /// a readable description, and the figure has its caption.
  @Test func timelinePageChartLinksToItsSections() throws {
    let (dossier, output) = try SyntheticDossier.build()
    defer { dossier.remove() }
    let page = try String(contentsOf: output.appending(path: "timeline/index.html"), encoding: .utf8)
    #expect(page.contains("<figure class=\"timeline-chart"))
    #expect(page.contains("<figcaption>8\u{A0}événements datés, septembre 2021 – 2023."))
    let targets = matches(of: ##"class="chart-stack" href="#([^"]+)""##, in: page)
    #expect(targets.count == 7, "one link per month (or year) with events")
    for target in targets { #expect(page.contains("id=\"\(target)\""), "no section \(target)") }
    #expect(page.contains("<span class=\"visually-hidden\">mars 2022\u{A0}: 2\u{A0}événements</span>"))
    let home = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
    #expect(
      home.contains("href=\"timeline/index.html#t2022-03\""), "the home page's chart leads to the timeline")
  }

  func matches(of pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
