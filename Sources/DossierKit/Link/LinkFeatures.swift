/// What the link stage reads of an article that depends on that article alone: its word
/// counts for related coverage, and the content words and repeat key of each dated
/// sentence for timeline merging. Made with the analysis, so it is kept with it
/// (`AnalysisCache`) and a rebuild's link stage only merges; folding and splitting words
/// was most of that stage.
public struct LinkFeatures: Sendable, Equatable {
  /// Folded words of four letters or more and their occurrences, sorted by word
  /// (`RelatedArticles.wordCounts`).
  public var words: [RelatedArticles.WordCount]
  /// One per resolved date of the analysis, in its order.
  public var reports: [TimelineReportFeatures]

  init(words: [RelatedArticles.WordCount], reports: [TimelineReportFeatures]) {
    self.words = words
    self.reports = reports
  }

  init(text: ArticleText, dates: [ResolvedDate]) {
    words = RelatedArticles.wordCounts(text.sentences.map(\.text).joined(separator: " "))
    let sentences = Dictionary(
      text.sentences.map { ($0.anchor, $0.text) }, uniquingKeysWith: { first, _ in first })
    reports = dates.map { date in
      TimelineReportFeatures(text: sentences[date.sentenceAnchor] ?? "", expression: date.range)
    }
  }
}
