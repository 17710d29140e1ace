/// Builds the `DossierGraph` from the analysed articles: the whole-dossier stage that runs
/// once, between the parallel per-article analysis and the parallel page rendering.
public enum DossierLinker {
  public static func link(_ articles: [AnalyzedArticle], config: DossierConfig) -> DossierGraph {
    var graph = DossierGraph()
    let related = RelatedArticles().compute(
      articles.map { analyzed in
        RelatedArticles.Input(
          slug: analyzed.article.slug, entities: [:],
          text: analyzed.text.sentences.map(\.text).joined(separator: " "), date: analyzed.article.date)
      }, limit: config.relatedArticles)
    graph.related = related.related.mapValues { $0.map(\.slug) }
    graph.stories = related.stories
    return graph
  }
}
