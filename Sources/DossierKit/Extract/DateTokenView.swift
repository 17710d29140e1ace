/// Read-only helpers over a sentence's tokens for the date grammar: safe look-ups by index
/// (out of range or inside a link reads as nothing) and the small pieces every pattern uses
/// (a day number, a month name, a year).
struct DateTokenView {
  let tokens: [DateToken]
  let lexicon: DateLexicon
  let language: Language

  var count: Int { tokens.count }

  /// The lower-cased word at `index`, or nil for numbers, marks, links and out of range.
  func word(_ index: Int) -> String? {
    guard index >= 0, index < tokens.count else { return nil }
    let token = tokens[index]
    return token.kind == .word && !token.inLink ? token.text : nil
  }

  func isWord(_ index: Int, _ text: String) -> Bool { word(index) == text }

  func isWord(_ index: Int, in words: Set<String>) -> Bool {
    guard let word = word(index) else { return false }
    return words.contains(word)
  }

  func isMark(_ index: Int, _ mark: String) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    return tokens[index].kind == .punctuation && tokens[index].text == mark
  }

  func isCapitalized(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].isCapitalized
  }

  /// Whether the token at `index` touches the one before it (no space between).
  func isAttached(_ index: Int) -> Bool {
    index > 0 && index < tokens.count && !tokens[index].spaceBefore
  }

  /// True when the token at `index` begins the sentence or follows only opening marks,
  /// so a capital there says nothing about names.
  func startsSentence(_ index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0 {
      let token = tokens[previous]
      guard token.kind == .punctuation else { return false }
      if !"«\"“'(—–-[:.!?…".contains(token.text) { return false }
      if ".!?…:".contains(token.text) { return true }
      previous -= 1
    }
    return true
  }

  /// The elided article or preposition « l’ », « d’ », « jusqu’ » at `index` (word + apostrophe).
  func isElided(_ index: Int, _ word: String) -> Bool {
    isWord(index, word) && isMark(index + 1, "'")
  }

  // MARK: - Numbers

  /// A plain number token (not part of a link), or nil.
  func number(_ index: Int) -> DateToken? {
    guard index >= 0, index < tokens.count else { return nil }
    let token = tokens[index]
    return token.kind == .number && !token.inLink && token.number >= 0 ? token : nil
  }

  /// True when the number at `index` is glued to something before it that makes it part of a
  /// bigger figure, a code or a signed value: « A320 », « -24 », « 3,5 », « 14:30 ».
  func isGluedBefore(_ index: Int) -> Bool {
    guard isAttached(index) else { return false }
    let previous = tokens[index - 1]
    switch previous.kind {
    case .word, .number: return true
    case .punctuation: return "-+−–,.:/°#№$€£".contains(previous.text)
    }
  }

  /// True when the number at `index` continues into a bigger figure after it: decimals,
  /// percentages, units glued to it, or a thousands group (« 2 000 », « 1 500 »).
  func isGluedAfter(_ index: Int) -> Bool {
    let next = index + 1
    guard next < tokens.count else { return false }
    let token = tokens[next]
    if !token.spaceBefore {
      switch token.kind {
      case .number, .word: return true
      case .punctuation:
        if "%°€$£".contains(token.text) { return true }
        return ",.:".contains(token.text) && number(next + 1) != nil && !tokens[next + 1].spaceBefore
      }
    }
    if token.kind == .number, token.digitCount == 3 { return true }
    return false
  }

  /// A day of the month at `index`: 1–31 written with one or two digits, with an ordinal
  /// ending (« 1er », "24th") or « premier ». Returns the day and the last token used.
  /// `afterDash`: the day ends a range written with a dash (« 3-5 mars », "March 3-5").
  func day(at index: Int, afterDash: Bool = false) -> (day: Int, last: Int)? {
    if language == .fr, isWord(index, "premier") { return (1, index) }
    guard let token = number(index), token.digitCount <= 2, (1...31).contains(token.number),
      afterDash || !isGluedBefore(index)
    else { return nil }
    if isAttached(index + 1), let suffix = word(index + 1) {
      return lexicon.ordinalSuffixes.contains(suffix) ? (token.number, index + 1) : nil
    }
    if isAttached(index + 1), tokens[index + 1].kind == .number { return nil }
    if isAttached(index + 1), ",.:%".contains(tokens[index + 1].text), number(index + 2) != nil,
      isAttached(index + 2)
    {
      return nil
    }
    return (token.number, index)
  }

  /// A month name at `index`. Abbreviations count only with their dot (« sept. », "Feb.")
  /// or, in English, right next to a day number ("Feb 24"), since « sept » is also seven.
  /// English month names must be capitalised ("may", "march" are common words).
  func month(at index: Int, nextToDay: Bool) -> (month: Int, last: Int)? {
    guard let word = word(index) else { return nil }
    if language == .en, !tokens[index].isCapitalized { return nil }
    if let month = lexicon.months[word] { return (month, index) }
    guard let month = lexicon.monthAbbreviations[word] else { return nil }
    if isMark(index + 1, "."), isAttached(index + 1) { return (month, index + 1) }
    if language == .en, nextToDay { return (month, index) }
    return nil
  }

  /// A four-digit year, 1000–2199, standing alone: not glued to signs, digits or units,
  /// not a thousands group, and not followed by a unit word (« depuis 1500 ans »).
  func year(at index: Int) -> (year: Int, last: Int)? {
    guard let token = number(index), token.digitCount == 4, (1000...2199).contains(token.number),
      !isGluedBefore(index), !isGluedAfter(index)
    else { return nil }
    if let next = word(index + 1), lexicon.units[next] != nil { return nil }
    return (token.number, index)
  }

  /// A count for « il y a deux semaines », "three days ago": digits (1–999) or a number word.
  func count(at index: Int) -> (count: Int, last: Int)? {
    if let token = number(index), token.digitCount <= 3, token.number > 0, !isGluedBefore(index),
      !isGluedAfter(index)
    {
      return (token.number, index)
    }
    if let word = word(index), let value = lexicon.numbers[word] { return (value, index) }
    return nil
  }

  /// A unit word (« semaines », "months", « week-end », "weekend") at `index`.
  func unit(at index: Int) -> (unit: DateLexicon.Unit, last: Int, plural: Bool)? {
    guard let word = word(index) else { return nil }
    if word == "week" {
      let end = isMark(index + 1, "-") ? index + 2 : index + 1
      if isWord(end, "end") { return (.weekend, end, false) }
    }
    guard let unit = lexicon.units[word] else { return nil }
    let plural = word.hasSuffix("s") && word != "mois"
    return (unit, index, plural)
  }
}
