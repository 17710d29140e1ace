import Foundation
import Testing

@testable import DossierKit

/// A very frequent entity's mentions are spread over pages of `itemsPerPage`, each linked to
/// the next, so that every mention is still listed once. The article is SYNTHETIC.
@Suite("Entity pages in parts")
struct EntityPaginationTests {
  static let sentences = 250

  static var article: String {
    let body = (1...sentences).map { "La délégation numéro \($0) est arrivée à Genève en train." }
      .joined(separator: "\n\n")
    return "---\ntitle: \"Les délégations\"\ndate: 2022-11-07\n---\n\(body)\n"
  }

  @Test func everyMentionIsListedOnceAcrossLinkedPages() throws {
    let dossier = try TestDossier(articles: ["delegations.md": Self.article])
    defer { dossier.remove() }
    try dossier.build()
    #expect(SiteRenderer.itemsPerPage == 100)
    let first = try dossier.read("Public/entities/geneve/index.html")
    let second = try dossier.read("Public/entities/geneve/page/2/index.html")
    let third = try dossier.read("Public/entities/geneve/page/3/index.html")
    #expect(
      !FileManager.default.fileExists(atPath: dossier.output.appending(path: "entities/geneve/page/4").path))

    // Each sentence's anchor is quoted exactly once over the three pages.
    let all = first + second + third
    for number in [1, 100, 101, 200, 201, 250] {
      let sentence = "La délégation numéro \(number) est arrivée à Genève en train."
      let link = "articles/delegations/index.html#\(ArticleText.anchor(of: sentence))\""
      #expect(all.components(separatedBy: link).count == 2, "sentence \(number)")
    }
    #expect(second.contains("start=\"101\""))
    #expect(first.contains("rel=\"next\" href=\"../../entities/geneve/page/2/index.html\""))
    #expect(second.contains("rel=\"prev\" href=\"../../../../entities/geneve/index.html\""))
    #expect(second.contains("rel=\"next\" href=\"../../../../entities/geneve/page/3/index.html\""))
    #expect(!third.contains("rel=\"next\""))
    #expect(third.contains("Page 3 sur 3"))
    // The articles list and neighbours stay on the first page.
    #expect(first.contains("entity-articles") && !second.contains("entity-articles"))
    #expect(LinkCheck.brokenLinks(in: dossier.output).isEmpty)
  }

  @Test func aSmallEntityHasOnePageAndNoPager() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.build()
    let pages = try FileManager.default.contentsOfDirectory(
      atPath: dossier.output.appending(path: "entities").path)
    for id in pages where !id.hasSuffix(".html") {
      let page = try dossier.read("Public/entities/\(id)/index.html")
      #expect(!page.contains("class=\"pager\""), "\(id)")
    }
  }
}
