import Testing

@testable import DossierKit

/// Every sentence here is SYNTHETIC: made-up people and organisations (Brumeval, Quellard,
/// Plotnareva…) in made-up situations, with real place names only where the gazetteer is
/// under test. None of it is news.
@Suite struct MentionExtractorTests {
  /// Tokenising asks ASCII scalars' properties without Unicode's tables: for each of the
  /// 128, the answers must be Unicode's.
  @Test func asciiScalarsGetUnicodesProperties() {
    for value in UInt8(0)..<128 {
      let scalar = Unicode.Scalar(value)
      let properties = scalar.properties
      #expect(ScalarClass.isAlphabetic(scalar) == properties.isAlphabetic, "\(value)")
      #expect(ScalarClass.isUppercase(scalar) == properties.isUppercase, "\(value)")
      #expect(ScalarClass.isLowercase(scalar) == properties.isLowercase, "\(value)")
      #expect(ScalarClass.isNumeric(scalar) == (properties.numericType != nil), "\(value)")
      #expect(ScalarClass.isWhitespace(scalar) == properties.isWhitespace, "\(value)")
      #expect(
        ScalarClass.isWordScalar(scalar)
          == (properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark),
        "\(value)")
      #expect(Timeline.isLetter(Character(scalar)) == Character(scalar).isLetter, "\(value)")
    }
    #expect(!Timeline.isLetter("\r\n") && Timeline.isLetter("é") && ScalarClass.isUppercase("É"))
  }

  let french = MentionExtractor(language: .fr)
  let english = MentionExtractor(language: .en)

  func found(_ sentence: String, _ extractor: MentionExtractor? = nil) -> [String] {
    (extractor ?? french).mentions(in: sentence).filter { !$0.isTentative }.map {
      "\($0.name)/\($0.type.rawValue)"
    }
  }

  @Test func honorificsAndTitlesYieldThePersonNotTheTitle() {
    #expect(found("Selon M. Quellard, la réunion a eu lieu.") == ["Quellard/person"])
    #expect(found("Mme Brumeval a répondu.") == ["Brumeval/person"])
    #expect(found("Il a parlé au président Jean Quellard hier.") == ["Jean Quellard/person"])
    #expect(found("Le conseiller Tarvel est parti.") == ["Tarvel/person"])
    #expect(
      found("Il a vu le conseiller américain à la sécurité nationale, Pol Tarvel, lundi.") == [
        "Pol Tarvel/person"
      ])
    #expect(found("Dr. Halvey met President Orrin Tesk.", english) == ["Halvey/person", "Orrin Tesk/person"])
  }

  @Test func portfoliosInTitlesAreNotEntities() {
    #expect(found("Le ministre de la Défense Pol Tarvel a parlé.") == ["Pol Tarvel/person"])
    #expect(found("Les secrétaires d’État ou de la Défense sont venus.") == [])
    #expect(found("Le secrétaire américain à la Défense Marc Oberlin a parlé.") == ["Marc Oberlin/person"])
  }

  @Test func aComplementAfterATitleIsItsOwnEntityAndThePersonFollowsTheComma() {
    #expect(
      found("Le conseiller de la Commission nationale, Pol Tarvel, a parlé.")
        == ["Commission nationale/organization", "Pol Tarvel/person"])
  }

  @Test func sentenceInitialCommonWordsAreNeverEntities() {
    #expect(found("Alors que la pluie tombait, rien ne bougeait.") == [])
    #expect(found("Cela semble simple.") == [])
    #expect(found("Mais Quellard a refusé.") == ["Quellard/other"])
    #expect(found("Oui, tout est prêt.") == [])
    #expect(found("Lorsque Brumeval est arrivée, la salle était vide.") == ["Brumeval/other"])
    #expect(found("Depuis lundi, rien.") == [])
    // A common noun opening a sentence is only tentative: the resolver drops it unless the
    // dossier writes it as a name elsewhere.
    let famine = french.mentions(in: "Famine et pénuries menacent.")
    #expect(famine.map(\.name) == ["Famine"])
    #expect(famine.allSatisfy { $0.isTentative })
    // An unknown capitalised word opening a sentence is a name.
    #expect(found("Quellard avait refusé.") == ["Quellard/other"])
  }

  @Test func multiwordNamesStayWhole() {
    #expect(
      found("Le Brumeval Street Journal a publié un article.") == ["Brumeval Street Journal/organization"])
    #expect(found("Un porte-parole de la Maison-Blanche a répondu.") == ["Maison-Blanche/organization"])
    #expect(found("Un porte-parole de la Maison Blanche a répondu.") == ["Maison Blanche/organization"])
    #expect(
      found("Les effets se font sentir en Amérique latine et en Asie centrale.") == [
        "Amérique latine/place", "Asie centrale/place",
      ])
    #expect(found("Ils ont signé le traité Nova TREK hier.") == ["Nova TREK/other"])
    #expect(found("Ensuite, Washington DC a répondu.") == ["Washington DC/place"])
    #expect(
      found("Il a rencontré Charles de Quellard à Lyon.") == ["Charles de Quellard/person", "Lyon/place"])
    #expect(
      found("La Commission consultative bilatérale se réunira.") == [
        "Commission consultative bilatérale/organization"
      ])
  }

  @Test func elidedArticlesAreStripped() {
    #expect(found("Il parle de l’Ukraine et de l'Italie.") == ["Ukraine/place", "Italie/place"])
    #expect(
      found("Le rôle d’Quellard est flou, celui d'Ortansky aussi.") == ["Quellard/other", "Ortansky/other"])
    let mention = french.mentions(in: "Il parle de l’Ukraine.")[0]
    #expect(mention.surface == "Ukraine")
    #expect(Array("Il parle de l’Ukraine.".utf8)[mention.range].count == "Ukraine".utf8.count)
  }

  @Test func contextCuesTypeSmallPlaces() {
    #expect(
      found("Les combats continuent à Vrelnik, dans la région de Dostrava.") == [
        "Vrelnik/place", "Dostrava/place",
      ])
    #expect(found("Ils prient dans la cathédrale Saint-Tarvel.") == ["Saint-Tarvel/place"])
    #expect(found("The fighting reached the town of Vrelnik.", english) == ["Vrelnik/place"])
  }

  @Test func namesAcrossASoftBreakReadAsOne() {
    // The article text turns line breaks into spaces; a newline inside is read the same.
    #expect(found("Il a vu Jean\nQuellard hier.") == ["Jean Quellard/person"])
  }

  @Test func gazetteerTypesPlacesInFrenchAndEnglish() {
    #expect(
      found("Ils vont de Moscou à Genève puis au Royaume-Uni.") == [
        "Moscou/place", "Genève/place", "Royaume-Uni/place",
      ])
    #expect(
      found("Talks moved from Geneva to the United Kingdom.", english) == [
        "Geneva/place", "United Kingdom/place",
      ])
    let spellings = french.mentions(in: "Les Etats-Unis et les États-Unis.")
    #expect(Set(spellings.compactMap(\.placeKey)).count == 1)
  }

  @Test func organisationCuesAndFirstNamesType() {
    #expect(
      found("Le Parti des Brumes et la Banque de Quellard ont signé.") == [
        "Parti des Brumes/organization", "Banque de Quellard/organization",
      ])
    #expect(
      found("The Brumeval Post quoted the Tarvel Agency.", english) == [
        "Brumeval Post/organization", "Tarvel Agency/organization",
      ])
    #expect(found("Il a croisé Marie Plotnareva.") == ["Marie Plotnareva/person"])
    // A first name that is also an institution word still opens a person's name.
    #expect(found("Il a croisé Marine Plotnareva.") == ["Marine Plotnareva/person"])
  }

  @Test func nationalityWordsAndGlossedAcronymsAreNotEntities() {
    #expect(found("Russian troops met the Ukrainian envoy.", english) == [])
    #expect(found("Les Américains et les Italiens ont voté.") == [])
    #expect(found("Un véhicule blindé de transport (VBT) est passé.") == [])
    #expect(found("Russian President Orrin Tesk spoke.", english) == ["Orrin Tesk/person"])
  }

  @Test func englishPossessivesAndHyphenatedAdjectivesKeepTheName() {
    #expect(found("They read Quellard’s letter.", english) == ["Quellard/other"])
    #expect(found("A Brumeval-backed group left.", english) == ["Brumeval/other"])
  }

  @Test func aPlaceBeforeDeAndAPersonIsSplit() {
    #expect(
      found("Il critique l’Italie de Marie Plotnareva.") == ["Italie/place", "Marie Plotnareva/person"])
  }

  @Test func rangesPointAtTheNameInUTF8() {
    let sentence = "« Oui », a dit M. Quellard à Genève."
    let bytes = Array(sentence.utf8)
    for mention in french.mentions(in: sentence) {
      #expect(String(decoding: bytes[mention.range], as: UTF8.self) == mention.surface)
    }
  }
}
