import Foundation

/// Dates the raw text gives about itself: a publication line (« publié le 22 juin 2020 »,
/// "Published June 22, 2020") or a web address whose path holds a date (`/2020/06/22/`).
/// They are hints: the importer reports them and uses one only when `--date` is absent.
enum DateHints {
  /// Words that introduce a publication or update date, folded (lower case, no accents).
  static let triggers: [String] = [
    "date de publication", "publie le", "publiee le", "mis a jour le", "mise a jour le",
    "paru le", "modifie le", "cree le", "first published", "last updated", "published",
    "updated", "posted", "publie", "publiee", "mise a jour",
  ]

  static let months: [String: Int] = [
    "janvier": 1, "janv": 1, "jan": 1, "january": 1, "fevrier": 2, "fevr": 2, "fev": 2,
    "feb": 2, "february": 2, "mars": 3, "mar": 3, "march": 3, "avril": 4, "avr": 4, "apr": 4,
    "april": 4, "mai": 5, "may": 5, "juin": 6, "june": 6, "jun": 6, "juillet": 7, "juil": 7,
    "july": 7, "jul": 7, "aout": 8, "aug": 8, "august": 8, "septembre": 9, "sept": 9, "sep": 9,
    "september": 9, "octobre": 10, "oct": 10, "october": 10, "novembre": 11, "nov": 11,
    "november": 11, "decembre": 12, "dec": 12, "december": 12,
  ]

  /// Words that may sit between the trigger and the date.
  static let fillers: Set<String> = [
    "le", "on", "the", "at", "a", ":", "-", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  ]

  /// The publication date a line states, with the words that gave it.
  static func publicationDate(in text: String) -> (date: CalendarDate, evidence: String)? {
    guard mayHoldTrigger(text) else { return nil }
    let folded = Folding.fold(text)
    for trigger in triggers {
      var searchStart = folded.startIndex
      while let range = folded.range(of: trigger, range: searchStart..<folded.endIndex) {
        searchStart = range.upperBound
        let atWordStart =
          range.lowerBound == folded.startIndex
          || !folded[folded.index(before: range.lowerBound)].isLetter
        guard atWordStart, range.upperBound == folded.endIndex || !folded[range.upperBound].isLetter
        else { continue }
        let after = folded[range.upperBound...].prefix(60)
        if let date = parseDate(String(after)) {
          let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
          let evidence = String(text.dropFirst(start).prefix(trigger.count + 40))
          return (date, evidence.trimmingCharacters(in: .whitespaces))
        }
      }
    }
    return nil
  }

  /// ASCII stems every trigger holds, looked for without folding the whole line.
  static let stems: [[UInt8]] = ["publi", "jour", "paru", "modifi", "cré", "cree", "updated", "posted"]
    .map { Array($0.utf8) }

  static func mayHoldTrigger(_ text: String) -> Bool {
    let bytes = Array(text.utf8.prefix(4096)).map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
    return stems.contains { stem in
      bytes.count >= stem.count
        && (0...(bytes.count - stem.count)).contains { bytes[$0..<($0 + stem.count)].elementsEqual(stem) }
    }
  }

  /// Reads a date at the start of folded text, after optional fillers:
  /// `22 juin 2020`, `1er mars 2022`, `june 22, 2020`, `22/06/2020`, `2020-06-22`, `juin 2020`.
  static func parseDate(_ folded: String) -> CalendarDate? {
    let tokens = folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".:")) }
      .filter { !$0.isEmpty }
    var index = 0
    while index < tokens.count, fillers.contains(tokens[index]) { index += 1 }
    guard index < tokens.count else { return nil }
    let first = tokens[index]
    let second = index + 1 < tokens.count ? tokens[index + 1] : ""
    let third = index + 2 < tokens.count ? tokens[index + 2] : ""
    if let numeric = numericDate(first) { return numeric }
    if let day = dayNumber(first), let month = months[second], let year = yearNumber(third) {
      return validDay(year, month, day)
    }
    if let month = months[first], let day = dayNumber(second), let year = yearNumber(third) {
      return validDay(year, month, day)
    }
    if let month = months[first], let year = yearNumber(second) {
      return CalendarDate(year: year, month: month)
    }
    return nil
  }

  /// `2020-06-22`, `22/06/2020`, `22.06.2020`; a day-month order is assumed only when the
  /// numbers leave no doubt or both readings agree.
  static func numericDate(_ token: String) -> CalendarDate? {
    // An ISO date, maybe with a time (`2020-06-22t10:00` once folded).
    if let iso = CalendarDate(iso: String(token.prefix(10))), iso.precision == .day,
      token.count == 10 || token.dropFirst(10).first == "t"
    {
      return iso
    }
    let parts = token.split(whereSeparator: { $0 == "/" || $0 == "." }).map { Int($0) }
    guard parts.count == 3, let a = parts[0], let b = parts[1], let year = parts[2],
      (1900...2100).contains(year)
    else { return nil }
    if a > 12 || a == b { return validDay(year, b, a) }
    if b > 12 { return validDay(year, a, b) }
    return nil
  }

  static func dayNumber(_ token: String) -> Int? {
    var digits = token
    for suffix in ["er", "st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
      digits.removeLast(suffix.count)
    }
    guard let day = Int(digits), (1...31).contains(day) else { return nil }
    return day
  }

  static func yearNumber(_ token: String) -> Int? {
    guard token.count == 4, let year = Int(token), (1900...2100).contains(year) else { return nil }
    return year
  }

  static func validDay(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
    guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// A date in the path of a web address: `/2020/06/22/` gives a day, `/2020/06/` a month.
  static func urlDate(in address: String) -> CalendarDate? {
    let path: Substring
    if let scheme = address.range(of: "://"), let slash = address[scheme.upperBound...].firstIndex(of: "/") {
      path = address[slash...]
    } else {
      return nil
    }
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    for (index, part) in parts.enumerated() {
      guard let year = yearNumber(part), index + 1 < parts.count,
        parts[index + 1].count == 2, let month = Int(parts[index + 1]), (1...12).contains(month)
      else { continue }
      if index + 2 < parts.count, parts[index + 2].count == 2, let day = Int(parts[index + 2]),
        let date = validDay(year, month, day)
      {
        return date
      }
      return CalendarDate(year: year, month: month)
    }
    return nil
  }

  /// Every http(s) address in a line, without trailing punctuation.
  static func webAddresses(in text: String) -> [String] {
    TextShape.tokens(text).compactMap { token in
      let lower = token.lowercased()
      guard let start = lower.range(of: "http://") ?? lower.range(of: "https://") else { return nil }
      let offset = lower.distance(from: lower.startIndex, to: start.lowerBound)
      var address = String(token.dropFirst(offset))
      while let last = address.last, ".,;:!?)»\"”’'>]".contains(last) { address.removeLast() }
      return address.count > 10 ? address : nil
    }
  }
}
