/// Finds image captions among the article's paragraphs.
///
/// Captions are the lines that do not end like sentences in a text whose paragraphs
/// otherwise do, and any such line that the page repeated (alternative text, then caption).
/// Long unterminated paragraphs (over 80 words) are prose that lost its full stop, not
/// captions; lines ending with a colon or comma, and bylines (« Par … », "By …"), are left
/// as they are. A short paragraph that carried a photo credit is a caption whatever its
/// ending.
enum CaptionDetector {
  static func captions(_ paragraphs: [DraftParagraph], repeated: Set<Int>, credited: Set<Int>) -> Set<Int> {
    let terminated = paragraphs.count(where: { TextShape.endsSentenceOrClause($0.text) })
    let prose = paragraphs.count >= 3 && Double(terminated) >= 0.6 * Double(paragraphs.count)
    return Set(
      paragraphs.indices.filter { index in
        let text = paragraphs[index].text
        let words = TextShape.wordCount(text)
        guard paragraphs[index].role == .body, TextShape.soleURL(text) == nil, words >= 2, words <= 80
        else { return false }
        if credited.contains(index) { return true }
        return !TextShape.endsSentenceOrClause(text) && !isByline(text)
          && (prose || repeated.contains(index))
      })
  }

  /// « Par Jeanne Martin », "By Jane Doe and John Roe": an author line.
  static func isByline(_ text: String) -> Bool {
    let tokens = TextShape.tokens(text)
    guard let first = tokens.first, ["par", "by", "de"].contains(first.lowercased()),
      (2...8).contains(tokens.count)
    else { return false }
    return tokens.dropFirst().allSatisfy { token in
      token.first?.isUppercase == true || ["et", "and", "avec", "with", "&", ",", "-", "–"].contains(token)
    }
  }
}
