extension SiteRenderer {
  func renderArticlePage(_ analyzed: AnalyzedArticle) throws -> OutputFile {
    let article = analyzed.article
    let path = SitePaths.article(article.slug)
    let document = MarkdownDocument(markdown: article.body)
    ArticleAnnotator.annotate(
      document, sentences: analyzed.text.sentences, links: graph.mentionLinks[article.slug] ?? [])
    let comments = article.comments.flatMap {
      $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        ? nil : MarkdownDocument(markdown: $0).renderHTML()
    }
    let entityIDs = Array(
      Set((graph.mentionLinks[article.slug] ?? []).compactMap { Self.entityID(fromLink: $0.url) }))
    let story = storyOfArticle[article.slug]
    let view = ArticleView(
      title: article.title, date: article.date.map(localization.format), isoDate: article.date?.iso,
      source: article.source, url: article.url,
      authors: article.authors.isEmpty ? nil : article.authors.joined(separator: ", "),
      lang: article.lang.rawValue, body: document.renderHTML(), comments: comments,
      entityGroups: groupedEntities(entityIDs, from: path),
      events: (eventsByArticle[article.slug] ?? []).map { eventView($0, from: path) },
      related: (graph.related[article.slug] ?? []).compactMap { articleLink($0, from: path) },
      sameStory: story.map {
        graph.stories[$0].filter { $0 != article.slug }.compactMap { articleLink($0, from: path) }
      } ?? [],
      storyHref: story.map { SitePaths.relative(from: path, to: SitePaths.story(storyIDs[$0])) })
    let jsonLD = StructuredData.newsArticle(
      article, canonical: baseURL.map { $0 + canonicalURLPath(path) }, publisher: dossier.config.title)
    return try page(
      "article", path: path, title: article.title, description: ArticleSummary.lede(of: analyzed.text),
      content: view, ogType: "article", jsonLD: jsonLD)
  }

  /// Mention links point at `…/entities/<id>/index.html`.
  static func entityID(fromLink url: String) -> String? {
    let parts = url.split(separator: "/")
    guard parts.count >= 2, parts[parts.count - 1] == "index.html" else { return nil }
    return String(parts[parts.count - 2])
  }
}
