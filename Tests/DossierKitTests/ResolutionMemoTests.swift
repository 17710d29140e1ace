import Foundation
import Testing

@testable import DossierKit

/// Articles here are SYNTHETIC: made-up people (Pol Tarvel, Nikolaï Vorouchev…) and
/// organisations in made-up sentences, none of it news.
@Suite struct ResolutionMemoTests {
  /// The mentions of an article of these sentences (`EntityResolverTests`' helper).
  func article(_ slug: String, _ sentences: [String]) -> ArticleMentions {
    EntityResolverTests().article(slug, sentences)
  }

  var dossier: [ArticleMentions] {
    [
      article("a", ["Le conseiller Pol Tarvel a reçu Nikolaï Vorouchev à Lyon.", "M. Tarvel a parlé."]),
      article("b", ["Nikolaï Vorouchov, secrétaire du Conseil de Brenhaven, est arrivé à Lyon."]),
      article("c", ["Famine et misère.", "Le Conseil de Brenhaven a répondu à Tarvel.", "Il vit à Brumes."]),
    ]
  }

  let curation = [
    CuratedEntity(name: "Conseil de Brenhaven", aliases: ["le Conseil"], description: "Synthétique."),
    CuratedEntity(name: "Quelqu’un d’absent"),
  ]

  func expectSame(_ a: EntityIndex, _ b: EntityIndex) {
    #expect(a.entities == b.entities)
    #expect(a.mentions == b.mentions)
    #expect(a.uncurated == b.uncurated)
    #expect(a.unmatchedCuration == b.unmatchedCuration)
  }

  func resolve(_ articles: [ArticleMentions], memo: ResolutionMemo? = nil) -> EntityIndex {
    EntityResolver(curation: curation).resolve(articles, memo: memo)
  }

  @Test func anEditThatChangesNoNameTakesTheSameDecisionsAgain() {
    let memo = ResolutionMemo(file: nil)
    expectSame(resolve(dossier, memo: memo), resolve(dossier))
    #expect(memo.hits == 0)
    // A sentence without names inserted first: every mention has moved, none has changed.
    var edited = dossier
    edited[0] = article(
      "a",
      [
        "Une phrase ajoutée, sans aucun nom.", "Le conseiller Pol Tarvel a reçu Nikolaï Vorouchev à Lyon.",
        "M. Tarvel a parlé.",
      ])
    let replayed = resolve(edited, memo: memo)
    #expect(memo.hits == 1)
    expectSame(replayed, resolve(edited))
    #expect(replayed.mentions.first?.sentenceAnchor == "s1-2")
  }

  @Test func aChangedNameOrCurationIsResolvedAgain() {
    let memo = ResolutionMemo(file: nil)
    _ = resolve(dossier, memo: memo)
    var renamed = dossier
    renamed[1] = article("b", ["Nikolaï Vorouchev, secrétaire du Conseil de Brenhaven, est arrivé à Lille."])
    expectSame(resolve(renamed, memo: memo), resolve(renamed))
    #expect(memo.hits == 0)
    // The new decisions are the ones kept.
    _ = resolve(renamed, memo: memo)
    #expect(memo.hits == 1)
    let recurated = EntityResolver(curation: [CuratedEntity(name: "Pol Tarvel", id: "tarvel")])
    let index = recurated.resolve(renamed, memo: memo)
    #expect(memo.hits == 1)
    #expect(index.entities.contains { $0.id == "tarvel" })
  }

  @Test func theMemoLastsBetweenProcessesAndADamagedOneIsIgnored() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "dossier-test-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = ResolutionMemo.file(in: folder)
    let fresh = resolve(dossier)
    _ = resolve(dossier, memo: ResolutionMemo(file: file))
    let reread = ResolutionMemo(file: file)
    expectSame(resolve(dossier, memo: reread), fresh)
    #expect(reread.hits == 1)

    let bytes = try [UInt8](Data(contentsOf: file))
    // One byte of an entity's name changed, then the file cut short.
    let name = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("Pol Tarvel".utf8)) })
    var damaged = bytes
    damaged[name] = UInt8(ascii: "X")
    for broken in [damaged, Array(bytes.dropLast(3)), []] {
      try Data(broken).write(to: file)
      let memo = ResolutionMemo(file: file)
      expectSame(resolve(dossier, memo: memo), fresh)
      #expect(memo.hits == 0)
    }
  }

  @Test func anUnconfirmedTentativeWordChangesNothingAConfirmedOneDoes() {
    let memo = ResolutionMemo(file: nil)
    _ = resolve(dossier, memo: memo)
    // « Pénurie » opening a sentence may be a name, but nothing confirms it.
    let base = ["Famine et misère.", "Le Conseil de Brenhaven a répondu à Tarvel.", "Il vit à Brumes."]
    var edited = dossier
    edited[2] = article("c", ["Pénurie et misère."] + base)
    expectSame(resolve(edited, memo: memo), resolve(edited))
    #expect(memo.hits == 1)
    // « Brumes » opening a sentence is confirmed by « à Brumes ».
    edited[2] = article("c", ["Brumes et misère."] + base)
    let confirmed = resolve(edited, memo: memo)
    #expect(memo.hits == 1)
    expectSame(confirmed, resolve(edited))
    #expect(confirmed.mentions.filter { $0.surface == "Brumes" }.count == 2)
  }

  @Test func decisionsRoundTrip() throws {
    let ignoring = EntityResolver(curation: curation + [CuratedEntity(name: "Lyon", ignore: true)])
    let memo = ResolutionMemo(file: nil)
    _ = ignoring.resolve(dossier, memo: memo)
    let decisions = try #require(memo.decisions)
    #expect(decisions.entityOfMention.contains(-1))  // Lyon, ignored
    #expect(decisions.unmatchedCuration == [1])
    #expect(ResolutionMemo.decode(Data(ResolutionMemo.encode(decisions))) == decisions)
  }
}
