import Foundation

/// What each article and entity page is made from, hashed, so that an incremental build
/// renders only the pages whose inputs changed (`SiteBuild` keeps the others' files).
///
/// Each function must add everything its page's render function reads: a value left out
/// would leave a stale page. `IncrementalBuildTests` edits dossiers in the ways a user does
/// and compares the incremental site with a full build, byte for byte. The pages of a
/// split timeline are fingerprinted like them, and so are the data exports and the search
/// index; the other whole-dossier pages (timeline overview, home, entity index, stories)
/// read everything and are always rendered.
extension SiteRenderer {
  /// The program, the templates, the configuration and the base URL: every page's common
  /// inputs.
  func siteInputs() -> StableHash {
    var hash = StableHash()
    hash.add(Self.programIdentity)
    hash.add(templates.fingerprint)
    hash.add(String(describing: dossier.config))
    hash.add(baseURL)
    return hash
  }

  /// The running executable's size and modification time: another build of dossier may
  /// render the same inputs differently.
  static let programIdentity: String = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: executable) else {
      return "unknown \(UUID())"  // never matches: every page is rendered
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
    return "\(executable) \(size) \(modified)"
  }()

  /// The number of stored properties of `Article` that `articlePageInputs` hashes: a test
  /// compares it with `Mirror`, so a field added to `Article` is not forgotten here.
  static let articleFieldCount = 12

  func articlePageInputs(_ analyzed: AnalyzedArticle, site: StableHash) -> StableHash {
    var hash = site
    let article = analyzed.article
    // Every field of the article (`String(describing:)` would do it through Mirror, slowly);
    // `articleFieldCount` must follow `Article`.
    hash.add(article.slug)
    hash.add(article.file)
    hash.add(article.title)
    addDate(article.date, to: &hash)
    hash.add(article.source)
    hash.add(article.url)
    hash.add(article.lang.rawValue)
    hash.add(article.authors)
    hash.add(article.draft ? 1 : 0)
    hash.add(article.body)
    hash.add(article.bodyLine)
    hash.add(article.comments)
    let links = graph.mentionLinks[article.slug] ?? []
    hash.add(links.count)
    for link in links {
      hash.add(link.sentence)
      hash.add(link.range.lowerBound)
      hash.add(link.range.upperBound)
      hash.add(link.url)
      hash.add(link.title)
      if let id = Self.entityID(fromLink: link.url) { addEntityLink(id, to: &hash) }
    }
    let events = eventIndicesByArticle[article.slug] ?? []
    hash.add(events.count)
    for index in events { hash.add(linkHashes.events[index]) }
    let related = graph.related[article.slug] ?? []
    hash.add(related.count)
    for slug in related { addArticleLink(slug, to: &hash) }
    if let story = storyOfArticle[article.slug] {
      hash.add(storyIDs[story])
      hash.add(graph.stories[story].count)
      for slug in graph.stories[story] { addArticleLink(slug, to: &hash) }
    } else {
      hash.add(UInt8(0))
    }
    return hash
  }

  func entityPageInputs(_ entity: DossierGraph.EntityRecord, number: Int, site: StableHash) -> StableHash {
    var hash = site
    hash.add(number)
    hash.add(pageCount(entity))
    hash.add(entity.id)
    hash.add(entity.name)
    hash.add(entity.type)
    hash.add(entity.aliases)
    hash.add(entity.description)
    hash.add(entity.wikidata)
    hash.add(entity.mentions.count)
    hash.add(entity.articles.count)
    let span = entitySpans[entity.id]
    addDate(span?.first, to: &hash)
    addDate(span?.last, to: &hash)
    let skipped = (number - 1) * Self.itemsPerPage
    for mention in entity.mentions.dropFirst(skipped).prefix(Self.itemsPerPage) {
      addArticleLink(mention.article, to: &hash)
      hash.add(mention.anchor)
      hash.add(mention.sentence)
      hash.add(mention.surface)
    }
    let events = (eventIndicesByEntity[entity.id] ?? []).dropFirst(skipped).prefix(Self.itemsPerPage)
    hash.add(events.count)
    for index in events { hash.add(linkHashes.events[index]) }
    if number == 1 {
      for slug in entity.articles { addArticleLink(slug, to: &hash) }
      let together = (coMentionsByEntity[entity.id] ?? []).prefix(10)
      hash.add(together.count)
      for other in together {
        addEntityLink(other.id, to: &hash)
        hash.add(other.count)
      }
    }
    return hash
  }

  func timelinePeriodInputs(_ index: Int, site: StableHash) -> StableHash {
    var hash = site
    let period = timelinePeriods[index]
    addDate(period.key, to: &hash)
    hash.add(period.events.count)
    for index in period.events { hash.add(linkHashes.events[index]) }
    // The neighbours it links to, with their number of events.
    for other in [index - 1, index + 1] {
      guard timelinePeriods.indices.contains(other) else {
        hash.add(UInt8(0))
        continue
      }
      addDate(timelinePeriods[other].key, to: &hash)
      hash.add(timelinePeriods[other].events.count)
    }
    return hash
  }

  /// `data/timeline.json`: every event (an event's hash holds all its rows show).
  func timelineExportInputs(site: StableHash) -> StableHash {
    var hash = site
    addEvents(to: &hash)
    return hash
  }

  /// `data/articles.json`: what `DataExports.articles` reads of each article (its link's
  /// fields, its address, its related coverage) and which entities name each one.
  func articlesExportInputs(site: StableHash) -> StableHash {
    var hash = site
    hash.add(dossier.articles.count)
    for article in dossier.articles {
      addArticleLink(article.slug, to: &hash)
      hash.add(article.url)
      hash.add(graph.related[article.slug] ?? [])
    }
    hash.add(graph.entities.count)
    for entity in graph.entities {
      hash.add(entity.id)
      hash.add(entity.articles)
    }
    return hash
  }

  /// `data/entities.json`: what `DataExports.entities` reads of each entity.
  func entitiesExportInputs(site: StableHash) -> StableHash {
    var hash = site
    hash.add(graph.entities.count)
    for entity in graph.entities {
      addNames(of: entity, to: &hash)
      hash.add(entity.description)
      hash.add(entity.mentions.count)
      hash.add(entity.articles)
    }
    return hash
  }

  /// The search index: each article's link (title, source, date), each entity's names and
  /// type, every event.
  func searchIndexInputs(site: StableHash) -> StableHash {
    var hash = site
    hash.add(dossier.articles.count)
    for article in dossier.articles { addArticleLink(article.slug, to: &hash) }
    hash.add(graph.entities.count)
    for entity in graph.entities { addNames(of: entity, to: &hash) }
    addEvents(to: &hash)
    return hash
  }

  /// An entity's id, name, type and other spellings.
  func addNames(of entity: DossierGraph.EntityRecord, to hash: inout StableHash) {
    hash.add(entity.id)
    hash.add(entity.name)
    hash.add(entity.type)
    hash.add(entity.aliases)
  }

  /// Every event of the dossier, in order.
  func addEvents(to hash: inout StableHash) {
    hash.add(linkHashes.events.count)
    for event in linkHashes.events { hash.add(event) }
  }

  /// What `articleLink` and a quote's citation show of an article (hashed once per article
  /// in `linkHashes`: entity pages add it for every mention).
  func addArticleLink(_ slug: String, to hash: inout StableHash) { linkHashes.addArticle(slug, to: &hash) }

  /// What `entityLink` shows of an entity.
  func addEntityLink(_ id: String, to hash: inout StableHash) { linkHashes.addEntity(id, to: &hash) }

  /// The part of every article and entity that links to them show, and every event as
  /// pages show it (indexed like `graph.events`), hashed once: pages add them by the
  /// hundred.
  struct LinkHashes: Sendable {
    var articles: [String: StableHash] = [:]
    var entities: [String: StableHash] = [:]
    var events: [StableHash] = []

    init(articles: [Article], entities: [DossierGraph.EntityRecord], events: [DossierGraph.Event]) {
      for article in articles where self.articles[article.slug] == nil {
        var hash = StableHash()
        hash.add(article.slug)
        hash.add(article.title)
        SiteRenderer.addDate(article.date, to: &hash)
        hash.add(article.source)
        hash.add(article.lang.rawValue)
        self.articles[article.slug] = hash
      }
      for entity in entities where self.entities[entity.id] == nil {
        var hash = StableHash()
        hash.add(entity.id)
        hash.add(entity.name)
        hash.add(entity.type)
        hash.add(entity.mentions.count)
        hash.add(entity.articles.count)
        self.entities[entity.id] = hash
      }
      let links = self  // what an event's hash reads of its articles and entities
      self.events = events.parallelMap { links.hash($0) }  // a large dossier has 100,000s
    }

    func addArticle(_ slug: String, to hash: inout StableHash) {
      guard let link = articles[slug] else {
        hash.add(slug)
        return hash.add(UInt8(0))
      }
      hash.add(link)
    }

    func addEntity(_ id: String, to hash: inout StableHash) {
      guard let link = entities[id] else {
        hash.add(id)
        return hash.add(UInt8(0))
      }
      hash.add(link)
    }

    /// What `eventView` shows of an event.
    private func hash(_ event: DossierGraph.Event) -> StableHash {
      var hash = StableHash()
      SiteRenderer.addDate(event.date, to: &hash)
      hash.add(event.expression)
      hash.add(event.text)
      addArticle(event.article, to: &hash)
      hash.add(event.anchor)
      hash.add(event.entities.count)
      for id in event.entities { addEntity(id, to: &hash) }
      hash.add(event.alsoReportedBy.count)
      for citation in event.alsoReportedBy {
        addArticle(citation.article, to: &hash)
        hash.add(citation.anchor)
        hash.add(citation.text)
      }
      return hash
    }
  }

  func addDate(_ date: CalendarDate?, to hash: inout StableHash) { Self.addDate(date, to: &hash) }

  static func addDate(_ date: CalendarDate?, to hash: inout StableHash) {
    guard let date else { return hash.add(UInt8(0)) }
    hash.add(date.year)
    hash.add(date.month ?? 0)
    hash.add(date.day ?? 0)
  }
}
