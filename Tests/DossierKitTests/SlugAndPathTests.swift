import Testing

@testable import DossierKit

@Suite("Slugs and site paths")
struct SlugAndPathTests {
  @Test func transliteratesToASCII() {
    #expect(Slug.make("Nikolaï Potrouchev") == "nikolai-potrouchev")
    #expect(Slug.make("Николай Патрушев") == "nikolay-patrushev")
    #expect(Slug.make("L’Œuvre à Genève") == "loeuvre-a-geneve")
    #expect(Slug.make("Zürich & Straße") == "zurich-strasse")
  }

  @Test func neverHoldsPathCharacters() {
    for hostile in ["../../etc/passwd", "a/b", "..", "x\u{0}y", "  ", "\u{202E}evil", "C:\\win"] {
      let slug = Slug.make(hostile)
      #expect(!slug.contains("/") && !slug.contains(".") && !slug.contains("\\"))
      #expect(slug.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
    }
  }

  /// ASCII text takes a byte-by-byte path: it must give what the general one gives, on
  /// every kind of ASCII (apostrophes, punctuation runs, CRLF, text longer than the part
  /// the general path reads).
  @Test func asciiTextGetsTheSameSlugAsByTheGeneralPath() {
    let alphabet = Array("aZ09 -'_.,/\r\n\tQx")
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var samples = ["", "'", "--a--", "L'Express", "a\r\nb", String(repeating: "mot-", count: 70) + "fin"]
    for length in [1, 3, 8, 40, 170, 400] {
      for _ in 0..<40 {
        var text = ""
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          text.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        samples.append(text)
      }
    }
    for text in samples {
      #expect(Slug.hyphenatedASCII(text) == Slug.hyphenatedScalars(text), "\(text.debugDescription)")
      #expect(Slug.make(text) == Slug.capped(Slug.hyphenatedScalars(text)))
    }
  }

  @Test func isBoundedInLength() {
    #expect(Slug.make(String(repeating: "mot ", count: 100)).count <= Slug.maximumLength)
  }

  @Test func collisionsGetStableSuffixes() {
    #expect(Slug.uniqued(["a", "a", "b", "", "a"], fallback: "x") == ["a", "a-2", "b", "x", "a-3"])
  }

  @Test func relativeLinksClimbToTheRoot() {
    #expect(SitePaths.relative(from: "index.html", to: "assets/site.css") == "assets/site.css")
    #expect(
      SitePaths.relative(from: "articles/a/index.html", to: "entities/b/index.html")
        == "../../entities/b/index.html")
    #expect(SitePaths.rootPrefix(of: "404.html") == "")
  }

  @Test func mentionLinksNameTheirEntity() {
    #expect(
      SiteRenderer.entityID(fromLink: "../../entities/nikolai-patrouchev/index.html") == "nikolai-patrouchev")
    #expect(SiteRenderer.entityID(fromLink: "entities/kremlin/index.html") == "kremlin")
    #expect(SiteRenderer.entityID(fromLink: "x/index.html") == "x")
    #expect(SiteRenderer.entityID(fromLink: "../../entities/kremlin/") == nil)
    #expect(SiteRenderer.entityID(fromLink: "index.html") == nil)
  }

  @Test func calendarDatesKeepTheirPrecision() {
    #expect(CalendarDate(iso: "2022")?.iso == "2022")
    #expect(CalendarDate(iso: "2022-09")?.precision == .month)
    #expect(CalendarDate(iso: "2022-02-24T10:00:00Z")?.iso == "2022-02-24")
    #expect(CalendarDate(iso: "2022-02-30") == nil)
    #expect(CalendarDate(year: 2021, month: 10) < CalendarDate(year: 2022))
  }

  @Test func frenchDatesReadNaturally() {
    let french = Localization(.fr)
    #expect(french.format(CalendarDate(year: 2022, month: 11, day: 7)) == "7\u{A0}novembre 2022")
    #expect(french.format(CalendarDate(year: 2022, month: 3, day: 1)) == "1er\u{A0}mars 2022")
    #expect(french.format(CalendarDate(year: 2022, month: 9)) == "septembre 2022")
    #expect(Localization(.en).format(CalendarDate(year: 2022, month: 2, day: 24)) == "24\u{A0}February 2022")
  }
}
