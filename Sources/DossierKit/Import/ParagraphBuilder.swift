/// Turns the surviving lines into paragraphs, joining a sentence a scrape split across
/// lines (`… a reçu M.` / `Dupont hier …`).
///
/// Two layouts are told apart. In a hard-wrapped text (paragraphs separated by blank lines,
/// lines inside them mostly ending mid-sentence) the lines of a block are one paragraph.
/// Otherwise every line is a paragraph, except where the break cannot end a sentence:
/// after a title or an initial (`M.`, `Dr.`, `J.`) before a capital, before a lower-case
/// start, or after a comma or a function word (`de`, `the`) on the very next line.
enum ParagraphBuilder {
  struct Segment: Sendable, Equatable {
    var line: Int
    var text: String
    /// Blank lines between this line and the previous kept one (removed lines do not count).
    var blankLinesBefore: Int
  }

  /// Titles and abbreviations that stand before a name, so a line ending with one goes on.
  static let titles: Set<String> = [
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "mr",
    "mrs", "ms", "prof", "gen", "gén", "sen", "rep", "gov", "sgt", "lt", "col", "capt", "cpt",
    "adm", "rev", "hon", "fr", "gal", "cdt", "lcl",
  ]

  /// Words a sentence does not end on, in French and English.
  static let functionWords: Set<String> = [
    "de", "du", "des", "la", "le", "les", "à", "au", "aux", "et", "ou", "en", "par", "pour",
    "sur", "avec", "dans", "que", "qui", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce",
    "cette", "ces", "mais", "donc", "car", "ni", "entre", "sans", "sous", "chez", "vers", "the",
    "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "with", "from", "that",
    "as", "his", "her", "their", "its", "into", "than", "l'", "d'", "qu'",
  ]

  static func build(_ segments: [Segment]) -> (paragraphs: [DraftParagraph], joins: [ImportRepair]) {
    var paragraphs: [DraftParagraph] = []
    var joins: [ImportRepair] = []
    let wrapped = isHardWrapped(segments)
    for segment in segments {
      if var last = paragraphs.last {
        let reason =
          wrapped && segment.blankLinesBefore == 0
          ? "line wrapped inside a paragraph" : joinReason(last.text, segment)
        if let reason {
          last.text += " " + segment.text
          last.lines.append(segment.line)
          paragraphs[paragraphs.count - 1] = last
          if !wrapped {
            joins.append(
              ImportRepair(
                line: segment.line, kind: .joinedLines,
                detail: "joined to line \(last.lines[last.lines.count - 2]) (\(reason))"))
          }
          continue
        }
      }
      paragraphs.append(DraftParagraph(lines: [segment.line], text: segment.text))
    }
    return (paragraphs, joins)
  }

  /// Why `next` continues the paragraph `previous`, or nil when it starts a new one.
  static func joinReason(_ previous: String, _ next: Segment) -> String? {
    guard TextShape.soleURL(previous) == nil, TextShape.soleURL(next.text) == nil else { return nil }
    let lastToken = TextShape.tokens(previous).last.map(String.init) ?? ""
    if next.blankLinesBefore <= 1, TextShape.startsUppercase(next.text), endsWithTitle(lastToken) {
      return "sentence split after “\(lastToken)”"
    }
    let ended = TextShape.endsSentence(previous) || TextShape.endsWithColon(previous)
    if !ended, next.blankLinesBefore <= 1, TextShape.startsLowercase(next.text) {
      return "sentence continues in lower case"
    }
    if !ended, next.blankLinesBefore == 0 {
      let lastWord = TextShape.words(lastToken).last ?? ""
      if previous.hasSuffix(",") || functionWords.contains(lastWord) {
        return "line ends on “\(lastToken)”"
      }
    }
    return nil
  }

  /// `M.`, `Dr.`, `(Mme`… or a single capital initial such as `J.`.
  static func endsWithTitle(_ token: String) -> Bool {
    guard token.hasSuffix(".") else { return false }
    let word = String(token.dropLast().drop(while: { "(«“\"'".contains($0) }))
    if word.count == 1, let letter = word.first, letter.isUppercase { return true }
    return titles.contains(word.lowercased())
  }

  /// Blank-line-separated blocks whose inner lines mostly stop mid-sentence.
  static func isHardWrapped(_ segments: [Segment]) -> Bool {
    guard segments.contains(where: { $0.blankLinesBefore > 0 }) else { return false }
    var innerBreaks = 0
    var midSentence = 0
    for index in segments.indices.dropFirst() where segments[index].blankLinesBefore == 0 {
      innerBreaks += 1
      if !TextShape.endsSentenceOrClause(segments[index - 1].text) { midSentence += 1 }
    }
    return innerBreaks >= 3 && midSentence * 2 > innerBreaks
  }
}
