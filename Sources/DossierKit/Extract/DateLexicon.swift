import Foundation

/// The words of date expressions in one language: month and weekday names, relative words,
/// number words, and the small words that make a bare month or year a date (« en », "in").
///
/// Words are lower-cased; every accented word is also listed without its accents, because
/// scraped French text often loses them (« fevrier », « aout », « derniere »).
struct DateLexicon: Sendable {
  enum Unit: Sendable { case day, week, weekend, month, year }

  /// Full month names.
  var months: [String: Int]
  /// Abbreviated month names, read as months only before a dot or next to a day number.
  var monthAbbreviations: [String: Int]
  var weekdays: [String: Weekday]
  /// One-word relative days: hier −1, demain +1, "today" 0.
  var relativeDays: [String: Int]
  var numbers: [String: Int]
  /// Units of « il y a deux semaines », "three days ago", « le mois dernier ».
  var units: [String: Unit]
  /// Words after a unit, weekday or month pointing back or ahead: « dernier », « prochain ».
  var lastAfter: Set<String>
  var nextAfter: Set<String>
  /// Words before a unit, weekday or month: « ce », "this", "last", "next".
  var thisBefore: Set<String>
  var lastBefore: Set<String>
  var nextBefore: Set<String>
  /// Words that make a bare month a date when they come right before it (« en septembre »,
  /// « fin septembre », "in May", "early March").
  var monthCues: Set<String>
  /// Words that make a bare four-digit number a year (« en 2020 », « depuis 2014 », "since
  /// 2014", « l’été 2022 »). Without one, a number is not a year: « 2022 personnes ».
  var yearCues: Set<String>
  /// Words before a day number (« le 24 février », "on February 24") kept in the expression.
  var dayDeterminers: Set<String>
  /// Ordinal endings written right after a day number (« 1er », "24th").
  var ordinalSuffixes: Set<String>
  /// Words joining the two ends of a range (« du 3 au 5 mars », "March 3 to 5"); dashes
  /// always do. « et »/"and" join a range only after « entre »/"between" (or between two
  /// day numbers): « en décembre 2021 et en février 2022 » is a pair, two dates.
  var rangeJoiners: Set<String>
  var andWords: Set<String>
  /// Words right before a weekday that make it habitual or a name, not one day
  /// (« le vendredi », « chaque lundi », "Black Friday", "every Monday").
  var weekdayBlockers: Set<String>
  /// Words right after a weekday that make it a name (« vendredi saint »).
  var weekdayNameParts: Set<String>
  /// Words right before a relative day that make it figurative (« le monde de demain »).
  var relativeDayBlockers: Set<String>

  static func forLanguage(_ language: Language) -> DateLexicon {
    switch language {
    case .fr: return french
    case .en: return english
    }
  }

  static let french = DateLexicon(
    months: withUnaccented([
      "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
      "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    ]),
    monthAbbreviations: withUnaccented([
      "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
    ]),
    weekdays: [
      "lundi": .monday, "mardi": .tuesday, "mercredi": .wednesday, "jeudi": .thursday,
      "vendredi": .friday, "samedi": .saturday, "dimanche": .sunday,
    ],
    relativeDays: ["hier": -1, "demain": 1],
    numbers: [
      "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
      "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
      "seize": 16, "vingt": 20, "trente": 30,
    ],
    units: withUnaccented([
      "jour": .day, "jours": .day, "semaine": .week, "semaines": .week, "mois": .month,
      "an": .year, "ans": .year, "année": .year, "années": .year, "weekend": .weekend,
    ]),
    lastAfter: withUnaccented(["dernier", "dernière", "passé", "passée"]),
    nextAfter: ["prochain", "prochaine"],
    thisBefore: ["ce", "cet", "cette"],
    lastBefore: [],
    nextBefore: [],
    monthCues: withUnaccented([
      "en", "début", "fin", "mi", "courant", "depuis", "dès", "avant", "après", "vers", "jusqu",
    ]),
    yearCues: withUnaccented([
      "en", "début", "fin", "mi", "courant", "depuis", "dès", "avant", "après", "vers", "an",
      "année", "printemps", "été", "automne", "hiver",
    ]),
    dayDeterminers: withUnaccented(["le", "du", "au", "dès"]),
    ordinalSuffixes: ["er", "re", "ᵉʳ", "ʳᵉ"],
    rangeJoiners: ["au", "à", "a"],
    andWords: ["et"],
    weekdayBlockers: ["le", "les", "chaque", "tous", "un", "une", "du"],
    weekdayNameParts: ["saint"],
    relativeDayBlockers: ["de", "d"]
  )

  static let english = DateLexicon(
    months: [
      "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
      "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ],
    monthAbbreviations: [
      "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
      "oct": 10, "nov": 11, "dec": 12,
    ],
    weekdays: [
      "monday": .monday, "tuesday": .tuesday, "wednesday": .wednesday, "thursday": .thursday,
      "friday": .friday, "saturday": .saturday, "sunday": .sunday,
    ],
    relativeDays: ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1],
    numbers: [
      "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
      "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
      "thirty": 30,
    ],
    units: [
      "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
      "year": .year, "years": .year, "weekend": .weekend,
    ],
    lastAfter: [],
    nextAfter: [],
    thisBefore: ["this"],
    lastBefore: ["last"],
    nextBefore: ["next"],
    monthCues: [
      "in", "since", "by", "until", "till", "before", "after", "during", "early", "late", "mid",
    ],
    yearCues: [
      "in", "since", "by", "until", "till", "before", "after", "during", "early", "late", "mid",
      "spring", "summer", "autumn", "fall", "winter",
    ],
    dayDeterminers: ["on", "the", "since", "by", "until"],
    ordinalSuffixes: ["st", "nd", "rd", "th"],
    rangeJoiners: ["to", "through", "until", "till"],
    andWords: ["and"],
    weekdayBlockers: [
      "black", "good", "cyber", "super", "ash", "holy", "maundy", "palm", "easter", "bloody",
      "blue", "every", "each", "a",
    ],
    weekdayNameParts: [],
    relativeDayBlockers: ["of"]
  )

  /// Adds each accented key once more without its accents.
  private static func withUnaccented<Value>(_ words: [String: Value]) -> [String: Value] {
    var result = words
    for (word, value) in words { result[unaccented(word)] = value }
    return result
  }

  private static func withUnaccented(_ words: Set<String>) -> Set<String> {
    words.union(words.map(unaccented))
  }

  private static func unaccented(_ word: String) -> String {
    word.folding(options: .diacriticInsensitive, locale: Locale(identifier: "fr_FR"))
  }
}
