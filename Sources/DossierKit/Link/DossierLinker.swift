/// Builds the `DossierGraph` from the analysed articles: the whole-dossier stage that runs
/// once, between the parallel per-article analysis and the parallel page rendering.
public enum DossierLinker {
  public static func link(
    _ articles: [AnalyzedArticle], config: DossierConfig, curation: [CuratedEntity] = []
  ) -> DossierGraph {
    var articles = articles
    return link(trimming: &articles, config: config, curation: curation)
  }

  /// Links `articles` and leaves each trimmed to what pages read (`forRendering`), letting
  /// go of each part of the analyses once it is used: in a large dossier the analyses and
  /// this stage's own tables are most of the build's memory.
  static func link(
    trimming articles: inout [AnalyzedArticle], config: DossierConfig, curation: [CuratedEntity] = []
  ) -> DossierGraph {
    var graph = DossierGraph()
    // The resolver gets the only copy of the mentions, and lets each article's go as it goes.
    let mentions = articles.map(\.mentions)
    for position in articles.indices { articles[position].mentions.mentions = [] }
    var index = EntityResolver(curation: curation).resolve(consume mentions)
    releaseFreedMemory()
    let order = Dictionary(
      articles.enumerated().map { ($0.element.article.slug, $0.offset) }, uniquingKeysWith: { a, _ in a })

    // Every table below is as long as it will be from the start: grown by appending, a
    // large dossier's hundreds of thousands of mentions would leave a quarter of it unused.
    var mentionCounts: (byEntity: [String: Int], byArticle: [String: Int]) = ([:], [:])
    for mention in index.mentions {
      mentionCounts.byEntity[mention.entityID, default: 0] += 1
      mentionCounts.byArticle[mention.article, default: 0] += 1
    }
    var mentionsByEntity = mentionCounts.byEntity.mapValues { count in
      var mentions: [DossierGraph.Mention] = []
      mentions.reserveCapacity(count)
      return mentions
    }
    var entitiesBySentence: [String: [String: [String]]] = [:]  // article → anchor → ids
    var entityCounts: [String: [String: Int]] = [:]  // article → id → mentions
    let names = Dictionary(index.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    // Every article page is two folders deep: one link string per entity, shared by its
    // mentions (there are hundreds of thousands in a large dossier).
    let articleDepth = SitePaths.rootPrefix(of: SitePaths.article("a"))
    let entityLinks = Dictionary(
      index.entities.map { ($0.id, articleDepth + SitePaths.entity($0.id)) }, uniquingKeysWith: { a, _ in a })
    // The mentions come article by article (`EntityIndex.mentions`, slugs unique): what
    // they give each article is gathered here and stored when the next article's begin,
    // rather than looked up by slug per mention.
    var current = ArticleLinks(slug: "", sentences: [:])
    var coMentions = CoMentionCounter()
    func store(_ links: ArticleLinks) {
      guard !links.slug.isEmpty else { return }
      for ids in links.entitiesBySentence.values { coMentions.add(sentence: ids) }
      entitiesBySentence[links.slug] = links.entitiesBySentence
      entityCounts[links.slug] = links.entityCounts
      graph.mentionLinks[links.slug] = links.inline
    }
    for mention in index.mentions {
      if mention.article != current.slug {
        store(current)
        let sentences = order[mention.article].map { articles[$0].text.sentences } ?? []
        current = ArticleLinks(
          slug: mention.article,
          sentences: Dictionary(sentences.map { ($0.anchor, $0.text) }, uniquingKeysWith: { _, last in last })
        )
        current.inline.reserveCapacity(mentionCounts.byArticle[mention.article] ?? 0)
      }
      mentionsByEntity[mention.entityID, default: []].append(
        DossierGraph.Mention(
          article: mention.article, anchor: mention.sentenceAnchor,
          sentence: current.sentences[mention.sentenceAnchor] ?? "", surface: mention.surface))
      if !current.entitiesBySentence[mention.sentenceAnchor, default: []].contains(mention.entityID) {
        current.entitiesBySentence[mention.sentenceAnchor, default: []].append(mention.entityID)
      }
      current.entityCounts[mention.entityID, default: 0] += 1
      let target = entityLinks[mention.entityID] ?? articleDepth + SitePaths.entity(mention.entityID)
      current.inline.append(
        ArticleAnnotator.InlineLink(
          sentence: mention.sentenceAnchor, range: mention.range, url: target,
          title: names[mention.entityID] ?? mention.surface))
    }
    store(current)
    index.mentions = []
    releaseFreedMemory()
    graph.coMentions = coMentions.ranked()
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
    let (events, related): ([TimelineEvent], RelatedArticles.Result)
    do {
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
      entitiesBySentence = [:]
      entityCounts = [:]
      for position in articles.indices { articles[position] = articles[position].forRendering }
      (events, related) = inParallel(
        { Timeline.events(from: timelineArticles) },
        { RelatedArticles().compute(relatedInputs, limit: config.relatedArticles) })
    }
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

  /// What the mentions of one article give it, gathered while they pass.
  struct ArticleLinks {
    var slug: String
    /// Anchor → text of the article's sentences.
    var sentences: [String: String]
    var entitiesBySentence: [String: [String]] = [:]
    var entityCounts: [String: Int] = [:]
    var inline: [ArticleAnnotator.InlineLink] = []
  }
}
