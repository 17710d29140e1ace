import Testing

@testable import DossierKit

/// Recognition of date expressions. Every sentence here is SYNTHETIC, written for these
/// tests: the people, places and events are made up (Quillmark, Varnossie, the Orvane
/// council…) and none is real news.
@Suite struct DateExpressionRecognizerTests {
  typealias Expected = [(String, DateValue)]

  static func found(_ sentence: String, _ language: Language) -> [(String, DateValue)] {
    DateExpressionRecognizer(language: language).recognize(in: sentence).map { ($0.text, $0.value) }
  }

  static func check(
    _ sentence: String, _ language: Language, _ expected: Expected,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let found = found(sentence, language)
    #expect(
      found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1),
      "\(sentence)\n  found:    \(found)\n  expected: \(expected)", sourceLocation: sourceLocation)
  }

  static func day(_ y: Int, _ m: Int, _ d: Int) -> DateValue {
    .absolute(CalendarDate(year: y, month: m, day: d))
  }
  static func month(_ y: Int, _ m: Int) -> DateValue { .absolute(CalendarDate(year: y, month: m)) }
  static func year(_ y: Int) -> DateValue { .absolute(CalendarDate(year: y)) }

  // MARK: - French (synthetic sentences)

  @Test func frenchFullDates() {
    Self.check(
      "Le traité de Quillmark a été signé le 24 février 2022 à midi.", .fr,
      [("le 24 février 2022", Self.day(2022, 2, 24))])
    Self.check("Le décret du 24/02/2022 reste en vigueur.", .fr, [("du 24/02/2022", Self.day(2022, 2, 24))])
    Self.check(
      "Publié le 03.04.2021, le rapport est passé inaperçu.", .fr, [("le 03.04.2021", Self.day(2021, 4, 3))])
    Self.check("La note datée 2021-07-14 circule.", .fr, [("2021-07-14", Self.day(2021, 7, 14))])
    Self.check("Le scrutin aura lieu le 1er mars 2023.", .fr, [("le 1er mars 2023", Self.day(2023, 3, 1))])
    Self.check(
      "Il est arrivé vendredi 4 novembre 2022 à Varnossie.", .fr,
      [("vendredi 4 novembre 2022", Self.day(2022, 11, 4))])
  }

  @Test func frenchMonthDayWithoutYear() {
    Self.check(
      "Le conseil d’Orvane se réunira le 1er mars.", .fr,
      [("le 1er mars", .monthDay(month: 3, day: 1, .none))])
    Self.check(
      "Depuis le 24 février, la frontière est fermée.", .fr,
      [("le 24 février", .monthDay(month: 2, day: 24, .none))])
    Self.check(
      "Le 3 mars dernier, la maire a démissionné.", .fr,
      [("Le 3 mars dernier", .monthDay(month: 3, day: 3, .last))])
    Self.check(
      "Tout s’est joué le 12 fevrier, sans accent.", .fr,
      [("le 12 fevrier", .monthDay(month: 2, day: 12, .none))])
    Self.check("Il était là le 15 aout.", .fr, [("le 15 aout", .monthDay(month: 8, day: 15, .none))])
    Self.check(
      "La note du 5 sept. évoque le budget.", .fr, [("du 5 sept.", .monthDay(month: 9, day: 5, .none))])
  }

  @Test func frenchMonthsAndYears() {
    Self.check(
      "Le ministre s’est rendu à Quillmark en décembre 2021 et à nouveau en février 2022.", .fr,
      [("en décembre 2021", Self.month(2021, 12)), ("en février 2022", Self.month(2022, 2))])
    Self.check("La crise de juin 2021 a tout changé.", .fr, [("juin 2021", Self.month(2021, 6))])
    Self.check("Mais en octobre, la situation a basculé.", .fr, [("en octobre", .month(10, .none))])
    Self.check("Fin septembre, les stocks étaient vides.", .fr, [("Fin septembre", .month(9, .none))])
    Self.check("Les travaux reprendront mi-janvier.", .fr, [("mi-janvier", .month(1, .none))])
    Self.check("Il l’avait promis au mois de mai.", .fr, [("au mois de mai", .month(5, .none))])
    Self.check("En septembre dernier, le port a rouvert.", .fr, [("En septembre dernier", .month(9, .last))])
    Self.check("Le salon ouvrira en avril prochain.", .fr, [("en avril prochain", .month(4, .next))])
    Self.check("La mission a duré de mars à mai.", .fr, [("de mars à mai", .month(3, .none))])
    Self.check("Varnossie a annexé la province en 2014.", .fr, [("en 2014", Self.year(2014))])
    Self.check("Depuis 2014, le conflit n’a pas cessé.", .fr, [("Depuis 2014", Self.year(2014))])
    Self.check("La réforme date de fin 2021.", .fr, [("fin 2021", Self.year(2021))])
    Self.check("Les élections de l’été 2022 approchent.", .fr, [("été 2022", Self.year(2022))])
    Self.check("Le mandat court de 2014 à 2016.", .fr, [("de 2014 à 2016", Self.year(2014))])
    Self.check("La guerre de 1939-1945 est évoquée.", .fr, [("de 1939-1945", Self.year(1939))])
  }

  @Test func frenchNumbersThatAreNotYears() {
    Self.check("Quelque 2 000 soldats ont été déployés.", .fr, [])
    Self.check("2022 personnes ont signé la pétition.", .fr, [])
    Self.check("Le bilan est passé de 1500 à 2000 blessés.", .fr, [])
    Self.check("La température a chuté à -24 degrés.", .fr, [])
    Self.check("Source link -24", .fr, [])
    Self.check("Voir https://exemple.org/2022/11/07/article-sur-quillmark/ pour le détail.", .fr, [])
    Self.check("Le modèle A320 et le F-2022 ont été présentés.", .fr, [])
    Self.check("Le budget atteint 2022,5 millions en 2023.", .fr, [("en 2023", Self.year(2023))])
    Self.check("Depuis 1500 ans, la ville existe.", .fr, [])
    Self.check("Il a appelé le 06.12.34.56.78 hier.", .fr, [("hier", .relativeDays(-1))])
  }

  @Test func frenchWeekdays() {
    Self.check("La maire d’Orvane a démissionné vendredi.", .fr, [("vendredi", .weekday(.friday, .none))])
    Self.check("Vendredi, la maire a démissionné.", .fr, [("Vendredi", .weekday(.friday, .none))])
    Self.check("Le vote aura lieu ce mardi.", .fr, [("ce mardi", .weekday(.tuesday, .this))])
    Self.check("Mardi dernier, le conseil s’est réuni.", .fr, [("Mardi dernier", .weekday(.tuesday, .last))])
    Self.check("Il reviendra mardi prochain.", .fr, [("mardi prochain", .weekday(.tuesday, .next))])
    Self.check(
      "Dans la nuit de jeudi à vendredi, le pont a cédé.", .fr,
      [("jeudi", .weekday(.thursday, .none)), ("vendredi", .weekday(.friday, .none))])
    // Habits, names and anaphoras are not days.
    Self.check("Le marché se tient le vendredi.", .fr, [])
    Self.check("Chaque lundi, les élus se réunissent.", .fr, [])
    Self.check("Les manifestations ont lieu tous les samedis.", .fr, [])
    Self.check("Le Vendredi saint est férié à Orvane.", .fr, [])
    Self.check("Ce vendredi-là, personne n’est venu.", .fr, [])
  }

  @Test func frenchRelativeDays() {
    Self.check("Le maire a parlé hier.", .fr, [("hier", .relativeDays(-1))])
    Self.check("Le vote a lieu demain aux élections.", .fr, [("demain", .relativeDays(1))])
    Self.check("Aujourd’hui, la ville se réveille.", .fr, [("Aujourd’hui", .relativeDays(0))])
    Self.check("Aujourd'hui, la ville se réveille.", .fr, [("Aujourd'hui", .relativeDays(0))])
    Self.check(
      "Il est arrivé avant-hier et repart après-demain.", .fr,
      [("avant-hier", .relativeDays(-2)), ("après-demain", .relativeDays(2))])
    Self.check("Elle l’a annoncé ce matin.", .fr, [("ce matin", .relativeDays(0))])
    // Figurative uses are not days.
    Self.check("Le monde de demain sera différent.", .fr, [])
    Self.check("La Varnossie d’aujourd’hui n’a plus d’armée.", .fr, [])
    Self.check("Les héros d'hier sont oubliés.", .fr, [])
    Self.check("Jusqu’à aujourd’hui, rien n’a changé.", .fr, [])
  }

  @Test func frenchRelativePeriods() {
    Self.check(
      "Les ministres se sont entretenus ce mois-ci.", .fr, [("ce mois-ci", .relativeUnit(.month, offset: 0))])
    Self.check(
      "Le port a fermé le mois dernier.", .fr, [("le mois dernier", .relativeUnit(.month, offset: -1))])
    Self.check(
      "La semaine dernière, le maire a démissionné.", .fr,
      [("La semaine dernière", .relativeUnit(.week, offset: -1))])
    Self.check(
      "La semaine derniere, le maire a démissionné.", .fr,
      [("La semaine derniere", .relativeUnit(.week, offset: -1))])
    Self.check(
      "L’an dernier, la récolte a été mauvaise.", .fr, [("L’an dernier", .relativeUnit(.year, offset: -1))])
    Self.check(
      "L'année prochaine, le pont sera fini.", .fr, [("L'année prochaine", .relativeUnit(.year, offset: 1))])
    Self.check("Cette année, la fête est annulée.", .fr, [("Cette année", .relativeUnit(.year, offset: 0))])
    Self.check(
      "Il est parti il y a deux semaines.", .fr, [("il y a deux semaines", .relativeUnit(.week, offset: -2))])
    Self.check("Il est parti il y a 3 jours.", .fr, [("il y a 3 jours", .relativeDays(-3))])
    Self.check(
      "Le chantier a commencé il y a un an.", .fr, [("il y a un an", .relativeUnit(.year, offset: -1))])
    Self.check(
      "Le verdict tombera dans deux mois.", .fr, [("dans deux mois", .relativeUnit(.month, offset: 2))])
    Self.check(
      "Ce week-end, la fête a réuni mille personnes.", .fr,
      [("Ce week-end", .relativeUnit(.weekend, offset: 0))])
    // Vague periods yield nothing.
    Self.check("Il s’est engagé ces derniers mois dans des discussions.", .fr, [])
    Self.check("Au cours des dernières semaines, rien n’a bougé.", .fr, [])
    Self.check("Les inspections ont été suspendues pendant la pandémie.", .fr, [])
    Self.check("Il est venu il y a quelques jours.", .fr, [])
    Self.check("Cette année-là, la récolte fut bonne.", .fr, [])
    Self.check("Depuis plusieurs années, la ville décline.", .fr, [])
  }

  @Test func frenchRanges() {
    Self.check(
      "Le festival se tiendra du 3 au 5 mars.", .fr, [("du 3 au 5 mars", .monthDay(month: 3, day: 3, .none))])
    Self.check(
      "Le sommet a eu lieu du 3 au 5 mars 2021.", .fr, [("du 3 au 5 mars 2021", Self.day(2021, 3, 3))])
    Self.check(
      "Il sera absent du 28 février au 3 mars 2024.", .fr,
      [("du 28 février au 3 mars 2024", Self.day(2024, 2, 28))])
    Self.check(
      "Les grèves ont eu lieu entre le 3 et le 5 mars.", .fr,
      [("entre le 3 et le 5 mars", .monthDay(month: 3, day: 3, .none))])
    Self.check(
      "Les audiences des 3 et 4 mars sont publiques.", .fr,
      [("des 3 et 4 mars", .monthDay(month: 3, day: 3, .none))])
  }

  @Test func frenchAccentsAndApostrophes() {
    Self.check("En fevrier 2022, la ville a été évacuée.", .fr, [("En fevrier 2022", Self.month(2022, 2))])
    Self.check("Le 15 aout 2021, la fête a eu lieu.", .fr, [("Le 15 aout 2021", Self.day(2021, 8, 15))])
    Self.check("En decembre, le port a gelé.", .fr, [("En decembre", .month(12, .none))])
    Self.check(
      "Aujourd’hui et aujourd'hui.", .fr,
      [("Aujourd’hui", .relativeDays(0)), ("aujourd'hui", .relativeDays(0))])
  }

  // MARK: - English (synthetic sentences)

  @Test func englishFullDates() {
    Self.check(
      "The Quillmark accord was signed on February 24, 2022.", .en,
      [("on February 24, 2022", Self.day(2022, 2, 24))])
    Self.check(
      "It was signed on 24 February 2022 in Orvane.", .en, [("on 24 February 2022", Self.day(2022, 2, 24))])
    Self.check("The memo of Feb. 24, 2022 leaked.", .en, [("Feb. 24, 2022", Self.day(2022, 2, 24))])
    Self.check(
      "It happened on the 24th of February 2022.", .en,
      [("on the 24th of February 2022", Self.day(2022, 2, 24))])
    Self.check("The vote is on March 1st.", .en, [("on March 1st", .monthDay(month: 3, day: 1, .none))])
    Self.check(
      "She arrived on Friday, November 4, 2022.", .en,
      [("on Friday, November 4, 2022", Self.day(2022, 11, 4))])
    Self.check("The form dated 24/02/2022 is valid.", .en, [("24/02/2022", Self.day(2022, 2, 24))])
    Self.check("The form dated 02/03/2022 is ambiguous.", .en, [])
  }

  @Test func englishMonthsAndYears() {
    Self.check(
      "The council met in June 2021 and again in October.", .en,
      [("in June 2021", Self.month(2021, 6)), ("in October", .month(10, .none))])
    Self.check("Orvane annexed the valley in 2014.", .en, [("in 2014", Self.year(2014))])
    Self.check("Since 2014, the dispute has simmered.", .en, [("Since 2014", Self.year(2014))])
    Self.check("The plant will close by 2030.", .en, [("by 2030", Self.year(2030))])
    Self.check("Early March, the snow melted.", .en, [("Early March", .month(3, .none))])
    Self.check("Last May, the mayor resigned.", .en, [("Last May", .month(5, .last))])
    Self.check("It lasted from 2014 to 2016.", .en, [("from 2014 to 2016", Self.year(2014))])
    Self.check(
      "The festival runs from March 3 to 5.", .en, [("from March 3 to 5", .monthDay(month: 3, day: 3, .none))]
    )
    Self.check("The festival runs March 3-5, 2023.", .en, [("March 3-5, 2023", Self.day(2023, 3, 3))])
    // Not dates.
    Self.check("Some 2022 people signed the petition.", .en, [])
    Self.check("It may rain and we march on.", .en, [])
    Self.check("About 2,000 troops were sent.", .en, [])
    Self.check("In recent months, talks have stalled.", .en, [])
    Self.check("Over the past year, prices rose.", .en, [])
  }

  @Test func englishWeekdaysAndRelativeWords() {
    Self.check("The mayor resigned on Friday.", .en, [("on Friday", .weekday(.friday, .none))])
    Self.check("The mayor resigned Friday.", .en, [("Friday", .weekday(.friday, .none))])
    Self.check("Last Friday, the mayor resigned.", .en, [("Last Friday", .weekday(.friday, .last))])
    Self.check("The vote is next Tuesday.", .en, [("next Tuesday", .weekday(.tuesday, .next))])
    Self.check("They met this past Sunday.", .en, [("this past Sunday", .weekday(.sunday, .last))])
    Self.check("Shops open late every Friday and on Black Friday.", .en, [])
    Self.check(
      "She spoke yesterday and will return tomorrow.", .en,
      [("yesterday", .relativeDays(-1)), ("tomorrow", .relativeDays(1))])
    Self.check("Today, the bridge reopened.", .en, [("Today", .relativeDays(0))])
    Self.check("The Orvane Today newspaper printed it.", .en, [])
    Self.check("The leaders of today disagree.", .en, [])
    Self.check("The plant closed last month.", .en, [("last month", .relativeUnit(.month, offset: -1))])
    Self.check(
      "Talks resumed earlier this month.", .en, [("earlier this month", .relativeUnit(.month, offset: 0))])
    Self.check("The mayor left two weeks ago.", .en, [("two weeks ago", .relativeUnit(.week, offset: -2))])
    Self.check("The mayor left 3 days ago.", .en, [("3 days ago", .relativeDays(-3))])
    Self.check("The bridge will reopen next year.", .en, [("next year", .relativeUnit(.year, offset: 1))])
    Self.check(
      "The bridge will reopen in two weeks.", .en, [("in two weeks", .relativeUnit(.week, offset: 2))])
    Self.check("It was agreed last night.", .en, [("last night", .relativeDays(-1))])
  }

  @Test func expressionRangesAreUTF8OffsetsIntoTheSentence() {
    let sentence = "Élue à Orvane, elle a démissionné le 24 février."
    let expression = try! #require(DateExpressionRecognizer(language: .fr).recognize(in: sentence).first)
    let bytes = Array(sentence.utf8)
    #expect(String(decoding: bytes[expression.range], as: UTF8.self) == "le 24 février")
  }
}
