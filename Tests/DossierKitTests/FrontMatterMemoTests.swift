import Foundation
import Testing

@testable import DossierKit

/// Front matter kept between builds gives back exactly what parsing gives, notices
/// included, and nothing from a damaged memo. The articles are synthetic.
@Suite("Front matter kept between builds")
struct FrontMatterMemoTests {
  static let articles = [
    "a.md": """
    ---
    title: "Une réunion à Exempleville"
    date: 2024-03-01
    source: "Le Journal d’essai"
    url: "https://example.org/a"
    authors: [Anne Exemple, "Paul Essai"]
    tagz: [oubli]
    ---
    Le texte de l’article.
    """,
    "b.md":
      "---\ntitle: \"Titre\\x07 avec un contrôle\"\ndate: 2024-03-02\nlang: en\ndraft: true\n---\nText.\n",
    "c.md": "---\ntitle: Sans date\n---\nTexte.\n\n<!-- dossier:comments -->\n\nUn commentaire.\n",
  ]

  func load(_ dossier: TestDossier, memo: FrontMatterMemo?) throws -> Dossier {
    try ContentLoader(root: dossier.root, includeDrafts: true, frontMatter: memo).load()
  }

  @Test func givesWhatParsingGivesAndParsesOnlyWhatChanged() throws {
    let dossier = try TestDossier(articles: Self.articles)
    defer { dossier.remove() }
    let file = FrontMatterMemo.file(in: dossier.root)
    let parsed = try load(dossier, memo: nil)
    #expect(parsed.notices.count == 3, "unknown key, control character, no date: \(parsed.notices)")

    let first = FrontMatterMemo(file: file)
    #expect(try load(dossier, memo: first).articles == parsed.articles)
    #expect(first.misses == 3)
    first.save()

    let second = FrontMatterMemo(file: file)
    let kept = try load(dossier, memo: second)
    #expect(kept.articles == parsed.articles)
    #expect(kept.notices == parsed.notices)
    #expect(second.misses == 0)
    second.save()

    try dossier.write(
      "Content/articles/b.md",
      Self.articles["b.md"]!.replacingOccurrences(of: "draft: true", with: "draft: false"))
    let third = FrontMatterMemo(file: file)
    let edited = try load(dossier, memo: third)
    #expect(third.misses == 1)
    #expect(edited.articles.first { $0.slug == "b" }?.draft == false)
    #expect(edited.articles == (try load(dossier, memo: nil)).articles)
  }

  @Test func aDamagedMemoIsIgnored() throws {
    let dossier = try TestDossier(articles: Self.articles)
    defer { dossier.remove() }
    let file = FrontMatterMemo.file(in: dossier.root)
    let parsed = try load(dossier, memo: nil)
    let memo = FrontMatterMemo(file: file)
    _ = try load(dossier, memo: memo)
    memo.save()
    let bytes = try Data(contentsOf: file)
    for damaged in [
      bytes.prefix(bytes.count - 1), bytes.prefix(FrontMatterMemo.magic.count + 3), Data("x".utf8),
    ] {
      try damaged.write(to: file)
      let reread = FrontMatterMemo(file: file)
      #expect(try load(dossier, memo: reread).articles == parsed.articles)
      #expect(reread.misses == 3, "nothing is read from a damaged memo")
    }
  }

  /// Front matter with errors is never kept: the next load reports them again.
  @Test func errorsAreFoundEveryTime() throws {
    let dossier = try TestDossier(articles: ["bad.md": "---\ntitle: Titre\ndate: 2024-13-40\n---\nTexte.\n"])
    defer { dossier.remove() }
    let file = FrontMatterMemo.file(in: dossier.root)
    for _ in 0..<2 {
      let memo = FrontMatterMemo(file: file)
      #expect(throws: DossierErrors.self) { try load(dossier, memo: memo) }
      #expect(memo.misses == 1, "parsed again, not answered from the memo")
      memo.save()
    }
  }
}
