/// Short descriptions of an article for meta tags, feeds and lists.
enum ArticleSummary {
  /// The first sentences of the article, up to about 200 characters.
  static func lede(of text: ArticleText, limit: Int = 200) -> String {
    var summary = ""
    for sentence in text.sentences {
      if summary.isEmpty {
        summary = sentence.text
      } else if summary.count + sentence.text.count < limit {
        summary += " " + sentence.text
      } else {
        break
      }
    }
    if summary.count > limit + 60 {
      summary = String(summary.prefix(limit)) + "…"
    }
    return summary
  }
}
