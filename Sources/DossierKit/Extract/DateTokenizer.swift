/// One word, number or punctuation mark of a sentence, as the date grammar reads it.
struct DateToken: Sendable {
  enum Kind: Sendable { case word, number, punctuation }

  var kind: Kind
  /// UTF-8 offsets in the sentence.
  var start: Int
  var end: Int
  /// Words: lower-cased, accents kept (lexicons list both spellings); empty for words too
  /// long to be a date word, and for words outside the vocabulary when the tokenizer was
  /// given one. Numbers: the digits. Punctuation: the mark, with every apostrophe written
  /// `'` and every hyphen `-`.
  var text: String
  /// Punctuation: the (normalised) mark; NUL for words and numbers.
  var mark: Unicode.Scalar
  /// The value of a number of at most 9 digits, else -1.
  var number: Int
  var digitCount: Int
  var isCapitalized: Bool
  /// White space comes right before the token (or it starts the sentence).
  var spaceBefore: Bool
  /// Part of a web address, e-mail or path: never a date (`…/2022/11/07/…`).
  var inLink: Bool
  /// A word of the vocabulary the tokenizer was given (the date grammar's words).
  var isDateWord = false
  /// A number, or a word at the heart of a date (`DateVocabulary.core`).
  var isCore = false
}

/// The words a tokenizer keeps: the date grammar's vocabulary, with a bit set of their
/// hashes so that the other words (nearly all of them) are dropped without building a
/// string or hashing one.
struct DateVocabulary: Sendable {
  let words: Set<String>
  let core: Set<String>
  private var bits = [UInt64](repeating: 0, count: 1024)  // 65,536 bits

  init(words: Set<String>, core: Set<String>) {
    self.words = words
    self.core = core
    for word in words {
      let hash = Self.hash(Array(word.utf8))
      bits[hash >> 6] |= 1 << UInt64(hash & 63)
    }
  }

  /// FNV-1a over the bytes, folded to 16 bits.
  static func hash<Bytes: Collection>(_ bytes: Bytes) -> Int where Bytes.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: (hash ^ (hash >> 16) ^ (hash >> 32) ^ (hash >> 48)) & 0xFFFF)
  }

  func mayContain(_ bytes: [UInt8]) -> Bool {
    let hash = Self.hash(bytes)
    return bits[hash >> 6] & (1 << UInt64(hash & 63)) != 0
  }
}

/// Splits a sentence into `DateToken`s in one pass over its unicode scalars.
enum DateTokenizer {
  /// Words longer than this are never date words: their text is not kept.
  static let longestWord = 24

  /// The tokens of `sentence`. With a `vocabulary`, only its words keep their text (the
  /// others are left empty, which is all the grammar needs and much faster); without one,
  /// every word keeps its text (for the tense analysis).
  static func tokenize(_ sentence: String, vocabulary: DateVocabulary? = nil) -> [DateToken] {
    var tokens: [DateToken] = []
    tokens.reserveCapacity(sentence.utf8.count / 4)
    var offset = 0
    var spaceBefore = true

    var wordStart = -1
    var word: [UInt8] = []  // the lower-cased word, as UTF-8
    word.reserveCapacity(longestWord * 2)
    var wordLength = 0
    var wordCapitalized = false

    var numberStart = -1
    var digits: [UInt8] = []
    digits.reserveCapacity(16)

    func flushWord(at end: Int) {
      guard wordStart >= 0 else { return }
      var text = ""
      var isDateWord = false
      var isCore = false
      if wordLength <= longestWord {
        if let vocabulary {
          if word.count <= 20, vocabulary.mayContain(word) {
            text = String(decoding: word, as: UTF8.self)
            isDateWord = vocabulary.words.contains(text)
            isCore = isDateWord && vocabulary.core.contains(text)
          } else if word == [119, 119, 119] {
            text = "www"  // for link detection
          }
        } else {
          text = String(decoding: word, as: UTF8.self)
        }
      }
      tokens.append(
        DateToken(
          kind: .word, start: wordStart, end: end, text: text, mark: "\0", number: -1, digitCount: 0,
          isCapitalized: wordCapitalized, spaceBefore: spaceBefore, inLink: false, isDateWord: isDateWord,
          isCore: isCore))
      spaceBefore = false
      wordStart = -1
      word.removeAll(keepingCapacity: true)
      wordLength = 0
    }
    func flushNumber(at end: Int) {
      guard numberStart >= 0 else { return }
      // Only short numbers get a value: a run of 19 digits (an id in a link) overflows Int.
      var value = -1
      if digits.count <= 9 {
        value = 0
        for digit in digits { value = value * 10 + Int(digit - 48) }
      }
      tokens.append(
        DateToken(
          kind: .number, start: numberStart, end: end, text: String(decoding: digits, as: UTF8.self),
          mark: "\0", number: value, digitCount: digits.count,
          isCapitalized: false, spaceBefore: spaceBefore, inLink: false, isCore: true))
      spaceBefore = false
      numberStart = -1
      digits.removeAll(keepingCapacity: true)
    }

    for scalar in sentence.unicodeScalars {
      let width = UTF8.width(scalar)
      defer { offset += width }
      let value = scalar.value
      if value >= 48 && value <= 57 {
        flushWord(at: offset)
        if numberStart < 0 { numberStart = offset }
        digits.append(UInt8(value))
        continue
      }
      if isLetter(scalar) {
        flushNumber(at: offset)
        if wordStart < 0 {
          wordStart = offset
          wordCapitalized = ScalarClass.isUppercase(scalar)
        }
        wordLength += 1
        if wordLength <= longestWord { appendLowercased(scalar, to: &word) }
        continue
      }
      if isSpace(scalar) {
        flushWord(at: offset)
        flushNumber(at: offset)
        spaceBefore = true
        continue
      }
      if value >= 0x300, wordStart >= 0, scalar.properties.generalCategory == .nonspacingMark {
        continue  // a combining accent (decomposed text): the bare letter is kept
      }
      flushWord(at: offset)
      flushNumber(at: offset)
      let mark = normalizedMark(scalar)
      tokens.append(
        DateToken(
          kind: .punctuation, start: offset, end: offset + width, text: String(mark), mark: mark,
          number: -1, digitCount: 0, isCapitalized: false, spaceBefore: spaceBefore, inLink: false))
      spaceBefore = false
    }
    flushWord(at: offset)
    flushNumber(at: offset)
    markLinks(&tokens)
    return tokens
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isAlphabetic(scalar) }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2009, 0x2007, 0x200B: return true
    default: return false
    }
  }

  private static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
    let value = scalar.value
    if value < 128 {
      word.append(UInt8(value >= 65 && value <= 90 ? value + 32 : value))
    } else if scalar.properties.isUppercase {
      for lower in scalar.properties.lowercaseMapping.unicodeScalars {
        UTF8.encode(lower) { word.append($0) }
      }
    } else {
      UTF8.encode(scalar) { word.append($0) }
    }
  }

  private static func normalizedMark(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "’", "‘", "ʼ", "`", "´": return "'"
    case "‐", "‑", "−": return "-"
    default: return scalar
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
        if token.mark == "@" { return true }
        if token.mark == "/" {
          slashes += 1
          if previous?.mark == "/" && beforePrevious?.mark == ":" { return true }
        }
      } else if token.kind == .word, previous?.mark == ".", beforePrevious?.kind == .word {
        domainDot = true
      }
      if token.kind == .word, token.text == "www" { return true }
      beforePrevious = previous
      previous = token
    }
    return slashes > 0 && domainDot
  }
}
