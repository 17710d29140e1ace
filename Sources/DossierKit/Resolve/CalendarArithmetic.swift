/// Day counting on the proleptic Gregorian calendar, without Foundation: days since
/// 1970-01-01, weekdays, and adding days or months.
enum CalendarArithmetic {
  /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar day of a day number (inverse of `dayNumber`).
  static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
  static func weekday(_ dayNumber: Int) -> Int {
    ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1
  }

  static func dayNumber(of date: CalendarDate) -> Int {
    dayNumber(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
  }

  static func date(_ dayNumber: Int) -> CalendarDate {
    let (year, month, day) = civil(dayNumber)
    return CalendarDate(year: year, month: month, day: day)
  }

  /// The month `offset` months after `month` of `year`.
  static func adding(months offset: Int, toYear year: Int, month: Int) -> (year: Int, month: Int) {
    let index = year * 12 + (month - 1) + offset
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    return (newYear, index - newYear * 12 + 1)
  }
}
