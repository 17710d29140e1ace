/// A date expression of an article placed on the calendar.
public struct ResolvedDate: Sendable, Hashable {
  /// The anchor of the sentence holding the expression (`Sentence.anchor`).
  public var sentenceAnchor: String
  /// UTF-8 offsets of the expression in the sentence's text.
  public var range: Range<Int>
  /// The expression's words (« le 24 février »).
  public var expression: String
  /// The date, at the precision the expression gives: a year, a month or a day.
  public var date: CalendarDate

  public init(sentenceAnchor: String, range: Range<Int>, expression: String, date: CalendarDate) {
    self.sentenceAnchor = sentenceAnchor
    self.range = range
    self.expression = expression
    self.date = date
  }
}

/// Places an article's date expressions on the calendar, reading the article in order.
///
/// Complete dates (« le 24 février 2022 », « en juin 2021 », « en 2020 ») stand as written.
/// Everything else is placed against the publication date, which must be known to the day
/// (without it, only complete dates resolve), by these rules:
///
/// 1. Relative days count from the publication day: « hier » −1, « demain » +1,
///    « avant-hier » −2, « il y a 3 jours » −3, "tomorrow" +1.
/// 2. Relative periods count from the publication's week, month or year, at the precision
///    of their unit: « ce mois-ci » and "this month" are the publication month, « le mois
///    dernier » the month before, « l’an dernier » the year before, « l’année prochaine »
///    the year after. A week has no ISO prefix of its own, so « la semaine dernière » and
///    « il y a deux semaines » give the month holding the day 7 or 14 days before
///    publication, which never claims a day the text does not give; a weekend
///    (« ce week-end », "last weekend") gives the month of its Saturday, found as for a
///    weekday (rule 3).
/// 3. Weekdays (`resolveWeekday`): « mardi dernier »/"last Tuesday" is the latest Tuesday
///    strictly before publication, « mardi prochain »/"next Tuesday" the first strictly
///    after. Otherwise (« vendredi », « ce mardi », "on Friday") the verb tense decides: a
///    past-tense sentence means the latest such day on or before publication (« a déclaré
///    vendredi », published Monday 7 November 2022: Friday 4 November), a future-tense one
///    the first on or after (« sera … ce mardi »: Tuesday 8 November); with no telling verb,
///    the nearest one (« Les fidèles prient … dimanche », published on a Monday: the day
///    before). The publication day itself counts, since agencies write « a annoncé lundi »
///    on the Monday.
/// 4. Months and days without a year (`resolveYear`): « septembre dernier »/"last
///    September" is the latest September strictly before the publication month, « en
///    septembre prochain » the next one after. Otherwise they take the year of the
///    narrative (`Narrative`): the year of the nearest complete date before them in the
///    article (« en juin 2021 », « le 4 octobre 2022 », « en 2014 »), or the publication
///    year when there is none. So after « en juin 2021 », « Mais en octobre, les services …
///    ont indiqué » is October 2021, and after « en février 2022 », « le 24 février » is
///    24 February 2022. Three refinements keep the narrative honest:
///    - it moves forward: a month earlier in the year than the narrative's month is the
///      following year ("took office in September 2021 and survived a vote in January":
///      January 2022), unless the sentence is in the plus-que-parfait/past perfect, which
///      tells of an earlier past (« En janvier, il avait averti … »: same year);
///    - it ends when the text comes back to the present: a weekday, relative day or
///      relative period in a later sentence than the complete date (« Il y a trois
///      semaines, … », "Last month, …") brings back the publication year; in the same
///      sentence (« … en juin 2021, a rappelé vendredi le porte-parole ») it does not;
///    - the tense has the last word: a past-tense sentence never tells of a date after
///      publication (a bare « en décembre » in a past-tense sentence of an article
///      published in November 2022 is December 2021), and a future-tense one never of a
///      date before it (« un scrutin pourrait être organisé en mai », published in March
///      2023 after talk of 2022, is May 2023; « En janvier, le parlement votera » published
///      in November 2022 is January 2023).
public struct DateResolver: Sendable {
  public let language: Language
  let recognizer: DateExpressionRecognizer

  public init(language: Language) {
    self.language = language
    self.recognizer = DateExpressionRecognizer(language: language)
  }

  /// Every date expression of `sentences` (an article's, in order) that can be placed,
  /// in order. `published` is the article's date; it is used only when known to the day.
  public func resolve(sentences: [Sentence], published: CalendarDate?) -> [ResolvedDate] {
    let publication = published?.precision == .day ? published : nil
    var narrative: Narrative?
    var resolved: [ResolvedDate] = []
    for (sentenceIndex, sentence) in sentences.enumerated() {
      let scan = recognizer.scan(sentence.text)
      guard !scan.expressions.isEmpty else { continue }
      var cues: TenseCues?
      for (expression, span) in zip(scan.expressions, scan.spans) {
        var tense = Tense.unknown
        if needsTense(expression.value) {
          if cues == nil {
            cues = TenseCues(tokens: DateTokenizer.tokenize(sentence.text), language: language)
          }
          tense = cues!.tense(around: span)
        }
        if let date = Self.resolve(
          expression.value, tense: tense, published: publication, narrative: narrative)
        {
          resolved.append(
            ResolvedDate(
              sentenceAnchor: sentence.anchor, range: expression.range, expression: expression.text,
              date: date))
        }
        switch expression.value {
        case .absolute(let date):
          narrative = Narrative(year: date.year, month: date.month, sentence: sentenceIndex)
        case .weekday, .relativeDays, .relativeUnit:
          if let current = narrative, current.sentence < sentenceIndex { narrative = nil }
        case .month, .monthDay:
          break
        }
      }
    }
    return resolved
  }

  /// Where the article's story stands in time: the last complete date it gave, and in which
  /// sentence (rule 4).
  struct Narrative: Sendable, Hashable {
    var year: Int
    var month: Int?
    var sentence: Int
  }

  private func needsTense(_ value: DateValue) -> Bool {
    switch value {
    case .weekday, .month, .monthDay, .relativeUnit(.weekend, _): return true
    case .absolute, .relativeDays, .relativeUnit: return false
    }
  }

  /// The calendar date of one expression's value, or nil when it cannot be placed (no
  /// publication date for a relative expression, or a day that does not exist that year).
  static func resolve(
    _ value: DateValue, tense: Tense, published: CalendarDate?, narrative: Narrative?
  ) -> CalendarDate? {
    if case .absolute(let date) = value { return date }
    guard let published, published.precision == .day else { return nil }
    let today = CalendarArithmetic.dayNumber(of: published)
    switch value {
    case .absolute(let date):
      return date
    case .relativeDays(let offset):
      return CalendarArithmetic.date(today + offset)
    case .relativeUnit(let unit, let offset):
      switch unit {
      case .year:
        return CalendarDate(year: published.year + offset)
      case .month:
        let (year, month) = CalendarArithmetic.adding(
          months: offset, toYear: published.year, month: published.month!)
        return CalendarDate(year: year, month: month)
      case .week:
        return monthOf(CalendarArithmetic.date(today + 7 * offset))
      case .weekend:
        let hint: DeicticHint = offset < 0 ? .last : (offset > 0 ? .next : .this)
        return monthOf(CalendarArithmetic.date(resolveWeekday(.saturday, hint, tense: tense, today: today)))
      }
    case .weekday(let weekday, let hint):
      return CalendarArithmetic.date(resolveWeekday(weekday, hint, tense: tense, today: today))
    case .month(let month, let hint):
      let year = resolveYear(
        month: month, day: nil, hint, tense: tense, published: published, narrative: narrative)
      return CalendarDate(year: year, month: month)
    case .monthDay(let month, let day, let hint):
      let year = resolveYear(
        month: month, day: day, hint, tense: tense, published: published, narrative: narrative)
      guard day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
      return CalendarDate(year: year, month: month, day: day)
    }
  }

  /// The day number of a weekday, per rule 3 in the type's documentation.
  static func resolveWeekday(_ weekday: Weekday, _ hint: DeicticHint, tense: Tense, today: Int) -> Int {
    let current = CalendarArithmetic.weekday(today)
    let back = (current - weekday.rawValue + 7) % 7  // days back to the latest one, 0 if today
    let ahead = (weekday.rawValue - current + 7) % 7  // days ahead to the next one, 0 if today
    switch hint {
    case .last: return today - (back == 0 ? 7 : back)
    case .next: return today + (ahead == 0 ? 7 : ahead)
    case .this, .none:
      switch tense {
      case .past, .pluperfect: return today - back
      case .future: return today + ahead
      case .unknown: return back <= ahead ? today - back : today + ahead
      }
    }
  }

  /// The year of a month (and day) given without one, per rule 4 in the type's documentation.
  static func resolveYear(
    month: Int, day: Int?, _ hint: DeicticHint, tense: Tense, published: CalendarDate, narrative: Narrative?
  ) -> Int {
    let publication = (published.month ?? 1, day == nil ? 0 : (published.day ?? 1))
    let point = (month, day ?? 0)
    switch hint {
    case .last: return point < publication ? published.year : published.year - 1
    case .next: return point > publication ? published.year : published.year + 1
    case .this, .none:
      var year = published.year
      if let narrative {
        year = narrative.year
        if let narrativeMonth = narrative.month, month < narrativeMonth, tense != .pluperfect { year += 1 }
      }
      if tense.isPast, (year, point.0, point.1) > (published.year, publication.0, publication.1) {
        year = point <= publication ? published.year : published.year - 1
      }
      if tense == .future, (year, point.0, point.1) < (published.year, publication.0, publication.1) {
        year = point >= publication ? published.year : published.year + 1
      }
      return year
    }
  }

  private static func monthOf(_ date: CalendarDate) -> CalendarDate {
    CalendarDate(year: date.year, month: date.month)
  }
}
