/// The grammar of date expressions, as patterns over a sentence's tokens.
///
/// The scanner walks the tokens left to right; at each token it tries every pattern that
/// can start there and keeps the longest match, then carries on after it. Patterns start
/// at the small word that belongs to the expression (« le 24 février », « en septembre »,
/// « ce mardi », "on Friday"), so the expression's text includes it.
///
/// What is a date and what is not:
/// - a four-digit number is a year only after a word that makes it one (« en », « depuis »,
///   "in", "since", a season) or inside a date: « 2 000 soldats », « 2022 personnes »,
///   `-24` and numbers in web addresses never are;
/// - a month alone is a date only after such a word or with « dernier »/« prochain »/"last"/
///   "next" (« en septembre », « fin mars », "in May"); English months must be capitalised;
/// - vague periods (« ces derniers mois », « pendant la pandémie », "in recent months",
///   "the past year") match nothing: only a unit with « ce »/« dernier »/« prochain »/"this"/
///   "last"/"next", or a counted « il y a N … »/"N … ago", is a relative period;
/// - a range (« du 3 au 5 mars », "March 3-5") yields its start, with the whole range as text.
struct DateGrammar: Sendable {
  let language: Language
  let lexicon: DateLexicon

  init(language: Language) {
    self.language = language
    self.lexicon = DateLexicon.forLanguage(language)
  }

  /// A match: token indices (inclusive) and the value.
  struct Match: Sendable {
    var first: Int
    var last: Int
    var value: DateValue
  }

  func matches(in tokens: [DateToken]) -> [Match] {
    let view = DateTokenView(tokens: tokens, lexicon: lexicon, language: language)
    var found: [Match] = []
    var index = 0
    while index < tokens.count {
      if !tokens[index].inLink, let match = longestMatch(at: index, view) {
        found.append(match)
        index = match.last + 1
      } else {
        index += 1
      }
    }
    return found
  }

  private func longestMatch(at index: Int, _ view: DateTokenView) -> Match? {
    let token = view.tokens[index]
    // Every pattern starts with a word or a number: skip marks quickly.
    guard token.kind != .punctuation else { return nil }
    var best: Match?
    func consider(_ match: Match?) {
      guard let match else { return }
      if best == nil || match.last > best!.last { best = match }
    }
    if token.kind == .number {
      consider(numericDate(at: index, view))
      consider(dayFirst(at: index, view))
      consider(year(at: index, view))
      consider(relativePeriod(at: index, view))
      return best
    }
    guard !token.text.isEmpty else { return nil }
    consider(numericDate(at: index, view))
    consider(dayFirst(at: index, view))
    if language == .en { consider(monthFirst(at: index, view)) }
    consider(month(at: index, view))
    consider(year(at: index, view))
    consider(weekday(at: index, view))
    consider(relativeDay(at: index, view))
    consider(relativePeriod(at: index, view))
    return best
  }

  // MARK: - Calendar dates

  /// `24/02/2022`, `24.02.22`, `2022-02-24`. Day first in French; in English, a date whose
  /// day and month could be swapped (`02/03/2022`) is left alone rather than guessed.
  func numericDate(at start: Int, _ view: DateTokenView) -> Match? {
    var index = start
    if view.isWord(index, in: lexicon.dayDeterminers), view.number(index + 1) != nil { index += 1 }
    guard let first = view.number(index), !view.isGluedBefore(index) else { return nil }
    let separator = index + 1
    guard let mark = view.tokens.indices.contains(separator) ? view.tokens[separator].text : nil,
      mark == "/" || mark == "." || mark == "-", view.isAttached(separator),
      let second = view.number(separator + 1), view.isAttached(separator + 1),
      view.isMark(separator + 2, mark), view.isAttached(separator + 2),
      let third = view.number(separator + 3), view.isAttached(separator + 3)
    else { return nil }
    let last = separator + 3
    // Not part of something longer (a phone number, a version, a path).
    if view.isAttached(last + 1), view.tokens[last + 1].kind != .punctuation || view.number(last + 2) != nil {
      return nil
    }
    var year: Int
    var month: Int
    var day: Int
    if first.digitCount == 4, mark == "-", second.digitCount == 2, third.digitCount == 2 {
      (year, month, day) = (first.number, second.number, third.number)
    } else {
      guard first.digitCount <= 2, second.digitCount <= 2,
        third.digitCount == 4 || third.digitCount == 2
      else { return nil }
      year = third.digitCount == 4 ? third.number : (third.number < 50 ? 2000 : 1900) + third.number
      switch language {
      case .fr:
        (day, month) = (first.number, second.number)
      case .en:
        if first.number > 12 {
          (day, month) = (first.number, second.number)
        } else if second.number > 12 {
          (day, month) = (second.number, first.number)
        } else {
          return nil
        }
      }
    }
    guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
      return nil
    }
    return Match(first: start, last: last, value: .absolute(CalendarDate(year: year, month: month, day: day)))
  }

  /// « le 24 février 2022 », « 1er mars », « vendredi 4 novembre », « du 3 au 5 mars »,
  /// « entre le 3 et le 5 mars », « les 3 et 4 mars », "24 February 2022", "the 24th of
  /// February", "3-5 March".
  func dayFirst(at start: Int, _ view: DateTokenView) -> Match? {
    var index = start
    var needsRange = false
    switch language {
    case .fr:
      if view.isWord(index, "entre"), view.isWord(index + 1, "le") {
        index += 2
        needsRange = true
      } else if view.isWord(index, "les") {
        index += 1
        needsRange = true
      } else if view.isWord(index, in: lexicon.dayDeterminers) {
        index += 1
      }
    case .en:
      if view.isWord(index, "between") || view.isWord(index, "from") {
        index += 1
        needsRange = view.isWord(start, "between")
      }
      while index < start + 2, view.isWord(index, in: lexicon.dayDeterminers) { index += 1 }
    }
    index = skipWeekday(at: index, view)
    guard let (firstDay, firstDayEnd) = view.day(at: index) else { return nil }
    index = firstDayEnd + 1
    var sawRange = false
    if let (_, secondDayEnd) = rangeDay(at: index, view), monthAfterDay(at: secondDayEnd + 1, view) != nil {
      index = secondDayEnd + 1
      sawRange = true
    }
    if needsRange && !sawRange { return nil }
    guard let (month, monthEnd) = monthAfterDay(at: index, view) else { return nil }
    var last = monthEnd
    var year = yearAfterMonth(at: last + 1, view)
    if let found = year { last = found.last }
    var hint = DeicticHint.none
    if year == nil, let (found, hintEnd) = hintAfter(at: last + 1, view) {
      hint = found
      last = hintEnd
    }
    // « du 28 février au 3 mars 2022 »: the start takes the end's year.
    if year == nil, hint == .none, !sawRange, isJoiner(at: last + 1, view, andToo: needsRange),
      let (_, endDayLast) = view.day(at: skipDeterminer(at: last + 2, view)),
      let (_, endMonthLast) = monthAfterDay(at: endDayLast + 1, view)
    {
      last = endMonthLast
      if let endYear = yearAfterMonth(at: endMonthLast + 1, view) {
        year = endYear
        last = endYear.last
      }
    }
    let value: DateValue
    if let year {
      guard firstDay <= CalendarDate.daysIn(month: month, year: year.year) else { return nil }
      value = .absolute(CalendarDate(year: year.year, month: month, day: firstDay))
    } else {
      guard firstDay <= CalendarDate.daysIn(month: month, year: 2024) else { return nil }
      value = .monthDay(month: month, day: firstDay, hint)
    }
    return Match(first: start, last: last, value: value)
  }

  /// "February 24, 2022", "Feb. 24", "on Friday, November 4", "March 3-5, 2022" (English).
  func monthFirst(at start: Int, _ view: DateTokenView) -> Match? {
    var index = start
    if view.isWord(index, "from") { index += 1 }
    while index < start + 2, view.isWord(index, in: lexicon.dayDeterminers) { index += 1 }
    index = skipWeekday(at: index, view)
    guard let (month, monthEnd) = view.month(at: index, nextToDay: view.number(index + 1) != nil)
    else { return nil }
    guard let (day, dayEnd) = view.day(at: monthEnd + 1) else { return nil }
    var last = dayEnd
    if let (_, secondDayEnd) = rangeDay(at: last + 1, view) { last = secondDayEnd }
    var year: Int?
    if let found = yearAfterMonth(at: last + 1, view) {
      year = found.year
      last = found.last
    }
    guard day <= CalendarDate.daysIn(month: month, year: year ?? 2024) else { return nil }
    let value: DateValue =
      year.map { .absolute(CalendarDate(year: $0, month: month, day: day)) }
      ?? .monthDay(month: month, day: day, .none)
    return Match(first: start, last: last, value: value)
  }

  /// « en juin 2021 », « février 2022 », « en septembre », « fin mars », « mi-septembre »,
  /// « au mois de mai », « septembre dernier », « de mars à mai », "in May", "last May",
  /// "early March", "the end of March", "from March to May".
  func month(at start: Int, _ view: DateTokenView) -> Match? {
    var index = start
    var cued = false
    var hint = DeicticHint.none
    var rangeStart = false
    switch language {
    case .fr:
      if view.isWord(index, in: ["au", "le", "ce", "du"]), view.isWord(index + 1, "mois"),
        view.isWord(index + 2, "de") || view.isElided(index + 2, "d")
      {
        if view.isWord(index, "ce") { hint = .this }
        index += view.isWord(index + 2, "de") ? 3 : 4
        cued = true
      } else if view.isElided(index, "jusqu"), view.isWord(index + 2, "en") {
        index += 3
        cued = true
      } else if view.isWord(index, "de") || view.isElided(index, "d") {
        index += view.isWord(index, "de") ? 1 : 2
        rangeStart = true
      } else if view.isWord(index, "entre") {
        index += 1
        rangeStart = true
      } else if view.isWord(index, "mi"), view.isMark(index + 1, "-") {
        index += 2
        cued = true
      } else if view.isWord(index, in: lexicon.monthCues) {
        index += 1
        cued = true
      }
    case .en:
      if view.isWord(index, "the"), view.isWord(index + 1, in: ["end", "beginning", "start", "middle"]) {
        index += 1
      }
      if view.isWord(index, in: ["end", "beginning", "start", "middle"]), view.isWord(index + 1, "of") {
        index += 2
        cued = true
      } else if view.isWord(index, "mid"), view.isMark(index + 1, "-") {
        index += 2
        cued = true
      } else if view.isWord(index, "from") || view.isWord(index, "between") {
        index += 1
        rangeStart = true
      } else if let found = hintBefore(at: index, view) {
        hint = found
        index += 1
        cued = true
      } else if view.isWord(index, in: lexicon.monthCues) {
        index += 1
        cued = true
      }
    }
    guard let (month, monthEnd) = view.month(at: index, nextToDay: false) else { return nil }
    var last = monthEnd
    if hint == .none, let year = yearAfterMonth(at: last + 1, view) {
      // « de juin 2021 »: « de » only belongs to the expression when it opens a range.
      let first = rangeStart ? index : start
      return Match(
        first: first, last: year.last, value: .absolute(CalendarDate(year: year.year, month: month)))
    }
    if hint == .none, let (found, hintEnd) = hintAfter(at: last + 1, view) {
      hint = found
      last = hintEnd
      cued = true
    }
    if rangeStart, hint == .none, isJoiner(at: last + 1, view, andToo: true),
      let (_, endMonthLast) = view.month(at: last + 2, nextToDay: false)
    {
      last = endMonthLast
      cued = true
      if let year = yearAfterMonth(at: last + 1, view) {
        return Match(
          first: start, last: year.last, value: .absolute(CalendarDate(year: year.year, month: month)))
      }
    }
    guard cued else { return nil }
    return Match(first: start, last: last, value: .month(month, hint))
  }

  /// « en 2020 », « depuis 2014 », « fin 2021 », « mi-2022 », « l’été 2022 », « de 2014 à
  /// 2016 », « 1939-1945 », "in 2020", "since 2014", "the year 2000", "summer of 2022".
  /// A range spans at most 50 years: « passé de 1500 à 2000 blessés » is a count.
  func year(at start: Int, _ view: DateTokenView) -> Match? {
    var index = start
    var cued = false
    var rangeStart = false
    if view.isWord(index, "mi") || view.isWord(index, "mid"), view.isMark(index + 1, "-") {
      index += 2
      cued = true
    } else if language == .fr, view.isElided(index, "jusqu"), view.isWord(index + 2, "en") {
      index += 3
      cued = true
    } else if language == .en, view.isWord(index, "the"), view.isWord(index + 1, "year") {
      index += 2
      cued = true
    } else if view.isWord(index, in: ["de", "entre", "from", "between"]) || view.isElided(index, "d") {
      index += view.isElided(index, "d") ? 2 : 1
      rangeStart = true
    } else if view.isWord(index, in: lexicon.yearCues) {
      index += 1
      if language == .en, view.isWord(index, "of") { index += 1 }
      cued = true
    }
    guard let (year, yearEnd) = view.year(at: index) else { return nil }
    var last = yearEnd
    let joiner = last + 1
    if isJoiner(at: joiner, view, andToo: rangeStart),
      let (endYear, endLast) = view.year(at: joiner + 1)
        ?? (view.isAttached(joiner) && view.isAttached(joiner + 1)
          ? attachedYear(at: joiner + 1, view) : nil),
      endYear > year, endYear - year <= 50
    {
      last = endLast
      cued = true
    }
    guard cued else { return nil }
    return Match(first: start, last: last, value: .absolute(CalendarDate(year: year)))
  }

  // MARK: - Pieces

  /// The year ending a glued range such as `2014-2016`, where the strict year check sees glue.
  private func attachedYear(at index: Int, _ view: DateTokenView) -> (Int, Int)? {
    guard let token = view.number(index), token.digitCount == 4, (1000...2199).contains(token.number),
      !view.isGluedAfter(index)
    else { return nil }
    return (token.number, index)
  }

  /// A word or dash joining the two ends of a range; « et »/"and" only when `andToo`.
  private func isJoiner(at index: Int, _ view: DateTokenView, andToo: Bool) -> Bool {
    if view.isMark(index, "-") || view.isMark(index, "–") { return true }
    if view.isWord(index, in: lexicon.rangeJoiners) { return true }
    return andToo && view.isWord(index, in: lexicon.andWords)
  }

  /// Skips a weekday name (and a comma after it) before a day number: « vendredi 4 novembre »,
  /// "Friday, November 4".
  private func skipWeekday(at index: Int, _ view: DateTokenView) -> Int {
    guard let word = view.word(index), lexicon.weekdays[word] != nil else { return index }
    return view.isMark(index + 1, ",") ? index + 2 : index + 1
  }

  private func skipDeterminer(at index: Int, _ view: DateTokenView) -> Int {
    view.isWord(index, "le") || view.isWord(index, "the") ? index + 1 : index
  }

  /// The second day of a range after the first: « au 5 », « et le 5 », "-5", "to 5".
  private func rangeDay(at index: Int, _ view: DateTokenView) -> (Int, Int)? {
    guard isJoiner(at: index, view, andToo: true) else { return nil }
    let dash = view.isMark(index, "-") || view.isMark(index, "–")
    guard let (day, last) = view.day(at: skipDeterminer(at: index + 1, view), afterDash: dash) else {
      return nil
    }
    return (day, last)
  }

  /// A month name right after a day number, with "of" between in English.
  private func monthAfterDay(at index: Int, _ view: DateTokenView) -> (Int, Int)? {
    if language == .en, view.isWord(index, "of") { return view.month(at: index + 1, nextToDay: true) }
    return view.month(at: index, nextToDay: true)
  }

  /// The year right after a month or a day, with a comma between in English ("February 24,
  /// 2022").
  private func yearAfterMonth(at index: Int, _ view: DateTokenView) -> (year: Int, last: Int)? {
    if let found = view.year(at: index) { return found }
    if language == .en, view.isMark(index, ","), let found = view.year(at: index + 1) { return found }
    return nil
  }

  /// « dernier », « passée », « prochain » after a unit, weekday or month (French).
  func hintAfter(at index: Int, _ view: DateTokenView) -> (DeicticHint, Int)? {
    guard let word = view.word(index) else { return nil }
    if lexicon.lastAfter.contains(word) { return (.last, index) }
    if lexicon.nextAfter.contains(word) { return (.next, index) }
    return nil
  }

  /// "this", "last", "next" before a unit, weekday or month (English).
  func hintBefore(at index: Int, _ view: DateTokenView) -> DeicticHint? {
    guard let word = view.word(index) else { return nil }
    if lexicon.thisBefore.contains(word) { return .this }
    if lexicon.lastBefore.contains(word) { return .last }
    if lexicon.nextBefore.contains(word) { return .next }
    return nil
  }
}
