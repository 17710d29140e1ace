import Testing

@testable import DossierKit

/// Quotes on entity and timeline pages mark the words that named the entity or the date;
/// the search for them works on bytes, so it must still land on whole characters.
@Suite("Quote highlights")
struct QuoteHighlightTests {
  @Test func findsTheFirstWholeOccurrence() throws {
    let text = "Le 7 novembre, Élise Lévêque a rencontré Lévêque-Martin à Noëlville."
    let range = try #require(SiteRenderer.firstRange(of: "Lévêque", in: text))
    #expect(text[range] == "Lévêque")
    #expect(text[..<range.lowerBound] == "Le 7 novembre, Élise ")
    let later = try #require(SiteRenderer.firstRange(of: "Noëlville.", in: text))
    #expect(text[later.upperBound...].isEmpty)
  }

  @Test func answersNilWhenAbsentOrLongerThanTheText() {
    #expect(SiteRenderer.firstRange(of: "Potrouchev", in: "Nikolaï Patrouchev") == nil)
    #expect(SiteRenderer.firstRange(of: "une phrase plus longue", in: "court") == nil)
    // Shares a first byte with many places of the text but matches none of them.
    #expect(SiteRenderer.firstRange(of: "éz", in: "été, écrit, énoncé") == nil)
  }
}
