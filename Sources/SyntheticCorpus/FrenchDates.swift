/// A calendar day, with the arithmetic the corpus needs (days since 1970-01-01, weekday)
/// done by hand so generation does not depend on Foundation's calendar or the locale.
public struct CivilDay: Sendable, Hashable, Comparable {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Howard Hinnant's `days_from_civil`.
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Howard Hinnant's `civil_from_days`.
  public init(daysSinceEpoch days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  public func adding(days: Int) -> CivilDay { CivilDay(daysSinceEpoch: daysSinceEpoch + days) }

  /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
  public var weekday: Int { ((daysSinceEpoch % 7) + 7 + 3) % 7 }

  /// `2022-02-24`
  public var iso: String {
    String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "")
      + String(day)
  }

  public static func < (a: CivilDay, b: CivilDay) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }
}

/// French date expressions of the kinds news text uses, each about a day near an article's
/// date: « le 24 février 2022 », « le 1er mars », « en septembre », « en 2021 », « vendredi »,
/// « hier », « il y a deux semaines », « la semaine dernière », « début mars »…
enum FrenchDates {
  static let months = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
  ]
  static let weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
  static let smallNumbers = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix"]

  static func dayOfMonth(_ day: Int) -> String { day == 1 ? "1er" : String(day) }

  /// One expression about the past (or near future) of `articleDate`.
  static func expression(around articleDate: CivilDay, _ random: inout SeededRandom) -> String {
    let earlier = articleDate.adding(days: -random.int(in: 1...700))
    switch random.below(14) {
    case 0, 1:
      return "le \(dayOfMonth(earlier.day)) \(months[earlier.month - 1]) \(earlier.year)"
    case 2:
      // A day earlier in the same year: the year goes without saying.
      let newYear = CivilDay(year: articleDate.year, month: 1, day: 1)
      let daysIntoYear = articleDate.daysSinceEpoch - newYear.daysSinceEpoch
      let sameYear =
        daysIntoYear > 0 ? articleDate.adding(days: -random.int(in: 1...daysIntoYear)) : articleDate
      return "le \(dayOfMonth(sameYear.day)) \(months[sameYear.month - 1])"
    case 3: return "en \(months[earlier.month - 1])"
    case 4: return "en \(months[earlier.month - 1]) \(earlier.year)"
    case 5: return "en \(earlier.year)"
    case 6:
      let back = random.int(in: 1...6)
      return weekdays[articleDate.adding(days: -back).weekday]
        + (random.chance(0.3) ? " dernier" : "")
    case 7: return random.pick(["hier", "avant-hier", "demain", "ce matin", "hier soir"])
    case 8: return "il y a \(random.pick(smallNumbers)) \(random.pick(["jours", "semaines", "mois", "ans"]))"
    case 9:
      return random.pick([
        "la semaine dernière", "le mois dernier", "l'an dernier", "ce mois-ci", "cette semaine",
        "l'année dernière", "la semaine prochaine",
      ])
    case 10:
      let month = months[earlier.month - 1]
      return random.pick(["début \(month)", "fin \(month)", "à la mi-\(month)"])
    case 11: return "fin \(earlier.year)"
    case 12:
      let season = ["en hiver", "au printemps", "en été", "à l'automne"][(earlier.month % 12) / 3]
      return random.chance(0.5) ? season : "\(season) \(earlier.year)"
    default: return "le \(weekdays[earlier.weekday]) \(dayOfMonth(earlier.day)) \(months[earlier.month - 1])"
    }
  }
}
