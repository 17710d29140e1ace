/// A date expression found in one sentence: where it is, its words, and what it means
/// before it is resolved against the article's publication date.
public struct DateExpression: Sendable, Hashable {
  /// UTF-8 offsets of the expression in the sentence.
  public var range: Range<Int>
  /// The words as the sentence wrote them (« le 24 février », "last Friday").
  public var text: String
  public var value: DateValue

  public init(range: Range<Int>, text: String, value: DateValue) {
    self.range = range
    self.text = text
    self.value = value
  }
}

/// What a date expression says, in the terms the text gives: complete dates are
/// `absolute`, everything else needs the publication date, the verb tense or the narrative
/// to become a calendar date (see `DateResolver`).
public enum DateValue: Sendable, Hashable {
  /// A date with its year: `2022`, `2022-02`, `2022-02-24` (« en 2022 », « février 2022 »,
  /// « le 24 février 2022 », "24/02/2022").
  case absolute(CalendarDate)
  /// A day of a month without a year (« le 24 février », "March 1st", « le 3 mars dernier »).
  case monthDay(month: Int, day: Int, DeicticHint)
  /// A month without a year (« en septembre », « septembre dernier », "next May").
  case month(Int, DeicticHint)
  /// A day of the week (« vendredi », « ce mardi », « mardi dernier », "on Friday").
  case weekday(Weekday, DeicticHint)
  /// A day counted from the publication day: hier −1, demain +1, « il y a 3 jours » −3.
  case relativeDays(Int)
  /// A week, weekend, month or year counted from the publication's: « ce mois-ci » (month, 0),
  /// « la semaine dernière » (week, −1), "two years ago" (year, −2), "next year" (year, +1).
  case relativeUnit(RelativeUnit, offset: Int)
}

/// The word that points a weekday or month at one occurrence: « ce »/"this", « dernier »/
/// "last", « prochain »/"next", or none.
public enum DeicticHint: Sendable, Hashable {
  case none, this, last, next
}

/// ISO 8601 weekday numbers: Monday is 1, Sunday is 7.
public enum Weekday: Int, Sendable, Hashable, CaseIterable {
  case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
}

public enum RelativeUnit: Sendable, Hashable {
  case week, weekend, month, year
}
