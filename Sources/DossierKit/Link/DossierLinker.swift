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

    // Tables by entity are arrays, by the entity's place in `index.entities` (each mention
    // carries it), and every table is as long as it will be from the start: grown by
    // appending, hundreds of thousands of mentions would leave a quarter of it unused.
    var mentionsPerEntity = [Int](repeating: 0, count: index.entities.count)
    for mention in index.mentions { mentionsPerEntity[mention.entity] += 1 }
    var mentionsByEntity = mentionsPerEntity.map { count in
      var mentions: [DossierGraph.Mention] = []
      mentions.reserveCapacity(count)
      return mentions
    }
    var entitiesBySentence: [String: [String: [String]]] = [:]  // article → anchor → ids
    var entityCounts: [String: [String: Int]] = [:]  // article → id → mentions
    let ids = index.entities.map(\.id)
    let names = index.entities.map(\.name)
    // Every article page is two folders deep: one link string per entity, shared by its
    // mentions (there are hundreds of thousands in a large dossier).
    let articleDepth = SitePaths.rootPrefix(of: SitePaths.article("a"))
    let entityLinks = ids.map { articleDepth + SitePaths.entity($0) }
    // The mentions come article by article (`EntityIndex.mentions`, slugs unique), and
    // sentence by sentence: each article's run gives its links, its sentences' entities and
    // its mentions as entity pages quote them, across cores; then, in article order, the
    // quotes go to their entities' lists.
    var coMentions = CoMentionCounter()
    do {  // the resolved mentions go at its end
      let mentions = index.mentions
      index.mentions = []
      var runs: [Range<Int>] = []
      var runStart = 0
      for position in mentions.indices.dropFirst()
      where mentions[position].article != mentions[position - 1].article {
        runs.append(runStart..<position)
        runStart = position
      }
      if !mentions.isEmpty { runs.append(runStart..<mentions.count) }
      let texts = articles.map(\.text)
      var perArticle = runs.parallelMap { run -> (links: ArticleLinks, quotes: [DossierGraph.Mention]) in
        let slug = mentions[run.lowerBound].article
        let sentences = order[slug].map { texts[$0].sentences } ?? []
        var links = ArticleLinks(
          slug: slug,
          sentences: Dictionary(sentences.map { ($0.anchor, $0.text) }, uniquingKeysWith: { _, last in last })
        )
        links.inline.reserveCapacity(run.count)
        var quotes: [DossierGraph.Mention] = []
        quotes.reserveCapacity(run.count)
        for mention in mentions[run] {
          if mention.sentenceAnchor != links.anchor { links.begin(sentence: mention.sentenceAnchor) }
          quotes.append(
            DossierGraph.Mention(
              article: slug, anchor: mention.sentenceAnchor, sentence: links.sentence,
              surface: mention.surface)
          )
          if !links.sentenceEntities.contains(mention.entityID) {
            links.sentenceEntities.append(mention.entityID)
          }
          links.entityCounts[mention.entity, default: 0] += 1
          links.inline.append(
            ArticleAnnotator.InlineLink(
              sentence: mention.sentenceAnchor, range: mention.range, url: entityLinks[mention.entity],
              title: names[mention.entity]))
        }
        links.endSentence()
        return (links, quotes)
      }
      for (position, run) in runs.enumerated() {
        let links = perArticle[position].links
        for ids in links.entitiesBySentence.values { coMentions.add(sentence: ids) }
        entitiesBySentence[links.slug] = links.entitiesBySentence
        entityCounts[links.slug] = Dictionary(
          uniqueKeysWithValues: links.entityCounts.map { (ids[$0.key], $0.value) })
        graph.mentionLinks[links.slug] = links.inline
        for (quote, mention) in zip(perArticle[position].quotes, mentions[run]) {
          mentionsByEntity[mention.entity].append(quote)
        }
        perArticle[position] = (ArticleLinks(slug: "", sentences: [:]), [])
      }
    }
    releaseFreedMemory()
    graph.coMentions = coMentions.ranked()
    graph.entities = index.entities.indices.map { position in
      let entity = index.entities[position]
      let mentions = mentionsByEntity[position]
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
    /// By the entity's place in the index.
    var entityCounts: [Int: Int] = [:]
    var inline: [ArticleAnnotator.InlineLink] = []
    /// The sentence whose mentions are passing: its anchor, text and entity ids so far.
    var anchor = ""
    var sentence = ""
    var sentenceEntities: [String] = []

    mutating func begin(sentence anchor: String) {
      endSentence()
      self.anchor = anchor
      sentence = sentences[anchor] ?? ""
    }

    /// Files the passing sentence's entities (after any it had: a sentence's mentions come
    /// together, but nothing is lost if they do not).
    mutating func endSentence() {
      guard !sentenceEntities.isEmpty else { return }
      var ids = entitiesBySentence[anchor] ?? []
      for id in sentenceEntities where !ids.contains(id) { ids.append(id) }
      entitiesBySentence[anchor] = ids
      sentenceEntities = []
    }
  }
}
