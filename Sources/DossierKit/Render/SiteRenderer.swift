import Foundation

/// Turns the analysed dossier into the files of the site: pages through the templates,
/// data exports, feeds and the theme's assets. Lookups are built once here so that no page
/// scans the whole dossier.
struct SiteRenderer {
  let dossier: Dossier
  let graph: DossierGraph
  let templates: TemplateSet
  let localization: Localization
  let baseURL: String?
  let articlesBySlug: [String: Article]
  let entitiesByID: [String: DossierGraph.EntityRecord]
  let storyIDs: [String]
  let storyOfArticle: [String: Int]
  let coMentionsByEntity: [String: [(id: String, count: Int)]]
  /// The events each article reports and each entity is named in, as indices into
  /// `graph.events`.
  let eventIndicesByArticle: [String: [Int]]
  let eventIndicesByEntity: [String: [Int]]
  /// Each event's quoted sentences as HTML, made once however many pages show it.
  let eventQuotes: EventQuoteCache
  /// The pages of the timeline when it is split into months or years; empty when it is one.
  let timelinePeriods: [TimelinePeriod]
  /// What links show of each article and entity, hashed for page fingerprints.
  let linkHashes: LinkHashes
  /// The first and last publication dates of the articles naming each entity (absent when
  /// none is dated), which each page of an entity shows.
  let entitySpans: [String: (first: CalendarDate, last: CalendarDate)]

  init(dossier: Dossier, graph: DossierGraph, templates: TemplateSet, baseURL: String?) {
    self.dossier = dossier
    self.graph = graph
    self.templates = templates
    self.localization = Localization(dossier.config.language)
    self.baseURL = baseURL ?? dossier.config.baseURL
    self.articlesBySlug = Dictionary(dossier.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
    self.entitiesByID = Dictionary(graph.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    // One pass over the events (a large dossier has 100,000s), by index: iterating them
    // copied each event, and a set of each one's entities was made to skip repeats.
    var byArticle: [String: [Int]] = [:]
    var byEntity: [String: [Int]] = [:]
    for index in graph.events.indices {
      byArticle[graph.events[index].article, default: []].append(index)
      for citation in graph.events[index].alsoReportedBy {
        byArticle[citation.article, default: []].append(index)
      }
      let entities = graph.events[index].entities
      for (position, id) in entities.enumerated() where !entities[..<position].contains(id) {
        byEntity[id, default: []].append(index)
      }
    }
    self.eventIndicesByArticle = byArticle
    let articlesBySlug = self.articlesBySlug
    self.storyIDs = Slug.uniqued(
      graph.stories.map { story in Slug.make(articlesBySlug[story[0]]?.title ?? "story") }, fallback: "story")
    var storyOfArticle: [String: Int] = [:]
    for (index, story) in graph.stories.enumerated() { for slug in story { storyOfArticle[slug] = index } }
    self.storyOfArticle = storyOfArticle
    self.coMentionsByEntity = graph.coMentions
    self.eventIndicesByEntity = byEntity
    self.eventQuotes = EventQuoteCache(count: graph.events.count)
    self.timelinePeriods = Self.timelinePeriods(graph.events, config: dossier.config)
    self.linkHashes = LinkHashes(articles: dossier.articles, entities: graph.entities, events: graph.events)
    var spans: [String: (first: CalendarDate, last: CalendarDate)] = [:]
    for entity in graph.entities {
      let dates = entity.articles.compactMap { articlesBySlug[$0]?.date }
      if let first = dates.min(), let last = dates.max() { spans[entity.id] = (first, last) }
    }
    self.entitySpans = spans
  }

  /// Every file of the site, in memory, by path (for tests and small sites).
  func render(_ articles: [AnalyzedArticle]) throws -> [OutputFile] {
    let collected = Collected()
    try render(articles, emit: { collected.append($0) })
    return collected.files.sorted { $0.path < $1.path }
  }

  /// Renders every file of the site and hands each to `emit` as soon as it is made, from
  /// several threads at once.
  ///
  /// An article or entity page whose inputs have the fingerprint `previous` recorded is not
  /// rendered if `keep` can put the previous build's file in place. Returns the fingerprint
  /// of every such page, kept or made, for the next build's manifest.
  /// The large files (exports, search index) go to `stream` piece by piece when it is given,
  /// else whole to `emit`.
  @discardableResult
  func render(
    _ articles: [AnalyzedArticle], previous: PageManifest = PageManifest(),
    keep: @Sendable (String, FileStamp) throws -> Bool = { _, _ in false },
    emit: @Sendable (OutputFile) throws -> Void,
    stream: (@Sendable (StreamedFile) throws -> Void)? = nil
  ) throws -> (fingerprints: [String: UInt64], kept: Int) {
    // Every page and export is one job, and the cores take the costliest first: one big page
    // (the timeline, a frequent entity) started last would leave the other cores idle.
    let site = siteInputs()
    let jobs = pageJobs(articles, site: site) + exportJobs(articles, site: site)
    let order = jobs.indices.sorted { jobs[$0].cost > jobs[$1].cost }
    let done = try order.parallelMap { index -> JobResult in
      let job = jobs[index]
      var result = JobResult(index: index)
      if let page = job.page, let inputs = job.inputs {
        let fingerprint = inputs().value
        result.fingerprint = (page, fingerprint)
        if let entry = previous.entries[page], entry.fingerprint == fingerprint, try keep(page, entry.stamp) {
          result.paths = job.listed ? [page] : []
          result.kept = job.listed  // a page; a kept export is not one
          return result
        }
      }
      if let streamed = job.streamed {
        if let stream { try stream(streamed) } else { try emit(streamed.collected()) }
        return result
      }
      let files = try job.render()
      for file in files { try emit(file) }
      if job.listed { result.paths = files.map(\.path) }
      return result
    }
    // The sitemap lists pages in the order of `pageJobs`, whichever thread made them.
    let pages = done.sorted { $0.index < $1.index }.flatMap(\.paths)
    if let baseURL {
      let dates = Dictionary(
        dossier.articles.compactMap { article in article.date.map { (SitePaths.article(article.slug), $0) } },
        uniquingKeysWith: { a, _ in a })
      try emit(Feeds.sitemap(pages: pages, baseURL: baseURL, lastModified: dates))
    }
    let fingerprints = Dictionary(
      done.compactMap { $0.fingerprint }.map { ($0.page, $0.value) }, uniquingKeysWith: { a, _ in a })
    return (fingerprints, done.filter(\.kept).count)
  }

  /// Work that makes some files; `cost` only orders the jobs (bigger first).
  struct Job: Sendable {
    var cost: Int
    /// Whether its files are pages the sitemap lists.
    var listed: Bool
    /// For an article or entity page: its path and what it is made from (`PageFingerprints`).
    var page: String? = nil
    var inputs: (@Sendable () -> StableHash)? = nil
    /// A large file written as it is made, instead of `render`'s files.
    var streamed: StreamedFile? = nil
    var render: @Sendable () throws -> [OutputFile]
  }

  struct JobResult: Sendable {
    var index: Int
    var paths: [String] = []
    var fingerprint: (page: String, value: UInt64)? = nil
    var kept = false
  }

  /// The pages: articles, every page of every entity, stories, the entity index, the
  /// timeline and its period pages, home (the sitemap's order), and the 404 page.
  func pageJobs(_ articles: [AnalyzedArticle], site: StableHash) -> [Job] {
    var jobs = articles.map { analyzed in
      Job(
        cost: analyzed.article.body.utf8.count / 100 + 10
          * (eventIndicesByArticle[analyzed.article.slug]?.count ?? 0),
        listed: true, page: SitePaths.article(analyzed.article.slug),
        inputs: { articlePageInputs(analyzed, site: site) }
      ) { [try renderArticlePage(analyzed)] }
    }
    for entity in graph.entities {
      for number in 1...pageCount(entity) {
        let shown = min(Self.itemsPerPage, max(0, entity.mentions.count - (number - 1) * Self.itemsPerPage))
        jobs.append(
          Job(
            cost: 10 * shown + 100, listed: true, page: SitePaths.entity(entity.id, page: number),
            inputs: { entityPageInputs(entity, number: number, site: site) }
          ) { [try renderEntityPage(entity, number: number)] })
      }
    }
    jobs += graph.stories.indices.map { index in
      Job(cost: 100 * graph.stories[index].count, listed: true) { [try renderStoryPage(index)] }
    }
    jobs.append(Job(cost: 10 * graph.entities.count, listed: true) { [try renderEntityIndex()] })
    jobs.append(
      Job(cost: 10 * (timelinePeriods.isEmpty ? graph.events.count : timelinePeriods.count), listed: true) {
        [try renderTimeline()]
      })
    jobs += timelinePeriods.indices.map { index in
      Job(
        cost: 10 * timelinePeriods[index].events.count, listed: true, page: timelinePeriods[index].path,
        inputs: { timelinePeriodInputs(index, site: site) }
      ) { [try renderTimelinePeriod(index)] }
    }
    jobs.append(Job(cost: 10 * dossier.articles.count, listed: true) { [try renderHome()] })
    jobs.append(Job(cost: 10, listed: false) { [try renderNotFound()] })
    return jobs
  }

  /// Data exports, the search index, feeds and the theme's assets.
  func exportJobs(_ articles: [AnalyzedArticle], site: StableHash) -> [Job] {
    let size = 10 * (graph.events.count + dossier.articles.count)
    let streamed =
      DataExports.files(dossier: dossier, graph: graph) + [
        SearchIndex.file(dossier: dossier, graph: graph, localization: localization)
      ]
    // The largest are kept like pages when what they show has not changed.
    let inputs: [String: @Sendable () -> StableHash] = [
      "data/articles.json": { articlesExportInputs(site: site) },
      "data/timeline.json": { timelineExportInputs(site: site) },
      "data/entities.json": { entitiesExportInputs(site: site) },
      SearchIndex.path: { searchIndexInputs(site: site) },
    ]
    return streamed.map { file in
      Job(
        cost: size, listed: false, page: inputs[file.path] == nil ? nil : file.path,
        inputs: inputs[file.path],
        streamed: file
      ) { [] }
    } + [
      Job(cost: dossier.articles.count, listed: false) {
        let summaries = Dictionary(
          articles.map { ($0.article.slug, ArticleSummary.lede(of: $0.text)) },
          uniquingKeysWith: { a, _ in a })
        let newest = dossier.articles.compactMap(\.date).max()
        return [
          Feeds.atom(dossier, summaries: summaries, baseURL: baseURL, updated: newest),
          Feeds.robots(baseURL: baseURL),
        ]
      },
      Job(cost: 1, listed: false) {
        templates.assets.sorted(by: { $0.key < $1.key }).map { OutputFile(path: $0.key, data: $0.value) }
      },
    ]
  }

  /// Quoted sentences of events as HTML, by event index: an event is shown on its
  /// article's page, on the page of each entity it names and on the timeline, and
  /// typesetting and escaping its sentence was a tenth of rendering.
  final class EventQuoteCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [[String]?]

    init(count: Int) { made = Array(repeating: nil, count: count) }

    func html(_ index: Int, make: () -> [String]) -> [String] {
      if let known = lock.withLock({ made[index] }) { return known }
      let html = make()
      lock.withLock { made[index] = html }
      return html
    }
  }

  /// Files gathered from the threads that render them, in the order they came.
  final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered: [OutputFile] = []
    func append(_ file: OutputFile) { lock.withLock { gathered.append(file) } }
    var files: [OutputFile] { lock.withLock { gathered } }
  }

  // MARK: Shared pieces

  func articleLink(_ slug: String, from page: String) -> ArticleLink? {
    guard let article = articlesBySlug[slug] else { return nil }
    return ArticleLink(
      title: typeset(article.title, article.lang),
      shortTitle: typeset(Self.shorten(article.title), article.lang),
      href: SitePaths.relative(from: page, to: SitePaths.article(article.slug)),
      date: article.date.map(localization.format), isoDate: article.date?.iso, source: article.source,
      lang: passageLang(article.lang))
  }

  /// The first words of `title`, at most about 60 characters, with an ellipsis when cut.
  static func shorten(_ title: String, limit: Int = 60) -> String {
    guard title.count > limit else { return title }
    var kept = ""
    for word in title.split(separator: " ") {
      if !kept.isEmpty && kept.count + 1 + word.count > limit { break }
      kept += (kept.isEmpty ? "" : " ") + word
    }
    while let last = kept.last, ",;:–—-«".contains(last) || last == " " { kept.removeLast() }
    return (kept.isEmpty ? String(title.prefix(limit)) : kept) + "…"
  }

  /// Text of an article as shown: French spacing for French (see `FrenchTypography`).
  func typeset(
    _ text: String, _ lang: Language, before: Unicode.Scalar? = nil, after: Unicode.Scalar? = nil
  ) -> String {
    lang == .fr ? FrenchTypography.apply(text, before: before, after: after) : text
  }

  /// The `lang` attribute for a passage in `lang`: nil when the page is in that language.
  func passageLang(_ lang: Language) -> String? {
    lang == dossier.config.language ? nil : lang.rawValue
  }

  func entityLink(_ id: String, from page: String) -> EntityLink? {
    guard let entity = entitiesByID[id] else { return nil }
    return EntityLink(
      name: entity.name, href: SitePaths.relative(from: page, to: SitePaths.entity(id)),
      type: localization["type." + entity.type], count: entity.mentions.count,
      counts: localization.count(entity.mentions.count, "mention") + ", "
        + localization.count(entity.articles.count, "article"))
  }

  static let typeOrder = ["person", "organization", "place", "other"]
  static let typeLabels = [
    "person": "people", "organization": "organizations", "place": "places", "other": "others",
  ]

  func groupedEntities(_ ids: [String], from page: String) -> [EntityGroup] {
    var byType: [String: [EntityLink]] = [:]
    for id in ids {
      guard let entity = entitiesByID[id], let link = entityLink(id, from: page) else { continue }
      byType[entity.type, default: []].append(link)
    }
    return Self.typeOrder.compactMap { type in
      guard let links = byType[type], !links.isEmpty else { return nil }
      return EntityGroup(
        label: localization[Self.typeLabels[type]!], type: type,
        entities: links.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name })
    }
  }

  /// A sentence with `highlight` marked, escaped, linked to its place in the article.
  func quote(article slug: String, anchor: String, text: String, highlight: String?, from page: String)
    -> Quote
  {
    quote(
      article: slug, anchor: anchor, html: quoteHTML(article: slug, text: text, highlight: highlight),
      from: page)
  }

  /// The sentence of a quote as HTML: typeset as its article's language writes, escaped,
  /// `highlight` in `<mark>`.
  func quoteHTML(article slug: String, text: String, highlight: String?) -> String {
    let lang = articlesBySlug[slug]?.lang ?? dossier.config.language
    let html: String
    if let highlight, !highlight.isEmpty, let range = Self.firstRange(of: highlight, in: text) {
      let (before, marked, after) = (text[..<range.lowerBound], text[range], text[range.upperBound...])
      html =
        HTMLEscaping.escape(typeset(String(before), lang, after: marked.unicodeScalars.first)) + "<mark>"
        + HTMLEscaping.escape(
          typeset(
            String(marked), lang, before: before.unicodeScalars.last, after: after.unicodeScalars.first))
        + "</mark>"
        + HTMLEscaping.escape(typeset(String(after), lang, before: marked.unicodeScalars.last))
    } else {
      html = HTMLEscaping.escape(typeset(text, lang))
    }
    return html
  }

  func quote(article slug: String, anchor: String, html: String, from page: String) -> Quote {
    let lang = articlesBySlug[slug]?.lang ?? dossier.config.language
    let article = articlesBySlug[slug]
    return Quote(
      html: html, href: SitePaths.relative(from: page, to: SitePaths.article(slug)) + "#" + anchor,
      article: article.map { typeset($0.title, $0.lang) } ?? slug, source: article?.source,
      lang: passageLang(lang))
  }

  /// The first occurrence of `needle` in `text`, compared byte for byte (the words come from
  /// the sentence itself). Foundation's `range(of:)` costs more than the rest of a quote.
  static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
    let haystack = text.utf8
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, pattern.count <= haystack.count else { return nil }
    var start = haystack.startIndex
    while let candidate = haystack[start...].firstIndex(of: first) {
      guard let end = haystack.index(candidate, offsetBy: pattern.count, limitedBy: haystack.endIndex)
      else { return nil }
      if haystack[candidate..<end].elementsEqual(pattern) {
        // A match that starts and ends on scalar boundaries (the pattern is whole UTF-8).
        if let lower = String.Index(candidate, within: text), let upper = String.Index(end, within: text) {
          return lower..<upper
        }
      }
      start = haystack.index(after: candidate)
    }
    return nil
  }

  /// The event at `index` of `graph.events`, as the page at `page` shows it.
  func eventView(_ index: Int, from page: String) -> EventView {
    let event = graph.events[index]
    let html = eventQuotes.html(index) {
      [quoteHTML(article: event.article, text: event.text, highlight: event.expression)]
        + event.alsoReportedBy.map {
          quoteHTML(article: $0.article, text: $0.text, highlight: event.expression)
        }
    }
    return EventView(
      date: localization.format(event.date), isoDate: event.date.iso,
      quote: quote(article: event.article, anchor: event.anchor, html: html[0], from: page),
      entities: event.entities.compactMap { entityLink($0, from: page) },
      alsoReportedBy: zip(event.alsoReportedBy, html.dropFirst()).map { citation, html in
        quote(article: citation.article, anchor: citation.anchor, html: html, from: page)
      },
      alsoReportedByLabel: localization["alsoReportedBy"] + localization["colon"])
  }

  /// Renders `template` inside the layout for the page at `path`.
  func page(
    _ template: String, path: String, title: String, description: String, content: Any,
    canonicalPath: String?? = .none, ogType: String = "website", jsonLD: String? = nil,
    inlineCSS: String? = nil, rootOverride: String? = nil, mainClass: String = "", scripts: Bool = true
  ) throws -> OutputFile {
    let canonicalTarget = canonicalPath ?? canonicalURLPath(path)
    let root = rootOverride ?? SitePaths.rootPrefix(of: path)
    let context = PageContext(
      site: PageContext.Site(
        title: dossier.config.title,
        description: dossier.config.description.isEmpty ? nil : dossier.config.description,
        lang: dossier.config.language.rawValue, feed: root + "feed.xml"),
      t: localization.strings, root: root, title: title, description: description, mainClass: mainClass,
      canonical: canonicalTarget.flatMap { target in baseURL.map { $0 + target } },
      ogType: ogType, jsonLD: jsonLD, inlineCSS: inlineCSS, scripts: scripts,
      nav: navigation(from: path, root: root), content: content)
    return OutputFile(path: path, text: try templates.render(template, context))
  }

  /// The path a canonical URL names: folders for index pages, as a web server serves them.
  func canonicalURLPath(_ path: String) -> String {
    path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
  }

  func navigation(from path: String, root: String) -> [PageContext.NavLink] {
    [
      (localization["home"], SitePaths.home),
      (localization["entities"], SitePaths.entities),
      (localization["timeline"], SitePaths.timeline),
    ].map { label, target in
      PageContext.NavLink(label: label, href: root + target, current: path == target)
    }
  }
}
