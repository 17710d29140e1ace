/// One word or punctuation mark of a sentence, as the mention extractor sees it.
struct NameToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case word
    /// A French elided article or pronoun with its apostrophe: « l’ », « d’ », « qu’ ».
    case elision
    case punctuation
  }

  var kind: Kind
  /// UTF-8 range in the sentence.
  var range: Range<Int>
  var text: String
  /// Lower-case, accent-free form (`TextFold`).
  var folded: String
  /// Starts with a capital letter, or is a particle-prefixed name like « al-Assad ».
  var isCapitalised: Bool
  /// Two or more letters, all capitals: an acronym (OTAN, MAGA) or a shouted word.
  var isAllCaps: Bool
  /// A full stop follows with no space: « M. », "Dr.", an initial "J.".
  var hasPeriod: Bool

  var isWord: Bool { kind == .word }
}

/// Splits a sentence into `NameToken`s in one pass over its Unicode scalars.
///
/// Hyphens and apostrophes inside a word keep it whole (« Maison-Blanche », "O'Brien"),
/// except a French elision, which becomes its own token (« l’Ukraine » → « l’ », « Ukraine »),
/// an English possessive "’s", which is dropped, and a trailing lower-case part of a
/// hyphenated word ("Kremlin-backed" → "Kremlin", "backed").
enum NameTokenizer {
  /// Words that elide before a vowel in French, folded.
  static let elidingWords: Set<String> = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "presqu",
  ]

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "’" || scalar == "\u{02BC}"
  }

  static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isWordScalar(scalar) }

  static func tokens(_ sentence: String) -> [NameToken] {
    let scalars = Array(sentence.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var running = 0
    for scalar in scalars {
      offsets.append(running)
      running += UTF8.width(scalar)
    }
    offsets.append(running)

    var tokens: [NameToken] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        index += 1
        continue
      }
      guard isWordScalar(scalar) else {
        tokens.append(punctuation(scalars, index, offsets))
        index += 1
        continue
      }
      var end = index + 1
      var elision = false
      while end < scalars.count {
        let next = scalars[end]
        if isWordScalar(next) {
          end += 1
        } else if isHyphen(next), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
          end += 2
        } else if isApostrophe(next), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
          let before = TextFold.fold(scalars[index..<end])
          if elidingWords.contains(before) {
            end += 1
            elision = true
            break
          }
          // English possessive: "Putin’s" → "Putin".
          if scalars[end + 1] == "s" || scalars[end + 1] == "S",
            end + 2 >= scalars.count || !isWordScalar(scalars[end + 2])
          {
            break
          }
          end += 2
        } else {
          break
        }
      }
      var wordEnd = end
      if !elision { wordEnd = trailingLowercaseCut(scalars, index, end) }
      tokens.append(word(scalars, index, wordEnd, offsets, elision: elision))
      if wordEnd < end {
        // The lower-case tail after the cut hyphen becomes a word of its own.
        tokens.append(word(scalars, wordEnd + 1, end, offsets, elision: false))
      }
      index = end
      // Skip the possessive "’s".
      if index + 1 < scalars.count, isApostrophe(scalars[index]),
        scalars[index + 1] == "s" || scalars[index + 1] == "S"
      {
        index += 2
      }
    }
    return tokens
  }

  /// For a capitalised hyphenated word whose last part is lower case ("Kremlin-backed"),
  /// the end of its capitalised head; otherwise `end`.
  private static func trailingLowercaseCut(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
    guard ScalarClass.isUppercase(scalars[start]) else { return end }
    var lastHyphen: Int?
    for position in start..<end where isHyphen(scalars[position]) { lastHyphen = position }
    guard let hyphen = lastHyphen, ScalarClass.isLowercase(scalars[hyphen + 1]) else { return end }
    // Keep French compounds whose inner parts are lower case but end on a capital part
    // (« Saint-Pierre-et-Miquelon ») whole: only the trailing lower-case run is cut.
    var cut = hyphen
    var position = hyphen - 1
    while position > start {
      if isHyphen(scalars[position]) {
        if ScalarClass.isLowercase(scalars[position + 1]) { cut = position } else { break }
      }
      position -= 1
    }
    return cut
  }

  private static func word(
    _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ offsets: [Int], elision: Bool
  ) -> NameToken {
    let slice = scalars[start..<end]
    let text = String(String.UnicodeScalarView(slice))
    let folded = TextFold.fold(slice)
    var letters = 0
    var capitals = 0
    for scalar in slice where ScalarClass.isAlphabetic(scalar) {
      letters += 1
      if ScalarClass.isUppercase(scalar) { capitals += 1 }
    }
    var capitalised = ScalarClass.isUppercase(scalars[start])
    if !capitalised, let hyphen = slice.firstIndex(where: isHyphen), hyphen + 1 < end,
      NameParticles.prefixes.contains(TextFold.fold(scalars[start..<hyphen])),
      ScalarClass.isUppercase(scalars[hyphen + 1])
    {
      capitalised = true  // « al-Assad », "bin-Salman"
    }
    let hasPeriod = end < scalars.count && scalars[end] == "."
    return NameToken(
      kind: elision ? .elision : .word, range: offsets[start]..<offsets[end], text: text, folded: folded,
      isCapitalised: capitalised, isAllCaps: letters >= 2 && capitals == letters, hasPeriod: hasPeriod)
  }

  private static func punctuation(_ scalars: [Unicode.Scalar], _ index: Int, _ offsets: [Int]) -> NameToken {
    let text = String(Character(scalars[index]))
    return NameToken(
      kind: .punctuation, range: offsets[index]..<offsets[index + 1], text: text, folded: text,
      isCapitalised: false, isAllCaps: false, hasPeriod: false)
  }
}
