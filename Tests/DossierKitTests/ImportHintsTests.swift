import Foundation
import Testing

@testable import DossierKit

/// Dates, addresses and language the text gives about itself. Texts are SYNTHETIC.
@Suite struct ImportHintsTests {
  @Test(arguments: [
    ("Publié le 22 juin 2020 à 10h30", "2020-06-22"), ("publié le lundi 22 juin 2020", "2020-06-22"),
    ("Mis à jour le 1er mars 2022", "2022-03-01"), ("Published June 22, 2020", "2020-06-22"),
    ("Published on 22 June 2020", "2020-06-22"), ("Updated: 2020-06-22T10:00", "2020-06-22"),
    ("Publié le 22/06/2020", "2020-06-22"), ("Posted on Monday, June 22nd, 2020", "2020-06-22"),
  ])
  func publicationDates(text: String, iso: String) {
    #expect(DateHints.publicationDate(in: text)?.date.iso == iso)
  }

  @Test func ambiguousOrAbsentDatesGiveNothing() {
    #expect(DateHints.publicationDate(in: "Publié le 03/04/2020") == nil)
    #expect(DateHints.publicationDate(in: "Le livre publié par Zorbulon Quax") == nil)
  }

  @Test func datesInAddresses() {
    #expect(
      DateHints.urlDate(in: "https://exemple.org/2022/11/07/le-pont-de-quaxville/")?.iso == "2022-11-07")
    #expect(DateHints.urlDate(in: "https://exemple.org/archives/2021/05/pont")?.iso == "2021-05")
    #expect(DateHints.urlDate(in: "https://exemple.org/pont-2022") == nil)
  }

  let withSourceLink = """
    Le pont de Quaxville a rouvert lundi, a indiqué la mairie.

    Les habitants ont salué la fin du chantier.

    Source : https://exemple.org/2022/11/07/le-pont-de-quaxville/
    """

  @Test func dateAndAddressHintsAreUsedWithoutOptions() throws {
    let result = try ImportFixtures.run(withSourceLink)
    #expect(result.article.date?.iso == "2022-11-07")
    #expect(result.report.dateOrigin == .text(line: 5))
    #expect(result.article.url == "https://exemple.org/2022/11/07/le-pont-de-quaxville/")
    #expect(result.report.removed.map(\.kind) == [.sourceURL])
    #expect(result.report.notices.contains { $0.message.contains("no --date: using 2022-11-07") })
    #expect(ImportLaw.verify(original: withSourceLink, result: result).isEmpty)
  }

  @Test func optionsWinAndHintsAreOnlyReported() throws {
    let options = ImportOptions(
      title: "T", date: CalendarDate(iso: "2022-11-08"), url: "https://autre.example/pont")
    let result = try ImportFixtures.run(withSourceLink, options)
    #expect(result.article.date?.iso == "2022-11-08")
    #expect(result.report.dateHints.map(\.value.iso) == ["2022-11-07"])
    #expect(result.article.url == "https://autre.example/pont")
    // The text's own link is not the given url: it stays in the body.
    #expect(result.report.removed.isEmpty)
    #expect(result.article.body.hasSuffix("Source : https://exemple.org/2022/11/07/le-pont-de-quaxville/"))
  }

  @Test func publicationLineGivesTheDate() throws {
    let text =
      "Le pont de Quaxville rouvre\n\nPublié le 22 juin 2020\n\nLe pont a rouvert, a dit le maire.\n\nLa fête aura lieu."
    let result = try ImportFixtures.run(text, ImportOptions())
    #expect(result.article.date?.iso == "2020-06-22")
    #expect(result.report.removed.map(\.kind) == [.titleLine, .publicationLine])
    let english = try ImportFixtures.run(
      "The bridge reopens\n\nPublished June 22, 2020\n\nThe bridge reopened on Monday.\n\nThe party is in June.",
      ImportOptions())
    #expect(english.article.date?.iso == "2020-06-22")
  }

  @Test func seed000HintsSitInTheCommentsAndAreNotUsed() throws {
    let result = try ImportFixtures.importSeed(ImportFixtures.seed000, ImportOptions(title: "T"))
    #expect(result.report.dateHints.map(\.value.iso) == ["2022-11-07"])
    #expect(result.report.dateHints.allSatisfy { $0.inComments })
    #expect(result.report.urlHints.map(\.line) == [21])
    #expect(result.article.date == nil)
    #expect(result.article.url == nil)
  }

  @Test func languageIsDetected() throws {
    let french = try ImportFixtures.run(
      "Le pont de Quaxville a rouvert lundi et les habitants sont contents de la fin des travaux.")
    #expect(french.article.lang == .fr)
    let english = try ImportFixtures.run(
      "The bridge of Quaxville reopened on Monday and the people were glad that it was over.")
    #expect(english.article.lang == .en)
    let unknown = try ImportFixtures.run("Zorbla quenfil.", ImportOptions(title: "T", defaultLanguage: .fr))
    #expect(unknown.article.lang == .fr)
    #expect(unknown.report.languageOrigin == .fallback)
    let given = try ImportFixtures.run(
      "The bridge of Quaxville reopened on Monday and the people were glad.",
      ImportOptions(title: "T", lang: .fr))
    #expect(given.article.lang == .fr)
  }
}
