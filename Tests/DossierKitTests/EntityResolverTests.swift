import Testing

@testable import DossierKit

/// Articles here are SYNTHETIC: made-up people (Pol Tarvel, Nikolaï Vorouchev…) and
/// organisations in made-up sentences, none of it news.
@Suite struct EntityResolverTests {
  let extractor = MentionExtractor(language: .fr)

  func article(_ slug: String, _ sentences: [String]) -> ArticleMentions {
    let text = ArticleText(
      sentences: sentences.enumerated().map { index, text in
        Sentence(anchor: "s1-\(index + 1)", text: text, block: 0, range: 0..<text.utf8.count)
      })
    return extractor.mentions(article: slug, sentences: text.sentences)
  }

  func resolve(_ articles: [ArticleMentions], curation: [CuratedEntity] = []) -> EntityIndex {
    EntityResolver(curation: curation).resolve(articles)
  }

  func entity(_ index: EntityIndex, named name: String) -> Entity? {
    index.entities.first { $0.name == name || $0.aliases.contains(name) }
  }

  @Test func aSurnameJoinsTheFullNameInItsArticle() {
    let index = resolve([
      article("a", ["Le conseiller Pol Tarvel est arrivé.", "M. Tarvel a parlé.", "Tarvel est reparti."])
    ])
    #expect(index.entities.count == 1)
    #expect(index.entities[0].name == "Pol Tarvel")
    #expect(index.entities[0].aliases == ["Tarvel"])
    #expect(index.entities[0].type == .person)
    #expect(index.mentions.count == 3)
  }

  @Test func aSurnameSharedByTwoPeopleJoinsNeither() {
    let index = resolve([
      article("a", ["Marie Tarvel et Jean Tarvel sont venus.", "Puis M. Tarvel est parti."])
    ])
    #expect(Set(index.entities.map(\.name)) == ["Marie Tarvel", "Jean Tarvel", "Tarvel"])
  }

  @Test func spellingsJoinAcrossTheDossier() {
    let index = resolve([
      article("a", ["Il a vu Nikolai Vorushev et Iouri Plotchenkov.", "Le président Zarensky a parlé."]),
      article("b", ["Nikolaï Vorouchev et Yuri Plochenkov ont parlé.", "Mais Zarenski a refusé."]),
      article("c", ["Nikolai Varushev a parlé.", "Puis Varushev est parti."]),
    ])
    let vorushev = entity(index, named: "Nikolai Vorushev")
    #expect(vorushev != nil)
    #expect(Set(vorushev?.aliases ?? []) == ["Nikolaï Vorouchev", "Nikolai Varushev", "Varushev"])
    #expect(entity(index, named: "Yuri Plochenkov")?.aliases.count == 1)
    #expect(entity(index, named: "Zarensky")?.aliases == ["Zarenski"])
    #expect(index.entities.count == 3)
  }

  @Test func differentPeopleNeverMerge() {
    let index = resolve([
      article("a", ["Marie Quellard a parlé.", "Jean Quellard a répondu."]),
      article("b", ["Anna Tarvel est venue.", "Anya Tarvel est restée."]),
    ])
    #expect(index.entities.count == 4)
  }

  @Test func displayNameIsTheMostFrequentFullForm() {
    let index = resolve([
      article(
        "a", ["Il a vu Nikolaï Vorouchev.", "Nikolai Vorushev a parlé.", "Nikolai Vorushev est parti."])
    ])
    #expect(index.entities.map(\.name) == ["Nikolai Vorushev"])
  }

  @Test func aShortInstitutionNameJoinsTheLongOne() {
    let index = resolve([
      article("a", ["Le Brumeval Street Journal a écrit.", "Selon le Journal, tout va bien."])
    ])
    #expect(index.entities.map(\.name) == ["Brumeval Street Journal"])
  }

  @Test func placesJoinByGazetteerKey() {
    let index = resolve([
      article("a", ["Les Etats-Unis ont voté.", "Les États-Unis ont voté.", "Le Royaume-Uni aussi."])
    ])
    #expect(index.entities.count == 2)
    #expect(index.entities.allSatisfy { $0.type == .place })
  }

  @Test func tentativeWordsNeedConfirmation() {
    let unconfirmed = resolve([article("a", ["Famine et pénuries menacent."])])
    #expect(unconfirmed.entities.isEmpty)
    let confirmed = resolve([article("a", ["Brumes est un village.", "Il vit à Brumes."])])
    #expect(confirmed.entities.map(\.name) == ["Brumes"])
    #expect(confirmed.mentions.count == 2)
  }

  @Test func idsAreSlugsUniqueAndStable() {
    let articles = [
      article(
        "a",
        [
          "Il a vu Élodie Tarvel.", "Le conseiller Elodie Tarvel est parti.",
          "Le Parti Élodie Tarvel a voté.",
        ])
    ]
    let first = resolve(articles)
    let second = resolve(articles)
    #expect(first.entities == second.entities)
    #expect(Set(first.entities.map(\.id)).count == first.entities.count)
    #expect(first.entities.allSatisfy { Slug.isValid($0.id) })
  }

  // MARK: Curation

  @Test func curationRenamesRetypesDescribesAndLinks() {
    let curation = [
      CuratedEntity(
        name: "Pol Tarvel-Dumas", type: .person, aliases: ["Pol Tarvel"], description: "Conseiller fictif.",
        wikidata: "Q42", id: "pol-td")
    ]
    let index = resolve([article("a", ["Il a vu Pol Tarvel.", "Tarvel est parti."])], curation: curation)
    #expect(index.entities.count == 1)
    let entity = index.entities[0]
    #expect(entity.name == "Pol Tarvel-Dumas")
    #expect(entity.id == "pol-td")
    #expect(entity.description == "Conseiller fictif.")
    #expect(entity.wikidata == "Q42")
    #expect(Set(entity.aliases) == ["Pol Tarvel", "Tarvel"])
    #expect(index.uncurated.isEmpty)
    #expect(index.mentions.allSatisfy { $0.entityID == "pol-td" })
  }

  @Test func curationMergesSplitsAndIgnores() {
    let curation = [
      CuratedEntity(name: "Agence Brumeval", type: .organization, aliases: ["Brumeval Press"]),
      CuratedEntity(name: "Marie Quellard", aliases: ["Quellard"]),
      CuratedEntity(name: "Brumes Info", ignore: true),
      CuratedEntity(name: "Nobody Here"),
    ]
    let index = resolve(
      [
        article("a", ["L’Agence Brumeval a écrit.", "La Brumeval Press a publié.", "Brumes Info aussi."]),
        article("b", ["Marie Quellard et Jean Quellard sont venus.", "Quellard a parlé."]),
      ], curation: curation)
    #expect(entity(index, named: "Agence Brumeval")?.aliases == ["Brumeval Press"])
    #expect(entity(index, named: "Brumes Info") == nil)
    #expect(entity(index, named: "Marie Quellard")?.aliases == ["Quellard"])
    #expect(entity(index, named: "Jean Quellard")?.aliases == [])
    #expect(index.unmatchedCuration.map(\.name) == ["Nobody Here"])
    #expect(index.uncurated == [entity(index, named: "Jean Quellard")!.id])
  }

  @Test func curationRetypesAPlaceGuess() {
    let curation = [CuratedEntity(name: "Vrelnik", type: .organization)]
    let index = resolve([article("a", ["Il travaille à Vrelnik."])], curation: curation)
    #expect(index.entities.map(\.type) == [.organization])
  }
}
