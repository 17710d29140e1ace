/// Builds the `DossierGraph` from the analysed articles: the whole-dossier stage that runs
/// once, between the parallel per-article analysis and the parallel page rendering.
public enum DossierLinker {
  public static func link(
    _ articles: [AnalyzedArticle], config: DossierConfig, curation: [CuratedEntity] = []
  ) -> DossierGraph {
    var graph = DossierGraph()
    let index = EntityResolver(curation: curation).resolve(articles.map(\.mentions))
    let sentences = sentenceTexts(articles)
    let order = Dictionary(
      articles.enumerated().map { ($0.element.article.slug, $0.offset) }, uniquingKeysWith: { a, _ in a })

    var mentionsByEntity: [String: [DossierGraph.Mention]] = [:]
    var entitiesBySentence: [String: [String: [String]]] = [:]  // article → anchor → ids
    var entityCounts: [String: [String: Int]] = [:]  // article → id → mentions
    let names = Dictionary(index.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    // Every article page is two folders deep: one link string per entity, shared by its
    // mentions (there are hundreds of thousands in a large dossier).
    let articleDepth = SitePaths.rootPrefix(of: SitePaths.article("a"))
    let entityLinks = Dictionary(
      index.entities.map { ($0.id, articleDepth + SitePaths.entity($0.id)) }, uniquingKeysWith: { a, _ in a })
    for mention in index.mentions {
      let key = mention.article + "#" + mention.sentenceAnchor
      mentionsByEntity[mention.entityID, default: []].append(
        DossierGraph.Mention(
          article: mention.article, anchor: mention.sentenceAnchor, sentence: sentences[key] ?? "",
          surface: mention.surface))
      var ids = entitiesBySentence[mention.article, default: [:]][mention.sentenceAnchor, default: []]
      if !ids.contains(mention.entityID) { ids.append(mention.entityID) }
      entitiesBySentence[mention.article, default: [:]][mention.sentenceAnchor] = ids
      entityCounts[mention.article, default: [:]][mention.entityID, default: 0] += 1
      let target = entityLinks[mention.entityID] ?? articleDepth + SitePaths.entity(mention.entityID)
      graph.mentionLinks[mention.article, default: []].append(
        ArticleAnnotator.InlineLink(
          sentence: mention.sentenceAnchor, range: mention.range, url: target,
          title: names[mention.entityID] ?? mention.surface))
    }
    graph.entities = index.entities.map { entity in
      let mentions = mentionsByEntity[entity.id] ?? []
      var seen = Set<String>()
      let inArticles = mentions.map(\.article).filter { seen.insert($0).inserted }
        .sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
      return DossierGraph.EntityRecord(
        id: entity.id, name: entity.name, type: entity.type.rawValue, aliases: entity.aliases,
        description: entity.description, wikidata: entity.wikidata, mentions: mentions, articles: inArticles)
    }.filter { !$0.mentions.isEmpty || $0.description != nil }
    graph.uncuratedEntities = index.uncurated
    graph.unmatchedCuration = index.unmatchedCuration.map(\.name)

    // The timeline's merging and related coverage are independent, and each has a serial
    // part: side by side, they keep both cores busy.
    let timelineArticles = articles.map { analyzed in
      TimelineArticle(
        slug: analyzed.article.slug, published: analyzed.article.date, sentences: analyzed.text.sentences,
        dates: analyzed.dates, entities: entitiesBySentence[analyzed.article.slug] ?? [:],
        features: analyzed.features.reports)
    }
    let relatedInputs = articles.map { analyzed in
      RelatedArticles.Input(
        slug: analyzed.article.slug, entities: entityCounts[analyzed.article.slug] ?? [:],
        words: analyzed.features.words, date: analyzed.article.date)
    }
    let (events, related) = inParallel(
      { Timeline.events(from: timelineArticles) },
      { RelatedArticles().compute(relatedInputs, limit: config.relatedArticles) })
    graph.events = events.map { event in
      DossierGraph.Event(
        date: event.date, expression: event.expression, text: event.text, article: event.article,
        anchor: event.anchor, entities: event.entities,
        alsoReportedBy: event.alsoReportedBy.map {
          DossierGraph.Citation(article: $0.article, anchor: $0.anchor, text: $0.text)
        })
    }
    graph.related = related.related.mapValues { $0.map(\.slug) }
    graph.stories = related.stories
    return graph
  }

  /// `article#anchor` → the sentence's text.
  static func sentenceTexts(_ articles: [AnalyzedArticle]) -> [String: String] {
    var texts: [String: String] = [:]
    for analyzed in articles {
      for sentence in analyzed.text.sentences {
        texts[analyzed.article.slug + "#" + sentence.anchor] = sentence.text
      }
    }
    return texts
  }
}
