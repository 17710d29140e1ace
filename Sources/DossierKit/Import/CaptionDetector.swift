/// Finds image captions among the article's paragraphs.
///
/// Captions are the lines that do not end like sentences in a text whose paragraphs
/// otherwise do, and any such line that the page repeated (alternative text, then caption).
/// Long unterminated paragraphs (over 80 words) are prose that lost its full stop, not
/// captions; lines ending with a colon or comma are left as they are.
enum CaptionDetector {
  static func captions(_ paragraphs: [DraftParagraph], repeated: Set<Int>) -> Set<Int> {
    let candidates = paragraphs.indices.filter { index in
      let text = paragraphs[index].text
      return paragraphs[index].role == .body && !TextShape.endsSentenceOrClause(text)
        && TextShape.soleURL(text) == nil && TextShape.wordCount(text) <= 80
        && TextShape.wordCount(text) >= 2
    }
    let terminated = paragraphs.count(where: { TextShape.endsSentenceOrClause($0.text) })
    let prose = paragraphs.count >= 3 && Double(terminated) >= 0.6 * Double(paragraphs.count)
    return Set(candidates.filter { prose || repeated.contains($0) })
  }
}
