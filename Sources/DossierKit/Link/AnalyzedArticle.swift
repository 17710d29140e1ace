/// An article with what the per-article stages found in it: its sentences, the names
/// mentioned in them and the dates they speak of. Only the body is analysed: reader
/// comments are never the article's mentions or events.
public struct AnalyzedArticle: Sendable {
  public var article: Article
  public var text: ArticleText
  public var mentions: ArticleMentions
  public var dates: [ResolvedDate]
  /// What the link stage reads of this article alone.
  public var features: LinkFeatures

  /// An analysis made earlier (`AnalysisCache`).
  init(
    article: Article, text: ArticleText, mentions: ArticleMentions, dates: [ResolvedDate],
    features: LinkFeatures
  ) {
    self.article = article
    self.text = text
    self.mentions = mentions
    self.dates = dates
    self.features = features
  }

  /// The article and its sentences, without what only the link stage reads.
  var forRendering: AnalyzedArticle {
    AnalyzedArticle(
      article: article, text: text, mentions: ArticleMentions(article: mentions.article, mentions: []),
      dates: [], features: LinkFeatures(words: [], reports: []))
  }

  public init(article: Article) {
    self.article = article
    self.text = ArticleText(markdown: article.body)
    self.mentions = MentionExtractor(language: article.lang).mentions(
      article: article.slug, sentences: text.sentences)
    self.dates = DateResolver(language: article.lang).resolve(
      sentences: text.sentences, published: article.date)
    self.features = LinkFeatures(text: text, dates: dates)
  }
}
