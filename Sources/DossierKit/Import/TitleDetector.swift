/// Decides whether the first line reads as a headline, and derives a provisional title
/// from the lede when there is none.
enum TitleDetector {
  /// A headline is one line of 3 to 60 words that starts with a capital, holds at most two
  /// sentences, does not end with a full stop, comma, colon or ellipsis (a question or an
  /// exclamation may end a headline), is not a web address, and is followed by the body.
  static func isHeadline(_ paragraph: DraftParagraph, followedBy next: DraftParagraph?) -> Bool {
    guard paragraph.lines.count == 1, next != nil else { return false }
    let text = paragraph.text
    guard (3...60).contains(TextShape.wordCount(text)), text.count <= 400,
      TextShape.startsUppercase(text), TextShape.soleURL(text) == nil,
      let last = TextShape.lastMeaningful(text), !".,;:…".contains(last)
    else { return false }
    return SentenceSplitter.split(text).count <= 2
  }

  /// The lede's first sentence, cut to about twelve words.
  static func provisional(from lede: String) -> String {
    let first = SentenceSplitter.sentences(lede).first ?? lede
    let words = TextShape.tokens(first)
    if words.count <= 14 {
      var title = first
      while let last = title.last, last == "." { title.removeLast() }
      return title
    }
    var kept = words.prefix(12).map(String.init)
    // End on a word that carries meaning, not on « les » or "of".
    while kept.count > 1, let last = kept.last, ParagraphBuilder.functionWords.contains(last.lowercased()) {
      kept.removeLast()
    }
    var cut = kept.joined(separator: " ")
    while let last = cut.last, ",;:–—-".contains(last) || last == " " { cut.removeLast() }
    return cut + "…"
  }
}
