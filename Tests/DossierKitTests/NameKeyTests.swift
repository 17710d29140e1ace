import Testing

@testable import DossierKit

/// Names here are SYNTHETIC transliteration variants of made-up names.
@Suite struct NameKeyTests {
  @Test func transliterationVariantsShareAKey() {
    #expect(NameKey.make("Iouri Plotchenkov") == NameKey.make("Yuri Plochenkov"))
    #expect(NameKey.make("Nikolaï Vorouchev") == NameKey.make("Nikolai Vorushev"))
    #expect(NameKey.make("Zarensky") == NameKey.make("Zarenski"))
    #expect(NameKey.make("Zarenskyy") == NameKey.make("Zarenski"))
    #expect(NameKey.make("Oleksiy Tarvel") == NameKey.make("Oleksii Tarvel"))
    #expect(NameKey.make("Sergueï Draguin") == NameKey.make("Sergey Dragin"))
    #expect(NameKey.make("Maison-Blanche") == NameKey.make("maison blanche"))
    #expect(NameKey.make("Plotkine") == NameKey.make("Plotkin"))
    #expect(NameKey.make("Жарков") == NameKey.make("Zharkov"))
  }

  @Test func differentNamesKeepDifferentKeys() {
    #expect(NameKey.make("Anna Tarvel") != NameKey.make("Anya Tarvel"))
    #expect(NameKey.make("Marc Tarvel") != NameKey.make("Mark Tarvol"))
    #expect(NameKey.make("Quellard") != NameKey.make("Quillard"))
  }

  @Test func oneVowelApartIsOnlyForLongWords() {
    #expect(NameKey.differByOneVowel("vorushev", "varushev"))
    #expect(NameKey.differByOneVowel("tarvel", "tarvol"))
    #expect(!NameKey.differByOneVowel("tarel", "tarol"))
    #expect(!NameKey.differByOneVowel("vorushev", "vorushef"))
    #expect(!NameKey.differByOneVowel("varashev", "vorushev"))
  }
}
