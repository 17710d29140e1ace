/// Patterns whose meaning depends on when the article was written: weekdays, relative days
/// and relative periods. The grammar only records what the words say; `DateResolver` turns
/// them into dates with the publication date and the verb tense.
extension DateGrammar {
  /// « vendredi », « ce mardi », « mardi dernier », « mardi prochain », "Friday", "on Friday",
  /// "this Tuesday", "last Friday", "next Tuesday", "this past Sunday".
  ///
  /// Not a day: a habit or a name (« le vendredi », « chaque lundi », « tous les lundis »,
  /// « vendredi saint », "Black Friday", "every Monday"), an anaphora (« ce jour-là »,
  /// « ce vendredi-là »), and in French a capitalised weekday inside a sentence (a title).
  func weekday(at start: Int, _ view: DateTokenView) -> Match? {
    var index = start
    var hint = DeicticHint.none
    switch language {
    case .fr:
      if view.isWord(index, in: lexicon.thisBefore) {
        hint = .this
        index += 1
      }
    case .en:
      if view.isWord(index, "on") {
        index += 1
      } else if view.isWord(index, "this"), view.isWord(index + 1, "past") {
        hint = .last
        index += 2
      } else if view.isWord(index, "this"), view.isWord(index + 1, "coming") {
        hint = .next
        index += 2
      } else if view.isWord(index, "coming") {
        hint = .next
        index += 1
      } else if let found = hintBefore(at: index, view) {
        hint = found
        index += 1
      }
    }
    guard let word = view.word(index), let weekday = lexicon.weekdays[word] else { return nil }
    switch language {
    case .fr:
      if view.isCapitalized(index), index != start || !view.startsSentence(index) { return nil }
    case .en:
      guard view.isCapitalized(index) else { return nil }
    }
    if index == start, view.isWord(index - 1, in: lexicon.weekdayBlockers) { return nil }
    if language == .en, view.isWord(index - 1, in: lexicon.weekdayBlockers) { return nil }
    if view.isWord(index + 1, in: lexicon.weekdayNameParts) { return nil }
    if view.isMark(index + 1, "-"), view.isWord(index + 2, "là") || view.isWord(index + 2, "la") {
      return nil
    }
    var last = index
    if language == .fr, hint != .this, let (found, hintEnd) = hintAfter(at: index + 1, view) {
      hint = found
      last = hintEnd
    }
    return Match(first: start, last: last, value: .weekday(weekday, hint))
  }

  /// « hier », « demain », « aujourd’hui », « avant-hier », « après-demain », « ce matin »,
  /// « ce soir », "yesterday", "today", "tomorrow", "tonight", "this morning", "last night",
  /// "the day before yesterday", "the day after tomorrow".
  ///
  /// Not a day: the figurative « le monde de demain », « la Russie d’aujourd’hui », "the
  /// leaders of today", « jusqu’à aujourd’hui » (a span), and "Today" capitalised inside an
  /// English sentence (a name: "USA Today").
  func relativeDay(at start: Int, _ view: DateTokenView) -> Match? {
    guard let first = view.word(start) else { return nil }
    var offset: Int
    var last = start
    switch language {
    case .fr:
      let hui = view.isMark(start + 1, "'") ? start + 2 : start + 1
      if first == "aujourd", view.isWord(hui, "hui") {
        offset = 0
        last = hui
        if view.isWord(start - 1, "à"), view.isMark(start - 2, "'"), view.isWord(start - 3, "jusqu") {
          return nil
        }
      } else if first == "avant" || first == "après" || first == "apres" {
        let next = view.isMark(start + 1, "-") ? start + 2 : start + 1
        guard view.isWord(next, first == "avant" ? "hier" : "demain") else { return nil }
        offset = first == "avant" ? -2 : 2
        last = next
      } else if first == "ce", view.isWord(start + 1, "matin") || view.isWord(start + 1, "soir") {
        offset = 0
        last = start + 1
      } else if first == "cet", view.isWord(start + 1, "après") || view.isWord(start + 1, "apres"),
        view.isMark(start + 2, "-"), view.isWord(start + 3, "midi")
      {
        offset = 0
        last = start + 3
      } else if let value = lexicon.relativeDays[first] {
        offset = value
      } else {
        return nil
      }
      if view.isWord(start - 1, "de") || (view.isMark(start - 1, "'") && view.isWord(start - 2, "d")) {
        return nil
      }
    case .en:
      if first == "the", view.isWord(start + 1, "day"),
        view.isWord(start + 2, "before") && view.isWord(start + 3, "yesterday")
          || view.isWord(start + 2, "after") && view.isWord(start + 3, "tomorrow")
      {
        offset = view.isWord(start + 2, "before") ? -2 : 2
        last = start + 3
      } else if first == "this", view.isWord(start + 1, in: ["morning", "afternoon", "evening"]) {
        offset = 0
        last = start + 1
      } else if first == "last", view.isWord(start + 1, "night") {
        offset = -1
        last = start + 1
      } else if let value = lexicon.relativeDays[first] {
        if view.isCapitalized(start), !view.startsSentence(start) { return nil }
        offset = value
      } else {
        return nil
      }
      if view.isWord(start - 1, in: lexicon.relativeDayBlockers) { return nil }
    }
    return Match(first: start, last: last, value: .relativeDays(offset))
  }

  /// « ce mois-ci », « cette semaine », « cette année », « ce week-end », « le mois dernier »,
  /// « la semaine dernière », « l’an dernier », « l’année prochaine », « il y a deux
  /// semaines », « il y a 3 jours », « dans deux mois », "this month", "earlier this month",
  /// "last week", "next year", "two weeks ago", "a year ago", "in three days".
  ///
  /// Not a period: plurals and durations (« ces derniers mois », « les dernières semaines »,
  /// "the past year", "over the last week", "in recent months"), uncounted spans (« il y a
  /// quelques jours », "weeks ago") and anaphoras (« cette année-là »).
  func relativePeriod(at start: Int, _ view: DateTokenView) -> Match? {
    switch language {
    case .fr: return frenchRelativePeriod(at: start, view)
    case .en: return englishRelativePeriod(at: start, view)
    }
  }

  private func frenchRelativePeriod(at start: Int, _ view: DateTokenView) -> Match? {
    // « il y a deux semaines », « dans trois jours »
    var countStart: Int?
    var sign = -1
    if view.isWord(start, "il"), view.isWord(start + 1, "y"),
      view.isWord(start + 2, "a") || view.isWord(start + 2, "à")
    {
      countStart = start + 3
    } else if view.isWord(start, "dans") {
      countStart = start + 1
      sign = 1
    }
    if let countStart {
      guard let (count, countEnd) = view.count(at: countStart),
        let (unit, unitEnd, _) = view.unit(at: countEnd + 1)
      else { return nil }
      if sign > 0, view.isWord(unitEnd + 1, "de") || view.isElided(unitEnd + 1, "d") { return nil }
      return Match(first: start, last: unitEnd, value: counted(unit, sign * count))
    }
    // « ce mois-ci », « cette semaine », « cette année »
    if view.isWord(start, in: lexicon.thisBefore) {
      guard let (unit, unitEnd, plural) = view.unit(at: start + 1), !plural, unit != .day,
        !view.isWord(start + 1, "an")
      else { return nil }
      if view.isMark(unitEnd + 1, "-") {
        if view.isWord(unitEnd + 2, "ci") {
          return Match(first: start, last: unitEnd + 2, value: .relativeUnit(relative(unit), offset: 0))
        }
        if view.isWord(unitEnd + 2, "là") || view.isWord(unitEnd + 2, "la") { return nil }
      }
      return Match(first: start, last: unitEnd, value: .relativeUnit(relative(unit), offset: 0))
    }
    // « le mois dernier », « la semaine prochaine », « l’an passé »
    var index = start
    if view.isWord(index, "le") || view.isWord(index, "la") {
      index += 1
    } else if view.isElided(index, "l") {
      index += 2
    }
    guard let (unit, unitEnd, plural) = view.unit(at: index), !plural, unit != .day,
      let (hint, hintEnd) = hintAfter(at: unitEnd + 1, view)
    else { return nil }
    return Match(
      first: start, last: hintEnd, value: .relativeUnit(relative(unit), offset: hint == .last ? -1 : 1))
  }

  private func englishRelativePeriod(at start: Int, _ view: DateTokenView) -> Match? {
    // "two weeks ago", "a year ago"
    if let (count, countEnd) = view.count(at: start),
      let (unit, unitEnd, plural) = view.unit(at: countEnd + 1),
      plural == (count > 1), view.isWord(unitEnd + 1, "ago")
    {
      return Match(first: start, last: unitEnd + 1, value: counted(unit, -count))
    }
    // "in three days", "in two weeks" (but not "in two weeks of talks")
    if view.isWord(start, "in"), let (count, countEnd) = view.count(at: start + 1),
      let (unit, unitEnd, plural) = view.unit(at: countEnd + 1), plural == (count > 1),
      !view.isWord(unitEnd + 1, "of"), !view.isWord(unitEnd + 1, "ago")
    {
      return Match(first: start, last: unitEnd, value: counted(unit, count))
    }
    // "earlier this month", "this week", "last year", "next month"
    var index = start
    if view.isWord(index, "earlier") || view.isWord(index, "later") { index += 1 }
    guard let hint = hintBefore(at: index, view), !view.isWord(start - 1, "the"),
      let (unit, unitEnd, plural) = view.unit(at: index + 1), !plural, unit != .day
    else { return nil }
    let offset = hint == .last ? -1 : (hint == .next ? 1 : 0)
    return Match(first: start, last: unitEnd, value: .relativeUnit(relative(unit), offset: offset))
  }

  private func counted(_ unit: DateLexicon.Unit, _ count: Int) -> DateValue {
    unit == .day ? .relativeDays(count) : .relativeUnit(relative(unit), offset: count)
  }

  private func relative(_ unit: DateLexicon.Unit) -> RelativeUnit {
    switch unit {
    case .day, .week: return .week
    case .weekend: return .weekend
    case .month: return .month
    case .year: return .year
    }
  }
}
