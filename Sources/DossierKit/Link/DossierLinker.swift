/// Builds the `DossierGraph` from the analysed articles: the whole-dossier stage that runs
/// once, between the parallel per-article analysis and the parallel page rendering.
public enum DossierLinker {
  public static func link(
    _ articles: [AnalyzedArticle], config: DossierConfig, curation: [CuratedEntity] = [],
    resolutionMemo: ResolutionMemo? = nil, timelineMemo: TimelineMemo? = nil
  ) -> DossierGraph {
    var articles = articles
    return link(
      trimming: &articles, config: config, curation: curation, resolutionMemo: resolutionMemo,
      timelineMemo: timelineMemo)
  }

  /// Links `articles` and leaves each trimmed to what pages read (`forRendering`), letting
  /// go of each part of the analyses once it is used: in a large dossier the analyses and
  /// this stage's own tables are most of the build's memory.
  static func link(
    trimming articles: inout [AnalyzedArticle], config: DossierConfig, curation: [CuratedEntity] = [],
    resolutionMemo: ResolutionMemo? = nil, timelineMemo: TimelineMemo? = nil
  ) -> DossierGraph {
    var graph = DossierGraph()
    // The resolver gets the only copy of the mentions, and lets each article's go as it goes.
    let mentions = articles.map(\.mentions)
    for position in articles.indices { articles[position].mentions.mentions = [] }
    var index = EntityResolver(curation: curation).resolve(consume mentions, memo: resolutionMemo)
    releaseFreedMemory()
    let order = Dictionary(
      articles.enumerated().map { ($0.element.article.slug, $0.offset) }, uniquingKeysWith: { a, _ in a })

    // Tables by entity are arrays, by the entity's place in `index.entities` (each mention
    // carries it), and every table is as long as it will be from the start: grown by
    // appending, hundreds of thousands of mentions would leave a quarter of it unused.
    let ids = index.entities.map(\.id)
    var mentionsPerEntity = [Int](repeating: 0, count: index.entities.count)
    // Counted run by run (the mentions come article by article), not hashed per mention.
    var mentionsPerArticle: [String: Int] = [:]
    var entityCounts = [[String: Int]](repeating: [:], count: articles.count)  // by article: id → mentions
    var run = (article: "", counts: [Int: Int]())
    func endRun() {
      let count = run.counts.values.reduce(0, +)
      mentionsPerArticle[run.article, default: 0] += count
      if let position = order[run.article] {
        for (entity, count) in run.counts { entityCounts[position][ids[entity], default: 0] += count }
      }
    }
    for mention in index.mentions {
      mentionsPerEntity[mention.entity] += 1
      if mention.article != run.article {
        endRun()
        run = (mention.article, [:])
      }
      run.counts[mention.entity, default: 0] += 1
    }
    endRun()
    // Related coverage reads only each article's words and entity counts: it is worked out
    // on other threads while this one files the mentions and the timeline is merged.
    let relatedInputs = articles.indices.map { position in
      RelatedArticles.Input(
        slug: articles[position].article.slug, entities: entityCounts[position],
        words: articles[position].features.words, date: articles[position].article.date)
    }
    entityCounts = []
    let relatedCoverage = Background {
      RelatedArticles().compute(relatedInputs, limit: config.relatedArticles)
    }
    var mentionsByEntity = mentionsPerEntity.map { count in
      var mentions: [DossierGraph.Mention] = []
      mentions.reserveCapacity(count)
      return mentions
    }
    // By the article's place, then by the sentence's: the entities' numbers.
    var entitiesBySentence = [[[Int]]](repeating: [], count: articles.count)
    let names = index.entities.map(\.name)
    // Every article page is two folders deep: one link string per entity, shared by its
    // mentions (there are hundreds of thousands in a large dossier).
    let articleDepth = SitePaths.rootPrefix(of: SitePaths.article("a"))
    let entityLinks = ids.map { articleDepth + SitePaths.entity($0) }
    // The mentions come article by article (`EntityIndex.mentions`, slugs unique), and
    // sentence by sentence: what they give each article is gathered here and stored when
    // the next article's begin, rather than looked up by slug and anchor per mention.
    var current = ArticleLinks(slug: "", position: nil, sentences: SentenceCursor([]))
    var coMentions = CoMentionCounter(entities: ids.count)
    func store(_ links: inout ArticleLinks) {
      guard !links.slug.isEmpty else { return }
      links.endSentence()
      for entities in links.entitiesBySentence { coMentions.add(sentence: entities) }
      for entities in links.unplaced.values { coMentions.add(sentence: entities) }
      if let position = links.position { entitiesBySentence[position] = links.entitiesBySentence }
      graph.mentionLinks[links.slug] = links.inline
    }
    for mention in index.mentions {
      if mention.article != current.slug {
        store(&current)
        let position = order[mention.article]
        current = ArticleLinks(
          slug: mention.article, position: position,
          sentences: SentenceCursor(position.map { articles[$0].text.sentences } ?? []))
        current.inline.reserveCapacity(mentionsPerArticle[mention.article] ?? 0)
      }
      if mention.sentenceAnchor != current.anchor { current.begin(sentence: mention.sentenceAnchor) }
      mentionsByEntity[mention.entity].append(
        DossierGraph.Mention(
          article: mention.article, anchor: mention.sentenceAnchor, sentence: current.sentence,
          surface: mention.surface))
      if !current.sentenceEntities.contains(mention.entity) {
        current.sentenceEntities.append(mention.entity)
      }
      current.inline.append(
        ArticleAnnotator.InlineLink(
          sentence: mention.sentenceAnchor, range: mention.range, url: entityLinks[mention.entity],
          title: names[mention.entity]))
    }
    store(&current)
    index.mentions = []
    releaseFreedMemory()
    graph.coMentions = coMentions.ranked(ids: ids)
    graph.entities = index.entities.indices.map { position in
      let entity = index.entities[position]
      let mentions = mentionsByEntity[position]
      // The mentions come in the articles' order, each article's together.
      var inArticles: [String] = []
      for mention in mentions where mention.article != inArticles.last { inArticles.append(mention.article) }
      return DossierGraph.EntityRecord(
        id: entity.id, name: entity.name, type: entity.type.rawValue, aliases: entity.aliases,
        description: entity.description, wikidata: entity.wikidata, mentions: mentions, articles: inArticles)
    }.filter { !$0.mentions.isEmpty || $0.description != nil }
    graph.uncuratedEntities = index.uncurated
    graph.unmatchedCuration = index.unmatchedCuration.map(\.name)

    let events: [TimelineEvent]
    do {
      let timelineArticles = articles.indices.map { position in
        TimelineArticle(
          slug: articles[position].article.slug, published: articles[position].article.date,
          sentences: articles[position].text.sentences, dates: articles[position].dates,
          entities: entitiesBySentence[position].map { $0.map { ids[$0] } },
          features: articles[position].features.reports)
      }
      entitiesBySentence = []
      for position in articles.indices { articles[position] = articles[position].forRendering }
      events = Timeline.events(from: timelineArticles, memo: timelineMemo)
      freeInBackground(timelineArticles)
    }
    graph.events = events.map { event in
      DossierGraph.Event(
        date: event.date, expression: event.expression, text: event.text, article: event.article,
        anchor: event.anchor, entities: event.entities,
        alsoReportedBy: event.alsoReportedBy.map {
          DossierGraph.Citation(article: $0.article, anchor: $0.anchor, text: $0.text)
        })
    }
    freeInBackground(events)
    let related = relatedCoverage.wait()
    graph.related = related.related.mapValues { $0.map(\.slug) }
    graph.stories = related.stories
    return graph
  }

  /// What the mentions of one article give it, gathered while they pass.
  struct ArticleLinks {
    var slug: String
    /// The article's place in the linked articles (nil: not one of them).
    var position: Int?
    var sentences: SentenceCursor
    /// The entities (their numbers) named in each sentence, by the sentence's place.
    var entitiesBySentence: [[Int]]
    /// Those named in sentences the article does not have (none, from extraction).
    var unplaced: [String: [Int]] = [:]
    var inline: [ArticleAnnotator.InlineLink] = []
    /// The sentence whose mentions are passing: its anchor, place, text and entities so far.
    var anchor = ""
    var sentencePosition: Int?
    var sentence = ""
    var sentenceEntities: [Int] = []

    init(slug: String, position: Int?, sentences: SentenceCursor) {
      self.slug = slug
      self.position = position
      self.sentences = sentences
      entitiesBySentence = Array(repeating: [], count: sentences.sentences.count)
    }

    mutating func begin(sentence anchor: String) {
      endSentence()
      self.anchor = anchor
      sentencePosition = sentences.find(anchor)
      sentence = sentencePosition.map { sentences.sentences[$0].text } ?? ""
    }

    /// Files the passing sentence's entities (after any it had: a sentence's mentions come
    /// together, but nothing is lost if they do not).
    mutating func endSentence() {
      guard !sentenceEntities.isEmpty else { return }
      func file(into entities: inout [Int]) {
        for entity in sentenceEntities where !entities.contains(entity) { entities.append(entity) }
      }
      if let sentencePosition {
        file(into: &entitiesBySentence[sentencePosition])
      } else {
        file(into: &unplaced[anchor, default: []])
      }
      sentenceEntities = []
    }
  }
}
