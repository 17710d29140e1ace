import Testing

@testable import DossierKit

/// Resolution of date expressions against the publication date, the verb tense and the
/// narrative. Every article text here is SYNTHETIC, written for these tests: the people,
/// places and events (Quillmark, Orvane, the Varnossian council…) are made up.
///
/// Most cases are published on Monday 7 November 2022.
@Suite struct DateResolverTests {
  static let monday = CalendarDate(year: 2022, month: 11, day: 7)

  static func resolve(_ markdown: String, _ language: Language = .fr, published: CalendarDate? = monday)
    -> [String]
  {
    let sentences = ArticleText(markdown: markdown).sentences
    return DateResolver(language: language).resolve(sentences: sentences, published: published)
      .map { "\($0.expression)=\($0.date.iso)" }
  }

  // MARK: Rule 1: relative days count from the publication day

  @Test func relativeDaysCountFromPublication() {
    #expect(
      Self.resolve("Le maire a parlé hier et reviendra demain.") == ["hier=2022-11-06", "demain=2022-11-08"])
    #expect(Self.resolve("Il est arrivé avant-hier.") == ["avant-hier=2022-11-05"])
    #expect(Self.resolve("Il est parti il y a 3 jours.") == ["il y a 3 jours=2022-11-04"])
    #expect(Self.resolve("Aujourd’hui, le pont rouvre.") == ["Aujourd’hui=2022-11-07"])
    #expect(
      Self.resolve("Le maire a parlé hier.", published: CalendarDate(year: 2023, month: 3, day: 1))
        == ["hier=2023-02-28"])
    #expect(
      Self.resolve("The mayor spoke yesterday.", .en, published: CalendarDate(year: 2023, month: 1, day: 1))
        == ["yesterday=2022-12-31"])
    #expect(Self.resolve("The mayor will speak tomorrow.", .en) == ["tomorrow=2022-11-08"])
  }

  // MARK: Rule 2: relative periods at the precision of their unit

  @Test func relativePeriodsKeepTheirUnitsPrecision() {
    #expect(Self.resolve("Les ministres se sont entretenus ce mois-ci.") == ["ce mois-ci=2022-11"])
    #expect(Self.resolve("Le port a fermé le mois dernier.") == ["le mois dernier=2022-10"])
    #expect(
      Self.resolve("Le port a fermé le mois dernier.", published: CalendarDate(year: 2022, month: 1, day: 15))
        == ["le mois dernier=2021-12"])
    #expect(Self.resolve("L’an dernier, la récolte a été mauvaise.") == ["L’an dernier=2021"])
    #expect(Self.resolve("L’année prochaine, le pont sera fini.") == ["L’année prochaine=2023"])
    // A week is given as the month holding the day a week (or two) before publication.
    #expect(
      Self.resolve(
        "La semaine dernière, le maire a démissionné.", published: CalendarDate(year: 2022, month: 11, day: 3)
      )
        == ["La semaine dernière=2022-10"])
    #expect(Self.resolve("Il est parti il y a deux semaines.") == ["il y a deux semaines=2022-10"])
    #expect(Self.resolve("The plant closed last month.", .en) == ["last month=2022-10"])
    #expect(Self.resolve("The mayor left two weeks ago.", .en) == ["two weeks ago=2022-10"])
    #expect(Self.resolve("The bridge will reopen next year.", .en) == ["next year=2023"])
  }

  // MARK: Rule 3: weekdays by hint, then by tense

  @Test func weekdayInAPastTenseSentenceIsTheLatestBeforePublication() {
    #expect(Self.resolve("La maire d’Orvane a démissionné vendredi.") == ["vendredi=2022-11-04"])
    #expect(
      Self.resolve("Des élus ont déclaré dimanche au Courrier de Quillmark que le pont fermerait.") == [
        "dimanche=2022-11-06"
      ])
    #expect(Self.resolve("Le maire avait annoncé jeudi son départ.") == ["jeudi=2022-11-03"])
    #expect(Self.resolve("The mayor of Quillmark resigned on Friday.", .en) == ["on Friday=2022-11-04"])
    // Agencies write « a annoncé lundi » on the Monday itself.
    #expect(Self.resolve("Le maire a annoncé lundi son départ.") == ["lundi=2022-11-07"])
  }

  @Test func weekdayInAFutureTenseSentenceIsTheNextOne() {
    #expect(Self.resolve("Le conseil d’Orvane votera vendredi.") == ["vendredi=2022-11-11"])
    #expect(Self.resolve("Il sera intéressant de suivre le vote ce mardi.") == ["ce mardi=2022-11-08"])
    #expect(Self.resolve("Le maire va démissionner jeudi.") == ["jeudi=2022-11-10"])
    #expect(Self.resolve("Le maire devrait démissionner vendredi.") == ["vendredi=2022-11-11"])
    #expect(Self.resolve("The council will vote on Friday.", .en) == ["on Friday=2022-11-11"])
    #expect(Self.resolve("The council is set to vote on Thursday.", .en) == ["on Thursday=2022-11-10"])
  }

  @Test func presentTenseWithAFutureWordIsFuture() {
    #expect(
      Self.resolve("Le ministre arrive demain à Quillmark et rencontre vendredi le maire.")
        == ["demain=2022-11-08", "vendredi=2022-11-11"])
  }

  @Test func theNearestVerbDecides() {
    #expect(
      Self.resolve("Le maire, qui a été élu il y a deux ans, se rendra vendredi à Quillmark.")
        == ["il y a deux ans=2020", "vendredi=2022-11-11"])
    #expect(
      Self.resolve("The mayor, who was elected two years ago, will travel to Quillmark on Friday.", .en)
        == ["two years ago=2020", "on Friday=2022-11-11"])
  }

  @Test func weekdayWithoutATellingVerbIsTheNearestOne() {
    // Present-tense captions: the nearest such day (3 days or less away).
    #expect(
      Self.resolve("Les habitants prient dans la cathédrale d’Orvane dimanche") == ["dimanche=2022-11-06"])
    #expect(Self.resolve("Les habitants manifestent mercredi devant la mairie.") == ["mercredi=2022-11-09"])
    // « est prévu » is a present passive, not a passé composé.
    #expect(Self.resolve("Le vote est prévu jeudi.") == ["jeudi=2022-11-10"])
    #expect(Self.resolve("Le maire est photographié ici à Orvane vendredi") == ["vendredi=2022-11-04"])
  }

  @Test func lastAndNextWeekdaysIgnoreTheTense() {
    #expect(Self.resolve("Mardi dernier, le conseil s’est réuni.") == ["Mardi dernier=2022-11-01"])
    #expect(Self.resolve("Lundi dernier, le conseil s’est réuni.") == ["Lundi dernier=2022-10-31"])
    #expect(Self.resolve("Le conseil se réunira lundi prochain.") == ["lundi prochain=2022-11-14"])
    #expect(Self.resolve("Last Friday, the mayor resigned.", .en) == ["Last Friday=2022-11-04"])
    #expect(Self.resolve("The vote is next Tuesday.", .en) == ["next Tuesday=2022-11-08"])
  }

  // MARK: Rule 4: months and days without a year

  @Test func monthInAPastTenseSentenceIsNeverAfterPublication() {
    #expect(Self.resolve("Le maire a démissionné en septembre.") == ["en septembre=2022-09"])
    #expect(Self.resolve("Le maire a démissionné en décembre.") == ["en décembre=2021-12"])
    #expect(Self.resolve("Le maire a démissionné le 20 novembre.") == ["le 20 novembre=2021-11-20"])
    #expect(Self.resolve("Le maire a démissionné le 2 novembre.") == ["le 2 novembre=2022-11-02"])
    #expect(Self.resolve("The mayor resigned in December.", .en) == ["in December=2021-12"])
  }

  @Test func monthInAFutureTenseSentenceIsNeverBeforePublication() {
    #expect(Self.resolve("Le pont sera inauguré en décembre.") == ["en décembre=2022-12"])
    #expect(Self.resolve("En janvier, le parlement votera la loi.") == ["En janvier=2023-01"])
    #expect(Self.resolve("The bridge will open in January.", .en) == ["in January=2023-01"])
  }

  @Test func monthTakesTheYearOfTheNarrative() {
    #expect(
      Self.resolve("Le maire a été élu en juin 2021.\n\nMais en octobre, il a démissionné.")
        == ["en juin 2021=2021-06", "en octobre=2021-10"])
    #expect(
      Self.resolve(
        "Le ministre s’est rendu à Quillmark en décembre 2021 et à nouveau en février 2022, mais la guerre a éclaté le 24 février."
      ) == ["en décembre 2021=2021-12", "en février 2022=2022-02", "le 24 février=2022-02-24"])
    #expect(
      Self.resolve("En 2014, Orvane a annexé la vallée. En mars, le conseil a protesté.")
        == ["En 2014=2014", "En mars=2014-03"])
    #expect(
      Self.resolve("The mayor was elected in June 2021. In October, he resigned.", .en)
        == ["in June 2021=2021-06", "In October=2021-10"])
    // Even in the narrative's year, a past-tense sentence cannot tell of a date after
    // publication.
    #expect(
      Self.resolve("En mars 2022, le pont a fermé. En décembre, il a rouvert.")
        == ["En mars 2022=2022-03", "En décembre=2021-12"])
  }

  @Test func theNarrativeMovesForwardExceptInAFlashback() {
    #expect(
      Self.resolve("The minister took office in September 2021 and survived a first vote in January.", .en)
        == ["in September 2021=2021-09", "in January=2022-01"])
    #expect(
      Self.resolve(
        "Orvane a envahi la vallée le 24 février 2022. En janvier, le maire avait averti le conseil.")
        == ["le 24 février 2022=2022-02-24", "En janvier=2022-01"])
    // Moving forward never goes past publication in a past-tense sentence.
    #expect(
      Self.resolve("Orvane a envahi la vallée le 24 février 2022. En janvier, le maire a averti le conseil.")
        == ["le 24 février 2022=2022-02-24", "En janvier=2022-01"])
  }

  @Test func theNarrativeEndsWhenALaterSentenceComesBackToThePresent() {
    #expect(
      Self.resolve(
        "Le maire a été élu en 2014. Il y a trois semaines, il a démissionné. Le 24 février, il avait reçu une lettre."
      )
        == ["en 2014=2014", "Il y a trois semaines=2022-10", "Le 24 février=2022-02-24"])
    // A weekday in the same sentence as the complete date only says when it was told.
    #expect(
      Self.resolve(
        "Le maire a été élu en juin 2021, a rappelé vendredi son adjoint. En octobre, il a démissionné.")
        == ["en juin 2021=2021-06", "vendredi=2022-11-04", "En octobre=2021-10"])
  }

  @Test func aFutureTenseSentenceIgnoresAPastNarrative() {
    #expect(
      Self.resolve("Le maire a été élu en juin 2021. Un nouveau scrutin pourrait être organisé en mai.")
        == ["en juin 2021=2021-06", "en mai=2023-05"])
    // « d’avoir dit » is past, though « devraient » comes later in the sentence.
    #expect(
      Self.resolve(
        "Le maire a été élu en février 2022. Lors d’une réunion en mars, il est fier d’avoir dit que les élus devraient partir."
      ) == ["en février 2022=2022-02", "en mars=2022-03"])
  }

  @Test func lastAndNextMonthsCountFromThePublicationMonth() {
    #expect(Self.resolve("En septembre dernier, le port a rouvert.") == ["En septembre dernier=2022-09"])
    #expect(Self.resolve("En novembre dernier, le port a rouvert.") == ["En novembre dernier=2021-11"])
    #expect(Self.resolve("Le salon ouvrira en avril prochain.") == ["en avril prochain=2023-04"])
    #expect(Self.resolve("Le 3 mars dernier, la maire a démissionné.") == ["Le 3 mars dernier=2022-03-03"])
    #expect(Self.resolve("Last May, the mayor resigned.", .en) == ["Last May=2022-05"])
  }

  // MARK: Without a publication date

  @Test func withoutAPublicationDateOnlyCompleteDatesResolve() {
    let text =
      "Le 24 février 2022, la guerre a éclaté. Vendredi, le maire a démissionné en septembre. Hier, rien."
    #expect(Self.resolve(text, published: nil) == ["Le 24 février 2022=2022-02-24"])
    #expect(
      Self.resolve(text, published: CalendarDate(year: 2022, month: 11)) == ["Le 24 février 2022=2022-02-24"])
  }

  @Test func impossibleDaysAreDropped() {
    #expect(Self.resolve("En 2021, le conseil a siégé le 29 février.") == ["En 2021=2021"])
  }

  @Test func resolvedDatesPointToTheirSentence() {
    let sentences = ArticleText(markdown: "Rien ici.\n\nLe maire a parlé hier. Il reviendra demain.")
      .sentences
    let resolved = DateResolver(language: .fr).resolve(sentences: sentences, published: Self.monday)
    #expect(resolved.map(\.sentenceAnchor) == [sentences[1].anchor, sentences[2].anchor])
    let second = sentences[2]
    #expect(String(decoding: Array(second.text.utf8)[resolved[1].range], as: UTF8.self) == "demain")
  }
}
