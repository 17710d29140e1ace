import Foundation
import SyntheticCorpus
import Testing

@testable import DossierKit

/// A timeline with more events than `timeline_split` gets one page per month (or year) and
/// an overview; every event is still listed, once, and every link leads somewhere. The
/// dossier is the benchmark's SYNTHETIC corpus (invented articles).
@Suite("Timeline in pages")
struct TimelinePagesTests {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appending(path: "timeline-pages-\(UUID().uuidString)")
    _ = try CorpusWriter.write(CorpusGenerator(articles: 12, seed: 5), to: root)
  }

  func configure(_ lines: String) throws {
    let config = root.appending(path: DossierConfig.fileName)
    try Data((String(contentsOf: config, encoding: .utf8) + lines).utf8).write(to: config)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: root.appending(path: "Public/" + path), encoding: .utf8)
  }

  /// The period folders under Public/timeline/, in order.
  func periodFolders() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "Public/timeline").path)
      .filter { $0 != "index.html" }.sorted()
  }

  func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func pastTheLimitEveryMonthHasAPageAndEveryEventIsListedOnce() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try configure("timeline_split: 40\nbase_url: https://example.org/d/\n")
    let report = try SiteBuild.run(BuildOptions(root: root))
    #expect(report.events > 40)

    let periods = try periodFolders()
    #expect(periods.count > 3)
    #expect(periods.allSatisfy { $0.wholeMatch(of: /[0-9]{4}(-[0-9]{2})?/) != nil }, "\(periods)")
    let overview = try read("timeline/index.html")
    #expect(!overview.contains("<li class=\"event\">"), "the overview lists periods, not events")
    #expect(overview.contains("\(periods.count) pages, une par mois."))

    var listed = 0
    for (index, period) in periods.enumerated() {
      let page = try read("timeline/\(period)/index.html")
      let events = occurrences(of: "<li class=\"event\">", in: page)
      #expect(events > 0, "\(period) has its events")
      listed += events
      // The overview links to it with its count; it links back and to its neighbours.
      let parts = period.split(separator: "-").compactMap { Int($0) }
      let label = Localization(.fr).format(
        CalendarDate(year: parts[0], month: parts.count > 1 ? parts[1] : nil))
      let count = events == 1 ? "1\u{A0}événement" : "\(events)\u{A0}événements"
      #expect(
        overview.contains(
          "<a href=\"../timeline/\(period)/index.html\">\(label)</a> <span class=\"count\">\(count)</span>"),
        "\(period) in the overview, with its count")
      #expect(page.contains("id=\"t\(period)\""), "the chart's anchor \(period)")
      #expect(page.contains("<a href=\"../../timeline/index.html\">"))
      #expect(page.contains("rel=\"prev\"") == (index > 0))
      #expect(page.contains("rel=\"next\"") == (index < periods.count - 1))
      if index > 0 {
        #expect(page.contains("rel=\"prev\" href=\"../../timeline/\(periods[index - 1])/index.html\""))
      }
    }
    #expect(listed == report.events, "every event on exactly one period page")

    // The charts of home and the overview lead into the period pages.
    let home = try read("index.html")
    #expect(home.contains("href=\"timeline/\(periods[0])/index.html#t\(periods[0])\""))
    #expect(overview.contains("href=\"../timeline/\(periods[0])/index.html#t\(periods[0])\""))
    let sitemap = try read("sitemap.xml")
    for period in periods { #expect(sitemap.contains("https://example.org/d/timeline/\(period)/")) }
    #expect(LinkCheck.brokenLinks(in: root.appending(path: "Public")).isEmpty)
  }

  @Test func byYearThePagesAreYears() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try configure("timeline_split: 40\ntimeline_grouping: year\n")
    try SiteBuild.run(BuildOptions(root: root))
    let periods = try periodFolders()
    #expect(!periods.isEmpty)
    #expect(periods.allSatisfy { $0.wholeMatch(of: /[0-9]{4}/) != nil }, "\(periods)")
    #expect(try read("timeline/index.html").contains("\(periods.count) pages, une par année."))
    #expect(LinkCheck.brokenLinks(in: root.appending(path: "Public")).isEmpty)
  }

  @Test func withinTheLimitTheTimelineIsOnePage() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    try configure("timeline_split: 0\n")
    let report = try SiteBuild.run(BuildOptions(root: root))
    #expect(try periodFolders().isEmpty)
    let page = try read("timeline/index.html")
    #expect(occurrences(of: "<li class=\"event\">", in: page) == report.events)
    #expect(!page.contains("timeline-periods"))
  }

  @Test func aLimitThatIsNotAWholeNumberIsRefusedWithItsLine() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    #expect {
      try DossierConfig.parse("title: T\ntimeline_split: beaucoup\n")
    } throws: { error in
      let text = String(describing: error)
      return text.contains("dossier.yml:2") && text.contains("timeline_split")
    }
  }
}
