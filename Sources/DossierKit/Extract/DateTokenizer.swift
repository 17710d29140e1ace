/// One word, number or punctuation mark of a sentence, as the date grammar reads it.
struct DateToken: Sendable {
  enum Kind: Sendable { case word, number, punctuation }

  var kind: Kind
  /// UTF-8 offsets in the sentence.
  var start: Int
  var end: Int
  /// Words: lower-cased, accents kept (lexicons list both spellings); empty for words too
  /// long to be a date word. Numbers: the digits. Punctuation: the mark, with every
  /// apostrophe written `'` and every hyphen `-`.
  var text: String
  /// The value of a number of at most 9 digits, else -1.
  var number: Int
  var digitCount: Int
  var isCapitalized: Bool
  /// White space comes right before the token (or it starts the sentence).
  var spaceBefore: Bool
  /// Part of a web address, e-mail or path: never a date (`…/2022/11/07/…`).
  var inLink: Bool
}

/// Splits a sentence into `DateToken`s in one pass over its unicode scalars.
enum DateTokenizer {
  /// Words longer than this are never date words: their text is not kept.
  static let longestWord = 24

  static func tokenize(_ sentence: String) -> [DateToken] {
    var tokens: [DateToken] = []
    var offset = 0
    var spaceBefore = true

    var wordStart = -1
    var word = String.UnicodeScalarView()
    var wordLength = 0
    var wordCapitalized = false

    var numberStart = -1
    var digits = String.UnicodeScalarView()

    func flushWord(at end: Int) {
      guard wordStart >= 0 else { return }
      tokens.append(
        DateToken(
          kind: .word, start: wordStart, end: end,
          text: wordLength <= longestWord ? String(word) : "", number: -1, digitCount: 0,
          isCapitalized: wordCapitalized, spaceBefore: spaceBefore, inLink: false))
      spaceBefore = false
      wordStart = -1
      word = String.UnicodeScalarView()
      wordLength = 0
    }
    func flushNumber(at end: Int) {
      guard numberStart >= 0 else { return }
      var value = 0
      for digit in digits { value = value * 10 + Int(digit.value - 48) }
      tokens.append(
        DateToken(
          kind: .number, start: numberStart, end: end, text: String(digits),
          number: digits.count <= 9 ? value : -1, digitCount: digits.count,
          isCapitalized: false, spaceBefore: spaceBefore, inLink: false))
      spaceBefore = false
      numberStart = -1
      digits = String.UnicodeScalarView()
    }

    for scalar in sentence.unicodeScalars {
      let width = UTF8.width(scalar)
      defer { offset += width }
      let value = scalar.value
      if value >= 48 && value <= 57 {
        flushWord(at: offset)
        if numberStart < 0 { numberStart = offset }
        digits.append(scalar)
        continue
      }
      if isLetter(scalar) {
        flushNumber(at: offset)
        if wordStart < 0 {
          wordStart = offset
          wordCapitalized = scalar.properties.isUppercase
        }
        wordLength += 1
        if wordLength <= longestWord { appendLowercased(scalar, to: &word) }
        continue
      }
      if wordStart >= 0, scalar.properties.generalCategory == .nonspacingMark {
        continue  // a combining accent (decomposed text): the bare letter is kept
      }
      flushWord(at: offset)
      flushNumber(at: offset)
      if isSpace(scalar) {
        spaceBefore = true
        continue
      }
      tokens.append(
        DateToken(
          kind: .punctuation, start: offset, end: offset + width, text: normalizedMark(scalar),
          number: -1, digitCount: 0, isCapitalized: false, spaceBefore: spaceBefore, inLink: false))
      spaceBefore = false
    }
    flushWord(at: offset)
    flushNumber(at: offset)
    markLinks(&tokens)
    return tokens
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 {
      return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
    }
    return scalar.properties.isAlphabetic
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2009, 0x2007, 0x200B: return true
    default: return false
    }
  }

  private static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout String.UnicodeScalarView) {
    let value = scalar.value
    if value >= 65 && value <= 90 {
      word.append(Unicode.Scalar(value + 32)!)
    } else if value >= 128, scalar.properties.isUppercase {
      word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    } else {
      word.append(scalar)
    }
  }

  private static func normalizedMark(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "’", "‘", "ʼ", "`", "´": return "'"
    case "‐", "‑", "−": return "-"
    default: return String(scalar)
    }
  }

  /// Marks the tokens of every space-free chunk that looks like a web address, an e-mail
  /// address or a path (`https://…`, `www.…`, `a@b`, `site.fr/2022/11/07`).
  private static func markLinks(_ tokens: inout [DateToken]) {
    var chunkStart = 0
    while chunkStart < tokens.count {
      var chunkEnd = chunkStart + 1
      while chunkEnd < tokens.count, !tokens[chunkEnd].spaceBefore { chunkEnd += 1 }
      if chunkEnd - chunkStart >= 3, looksLikeLink(tokens[chunkStart..<chunkEnd]) {
        for index in chunkStart..<chunkEnd { tokens[index].inLink = true }
      }
      chunkStart = chunkEnd
    }
  }

  private static func looksLikeLink(_ chunk: ArraySlice<DateToken>) -> Bool {
    var slashes = 0
    var domainDot = false
    var previous: DateToken?
    var beforePrevious: DateToken?
    for token in chunk {
      if token.kind == .punctuation {
        if token.text == "@" { return true }
        if token.text == "/" {
          slashes += 1
          if previous?.text == "/" && beforePrevious?.text == ":" { return true }
        }
      } else if token.kind == .word, previous?.text == ".", beforePrevious?.kind == .word {
        domainDot = true
      }
      if token.kind == .word, token.text == "www" { return true }
      beforePrevious = previous
      previous = token
    }
    return slashes > 0 && domainDot
  }
}
