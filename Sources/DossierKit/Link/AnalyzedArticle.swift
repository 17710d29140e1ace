/// An article with what the per-article stages found in it.
public struct AnalyzedArticle: Sendable {
  public var article: Article
  public var text: ArticleText

  public init(article: Article) {
    self.article = article
    self.text = ArticleText(markdown: article.body)
  }
}
