/// A calendar date known to a precision: a year, a month of a year, or a day.
///
/// Its `iso` form is the ISO 8601 prefix whose length is its precision (`2022`, `2022-09`,
/// `2022-02-24`), as in EDTF and the `timeline.json` export.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  public enum Precision: Int, Sendable, Comparable {
    case year, month, day
    public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
  }

  public var precision: Precision {
    day != nil ? .day : (month != nil ? .month : .year)
  }

  public var iso: String {
    // By hand: `String(format:)` was a twentieth of a rebuild (timeline keys, exports).
    func padded(_ number: Int, _ width: Int) -> String {
      if number < 0 { return "-" + padded(-number, width - 1) }  // as %04d writes -005
      let digits = String(number)
      return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
    var text = padded(year, 4)
    if let month { text += "-" + padded(month, 2) }
    if let day { text += "-" + padded(day, 2) }
    return text
  }

  public var description: String { iso }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time part after `T` or a space is ignored).
  public init?(iso text: String) {
    let datePart = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first.map(String.init) ?? ""
    let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(fields.count), fields[0].count == 4,
      let year = Int(fields[0])
    else { return nil }
    var month: Int?
    var day: Int?
    if fields.count >= 2 {
      guard fields[1].count == 2, let m = Int(fields[1]), (1...12).contains(m) else { return nil }
      month = m
    }
    if fields.count == 3 {
      guard fields[2].count == 2, let d = Int(fields[2]),
        d >= 1, d <= CalendarDate.daysIn(month: month!, year: year)
      else { return nil }
      day = d
    }
    self.init(year: year, month: month, day: day)
  }

  /// Orders by the earliest day each date covers, then coarser precision first.
  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    let left = (a.year, a.month ?? 0, a.day ?? 0)
    let right = (b.year, b.month ?? 0, b.day ?? 0)
    return left < right
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
