/// Finds passages quoted from another text, to render them as blockquotes.
///
/// The structure must make it clear. A paragraph ending with a colon introduces the next
/// paragraph, which must start like a sentence (a capital, a quote mark or an elision
/// mark). A passage that opens with a quotation mark is delimited by its marks: it runs
/// until they close. An excerpt without marks runs on while the quoted text's voice goes
/// on: the previous paragraph ends with an elision mark (`(…)`, `[…]`: the quoter cut some
/// text and resumes), the next one starts with one, or the next paragraph is reporting in
/// its own words (« a déclaré », « selon », "said": see `ReportedSpeech`). Either stops at
/// a caption and at a line ending with a colon. It is a quotation only when there
/// is evidence of quoting: an elision mark in the passage, a quoting verb in the
/// introduction (« écrit », « selon », "reports", "said"…), or a passage that is entirely
/// between quotation marks. The introduction, which carries the attribution, stays
/// right before the blockquote.
enum QuotationDetector {
  struct Quotation: Sendable, Equatable {
    /// Index of the introducing paragraph.
    var intro: Int
    /// Indices of the quoted paragraphs.
    var passage: ClosedRange<Int>
  }

  static let elisions = ["(…)", "[…]", "(...)", "[...]"]

  static let quotingCues: Set<String> = [
    "ecrit", "ecrivait", "ecrivent", "rapporte", "rapportait", "rapportent", "explique",
    "expliquait", "indique", "indiquait", "precise", "precisait", "selon", "affirme", "affirmait",
    "declare", "declarait", "note", "notait", "souligne", "soulignait", "relate", "revele",
    "raconte", "racontait", "cite", "citant", "extrait", "extraits", "poursuit", "ajoute",
    "ajoutait", "lire", "conclut", "dit", "disait", "lit", "writes", "wrote", "write",
    "reports", "reported", "reporting", "says", "said", "explains", "explained", "notes",
    "noted", "according", "adds", "added", "reads", "read", "states", "stated", "concludes",
    "concluded", "continues", "excerpt", "quote", "quoted", "quoting", "citation",
  ]

  static func find(_ paragraphs: [DraftParagraph]) -> [Quotation] {
    var found: [Quotation] = []
    var index = 0
    while index + 1 < paragraphs.count {
      defer { index += 1 }
      let intro = paragraphs[index]
      guard intro.role == .body, TextShape.endsWithColon(intro.text) else { continue }
      let first = index + 1
      guard paragraphs[first].role == .body, startsPassage(paragraphs[first].text) else { continue }
      var last = first
      var open = TextShape.openQuotes(paragraphs[first].text)
      let delimited = "«“\"".contains(paragraphs[first].text.first ?? " ")
      while last + 1 < paragraphs.count, paragraphs[last + 1].role == .body,
        !TextShape.endsWithColon(paragraphs[last].text),
        open > 0
          || (!delimited
            && (endsWithElision(paragraphs[last].text) || startsWithElision(paragraphs[last + 1].text)
              || ReportedSpeech.attributes(paragraphs[last + 1].text)))
      {
        last += 1
        open += TextShape.openQuotes(paragraphs[last].text)
      }
      let passage = paragraphs[first...last].map(\.text)
      let hasElision = passage.contains(where: { text in elisions.contains(where: { text.contains($0) }) })
      let introCue = Folding.bareWords(intro.text).split(separator: " ").contains {
        quotingCues.contains(String($0))
      }
      let fullyQuoted =
        passage.first.map { "«“\"".contains($0.first ?? " ") } == true
        && passage.last.map { "»”\"".contains($0.last ?? " ") } == true
      guard hasElision || introCue || fullyQuoted else { continue }
      found.append(Quotation(intro: index, passage: first...last))
      index = last
    }
    return found
  }

  static func startsPassage(_ text: String) -> Bool {
    TextShape.startsUppercase(text) || startsWithElision(text)
      || "«“\"".contains(text.first ?? " ")
  }

  static func endsWithElision(_ text: String) -> Bool {
    elisions.contains(where: { text.hasSuffix($0) })
  }

  static func startsWithElision(_ text: String) -> Bool {
    elisions.contains(where: { text.hasPrefix($0) })
  }
}
