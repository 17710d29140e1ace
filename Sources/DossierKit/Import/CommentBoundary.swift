/// Finds where the article ends and the readers' comments that a scrape picked up begin.
///
/// The heuristic, in order:
/// 1. A comment-section header ("12 commentaires", "Comments", "Join the conversation")
///    that the boilerplate pass removed: the comments start right after it.
/// 2. Otherwise, a change of voice at the end of the text. News prose is written in the
///    third person and attributes what it reports (« a déclaré », "said", « selon »); reader
///    comments speak to the author or to each other (« vous », "you"), in the first person
///    (« je », "I"), answer (« Oui. », "Thanks"), ask and exclaim, often leave the last
///    sentence unpunctuated, and paste bare links. Each paragraph gets a score from these
///    signals, counted outside quotation marks (a quoted « nous » is someone else's voice).
///    A comment section can only start at a paragraph that opens like a comment (it
///    addresses someone, starts in the first person or with a reply word) or right after
///    a paragraph that closes the article (a bare source link, « À suivre », "Time will
///    tell"). Among those starts, the one whose tail has the highest total score (each
///    paragraph counting its score minus 0.5) wins, if that total is at least 2, at least
///    two paragraphs of the tail carry a comment signal, and two paragraphs of article stay
///    before it.
/// `--comments-from` overrides all of this. When the heuristic is wrong, move the
/// `<!-- dossier:comments -->` line in the written file, or import again with
/// `--comments-from`.
enum CommentBoundary {
  struct Detection: Sendable, Equatable {
    /// Index of the first comment paragraph.
    var index: Int
    var reason: String
  }

  struct Voice: Sendable, Equatable {
    var score: Double
    /// Why the paragraph can open a comment section, if it can.
    var opener: String?
    var signals: [String]
  }

  static let secondPerson: Set<String> = [
    "vous", "tu", "t'", "te", "toi", "votre", "vos", "ton", "ta", "tes", "you", "your", "yours",
    "yourself", "yourselves",
  ]
  static let secondPersonOpeners: Set<String> = ["vous", "tu", "you", "your"]
  static let firstPerson: Set<String> = [
    "je", "j'", "m'", "moi", "mon", "ma", "mes", "me", "i", "i'", "my", "mine", "myself",
  ]
  static let firstPersonOpeners: Set<String> = [
    "je", "j'", "moi", "perso", "personnellement", "i", "i'", "personally",
  ]
  /// Words that make a whole first sentence of a reply ("Oui.", "Bien vu !", "Thanks!").
  static let replyWords: Set<String> = [
    "oui", "non", "si", "exact", "exactement", "absolument", "tout", "a", "fait", "bien", "vu",
    "dit", "bravo", "merci", "beaucoup", "lol", "mdr", "haha", "ah", "bof", "hum", "hmm", "pfff",
    "waouh", "wow", "yes", "no", "yeah", "yep", "nope", "agreed", "exactly", "absolutely",
    "indeed", "well", "said", "thanks", "thank", "you", "excellent", "super", "+1", "ok",
  ]
  static let replyPrefixes: [String] = [
    "merci pour", "merci a", "merci de", "bravo pour", "bravo a", "thanks for", "thank you for",
    "great article", "excellent article", "tres bon article", "bon article", "super article",
    "great piece", "well written",
  ]
  static let closingFormulas: [String] = [
    "a suivre", "affaire a suivre", "reste a savoir", "l'avenir le dira", "l'avenir nous le dira",
    "to be continued", "time will tell", "remains to be seen",
  ]

  /// Detects the first comment paragraph. `headerAfter`, when given, is the index of the
  /// first paragraph after a removed comment-section header.
  static func detect(_ paragraphs: [DraftParagraph], articleStart: Int, headerAfter: Int?)
    -> Detection?
  {
    let minimumStart = articleStart + 2
    if let header = headerAfter, header >= minimumStart, header < paragraphs.count {
      return Detection(index: header, reason: "a comment-section header precedes it")
    }
    guard paragraphs.count > minimumStart else { return nil }
    let voices = paragraphs.map { voice(of: $0.text) }
    var best: (index: Int, total: Double, reason: String)?
    var tail = 0.0
    var signalled = 0
    for index in stride(from: paragraphs.count - 1, through: minimumStart, by: -1) {
      tail += voices[index].score - 0.5
      if voices[index].score > 0 { signalled += 1 }
      guard tail >= 2, signalled >= 2, let reason = startReason(index, paragraphs, voices) else {
        continue
      }
      if best == nil || tail > best!.total { best = (index, tail, reason) }
    }
    guard let best else { return nil }
    var signals: [String] = []
    for voice in voices[best.index...] {
      for signal in voice.signals where !signals.contains(signal) { signals.append(signal) }
    }
    let count = paragraphs.count - best.index
    return Detection(
      index: best.index,
      reason: "\(best.reason); the \(count) paragraphs from there read as comments ("
        + signals.joined(separator: ", ") + ")")
  }

  static func startReason(_ index: Int, _ paragraphs: [DraftParagraph], _ voices: [Voice]) -> String? {
    if let opener = voices[index].opener { return opener }
    let previous = paragraphs[index - 1].text
    if TextShape.soleURL(previous) != nil { return "it follows a bare link that closes the article" }
    let folded = Folding.bareWords(previous)
    if closingFormulas.contains(where: { folded.hasSuffix($0) || folded.contains($0 + " ") }) {
      return "it follows the article's closing formula"
    }
    return nil
  }

  /// How much a paragraph sounds like a reader's comment rather than news prose.
  static func voice(of text: String) -> Voice {
    let own = TextShape.outsideQuotes(text)
    let words = TextShape.words(own)
    var score = 0.0
    var opener: String?
    var signals: [String] = []
    let first = words.first ?? ""
    if secondPersonOpeners.contains(first) {
      score += 2
      opener = "it opens by addressing someone (“\(firstWordAsWritten(text))”)"
      signals.append("second person")
    } else if words.contains(where: { secondPerson.contains($0) }) {
      score += 1
      signals.append("second person")
    }
    if firstPersonOpeners.contains(first) {
      score += 1.5
      opener = opener ?? "it opens in the first person (“\(firstWordAsWritten(text))”)"
      signals.append("first person")
    } else if words.contains(where: { firstPerson.contains($0) }) {
      score += 1
      signals.append("first person")
    }
    if let reply = replyOpening(own) {
      score += 2
      opener = opener ?? "it opens like a reply (“\(reply)”)"
      signals.append("reply")
    }
    if own.contains(where: { $0 == "?" || $0 == "!" }) {
      score += 1
      signals.append("questions or exclamations")
    }
    if TextShape.soleURL(text) != nil {
      score += 1
      signals.append("a bare link")
    } else if !TextShape.endsSentenceOrClause(text) {
      score += 1
      signals.append("unpunctuated endings")
    }
    if ReportedSpeech.attributes(words: words) { score -= 2 }
    if words.count > 80 { score -= 1 }
    return Voice(score: score, opener: opener, signals: signals)
  }

  /// The reply that opens the paragraph ("Oui.", "Merci pour…", "@Marc"), or nil.
  static func replyOpening(_ text: String) -> String? {
    if text.hasPrefix("@") { return String(text.prefix(while: { !$0.isWhitespace })) }
    // Cheap test first: the first word must be able to start a reply.
    let firstWord = Folding.fold(String(text.prefix(while: { $0.isLetter || $0 == "+" || $0 == "1" })))
    guard replyWords.contains(firstWord) || replyPrefixes.contains(where: { $0.hasPrefix(firstWord + " ") })
    else { return nil }
    let start = String(text.prefix(120))
    let sentence = SentenceSplitter.sentences(start).first ?? start
    let bare = Folding.bareWords(sentence)
    let words = bare.split(separator: " ").map(String.init)
    let endsAsSentence = TextShape.endsSentence(sentence) || sentence.hasSuffix(",")
    if !words.isEmpty, words.count <= 3, words.allSatisfy({ replyWords.contains($0) }),
      endsAsSentence || sentence == text
    {
      return sentence
    }
    if let prefix = replyPrefixes.first(where: { bare.hasPrefix($0 + " ") }) {
      return String(text.prefix(prefix.count))
    }
    return nil
  }

  static func firstWordAsWritten(_ text: String) -> String {
    String(text.prefix(while: { $0.isLetter || TextShape.apostrophes.contains($0) }))
  }
}
