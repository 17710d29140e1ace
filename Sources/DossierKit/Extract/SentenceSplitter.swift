/// Splits a paragraph's text into sentences, for anchors, contexts and events.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// when white space follows and the next word starts like a sentence (a capital, a digit,
/// an opening quote or dash). It does not end after an abbreviation or title (« M. »,
/// « Mme », "Dr.", "U.S.") or a single-letter initial ("J. Biden"), which are followed by
/// capitals all the time. Works on UTF-8 offsets so results map straight to `InlineText`.
public enum SentenceSplitter {
  /// Words after which a full stop does not end a sentence (lower-cased, without the dot).
  static let abbreviations: Set<String> = [
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "cf", "etc",
    "av", "apr", "env", "art", "no", "n°", "vol", "p", "pp", "ibid", "gén", "col", "cap", "lt",
    "sgt", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "jr", "sr", "inc", "ltd", "co",
    "corp", "vs", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "ca", "fig", "jan", "feb",
    "févr", "janv", "sept", "oct", "nov", "déc", "dec", "aug", "juil",
  ]

  /// UTF-8 byte ranges of the sentences in `text`, leading and trailing spaces excluded.
  public static func split(_ text: String) -> [Range<Int>] {
    let scalars = Array(text.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var running = 0
    for scalar in scalars {
      offsets.append(running)
      running += UTF8.width(scalar)
    }
    offsets.append(running)

    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count, ".!?…".unicodeScalars.contains(scalars[end]) { end += 1 }
      while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
      // Closing quotes written with a space before them (« … ») stay in the sentence.
      if end + 1 < scalars.count, isSpace(scalars[end]), scalars[end + 1] == "»" { end += 2 }
      guard end < scalars.count, isSpace(scalars[end]) else {
        index = end
        continue
      }
      var next = end
      while next < scalars.count, isSpace(scalars[next]) { next += 1 }
      let endsSentence =
        next < scalars.count && startsSentence(scalars[next])
        && !(scalar == "." && isAbbreviation(scalars, before: index, from: start))
      if endsSentence {
        appendTrimmed(start, end, scalars, offsets, into: &ranges)
        start = next
      }
      index = next
    }
    appendTrimmed(start, scalars.count, scalars, offsets, into: &ranges)
    return ranges
  }

  /// The sentences as strings (for tests and small callers).
  public static func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return split(text).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  static let closers: Set<Unicode.Scalar> = ["\"", "'", "’", "”", "»", ")", "]"]

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\n" || scalar == "\t"
  }

  static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
    ScalarClass.isUppercase(scalar) || ScalarClass.isNumeric(scalar)
      || "«\"“'‘(–—-[¿¡".unicodeScalars.contains(scalar)
  }

  static func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int, from start: Int) -> Bool {
    var first = dot
    while first > start, !isSpace(scalars[first - 1]), !"(«\"“".unicodeScalars.contains(scalars[first - 1]) {
      first -= 1
    }
    let word = String(String.UnicodeScalarView(scalars[first..<dot])).lowercased()
    if word.isEmpty { return false }
    // A single capital letter is an initial ("J. Biden"), not a sentence end.
    if word.unicodeScalars.count == 1, ScalarClass.isUppercase(scalars[first]) { return true }
    return abbreviations.contains(word)
  }

  private static func appendTrimmed(
    _ start: Int, _ end: Int, _ scalars: [Unicode.Scalar], _ offsets: [Int],
    into ranges: inout [Range<Int>]
  ) {
    var low = start
    var high = end
    while low < high, isSpace(scalars[low]) { low += 1 }
    while high > low, isSpace(scalars[high - 1]) { high -= 1 }
    if low < high { ranges.append(offsets[low]..<offsets[high]) }
  }
}
