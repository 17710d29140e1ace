import Foundation
import Testing

@testable import DossierKit

@Suite("Co-mention graph")
struct CoMentionGraphTests {
  func node(_ name: String, _ count: Int) -> CoMentionGraph.Node {
    CoMentionGraph.Node(name: name, href: "../\(Slug.make(name))/index.html", count: count)
  }

  @Test func everyNameAndLinkIsEscaped() {
    let svg = CoMentionGraph.svg(
      center: "<script>alert(1)</script>",
      neighbours: [
        CoMentionGraph.Node(name: "Dr \"Faux\" & <b>Fils</b>", href: "x\"onmouseover=\"y", count: 2)
      ])
    #expect(!svg.contains("<script>"))
    #expect(!svg.contains("<b>"))
    #expect(svg.contains("&lt;script&gt;alert("))
    #expect(svg.contains("href=\"x&quot;onmouseover=&quot;y\""))
    #expect(svg.contains("Dr &quot;Faux&quot; &amp; &lt;b&gt;Fils&lt;/b&gt;"))
  }

  @Test func atMostEightNeighboursAndThickerLinesForMoreSharedSentences() {
    let names = [
      "Alpha Exemple", "Bêta Exemple", "Gamma", "Delta", "Epsilon", "Zêta", "Êta", "Thêta", "Iota",
    ]
    let svg = CoMentionGraph.svg(
      center: "Centre fictif", neighbours: names.enumerated().map { node($0.element, 9 - $0.offset) })
    #expect(svg.components(separatedBy: "<line ").count - 1 == 8)
    #expect(!svg.contains("Iota"))
    let widths = matches(of: #"stroke-width="([0-9.]+)""#, in: svg).compactMap(Double.init)
    #expect(widths.first == 6.0, "the most frequent neighbour gets the thickest line")
    #expect(widths == widths.sorted(by: >))
  }

  @Test func hiddenFromAssistiveTechnologyAndOutOfTheTabOrder() {
    let svg = CoMentionGraph.svg(center: "Centre fictif", neighbours: [node("Voisin fictif", 1)])
    #expect(
      svg.hasPrefix("<svg class=\"co-mentions-graph\" viewBox=\"0 0 480.0 300.0\" aria-hidden=\"true\">"))
    #expect(svg.contains("tabindex=\"-1\""))
    #expect(CoMentionGraph.svg(center: "Seul", neighbours: []).isEmpty)
  }

  @Test func longNamesWrapAndAreCut() {
    #expect(CoMentionGraph.wrap("Paul Maquette") == ["Paul Maquette"])
    #expect(CoMentionGraph.wrap("Agence imaginaire des ponts") == ["Agence", "imaginaire des", "ponts"])
    #expect(CoMentionGraph.wrap("Génévrier-sur-Mer") == ["Génévrier-sur-", "Mer"])
    #expect(
      CoMentionGraph.wrap("Fédération internationale des associations d’exemple")
        == ["Fédération", "internationale", "des associatio…"])
  }

  @Test func coMentionsCountSharedSentences() {
    let ids = ["un", "deux", "trois"]
    var counter = CoMentionCounter(entities: ids.count)
    for sentence in [[0, 1], [1, 0], [0, 2], [2], []] { counter.add(sentence: sentence) }
    let counts = counter.ranked(ids: ids)
    #expect(counts.count == 3)
    #expect(counts["un"]?.map(\.id) == ["deux", "trois"])
    #expect(counts["un"]?.map(\.count) == [2, 1])
    #expect(counts["trois"]?.map(\.id) == ["un"])
    #expect(counts["trois"]?.map(\.count) == [1])
  }

  @Test func entityPageShowsTheGraphWithItsTextAlternative() throws {
    let (dossier, output) = try SyntheticDossier.build()
    defer { dossier.remove() }
    let page = try String(
      contentsOf: output.appending(path: "entities/jeanne-exemple/index.html"), encoding: .utf8)
    #expect(page.contains("<figure class=\"co-mentions\">"))
    #expect(
      page.contains("<figcaption>Les noms le plus souvent cités dans les mêmes phrases que Jeanne Exemple."))
    #expect(
      page.contains(
        "<li><a href=\"../../entities/paul-maquette/index.html\">Paul Maquette</a> <span class=\"count\">2\u{A0}phrases communes</span></li>"
      ))
    #expect(page.contains("<title>Paul Maquette (2)</title>"))
  }

  func matches(of pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
