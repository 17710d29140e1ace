extension SiteRenderer {
  struct StoryLink {
    var title: String
    var lang: String?
    var href: String
    var articles: [ArticleLink]
  }

  struct StoryView {
    var title: String
    var lang: String?
    var columns: [OutletColumn]
    var spellings: [SpellingRow]
  }

  func renderHome() throws -> OutputFile {
    let path = SitePaths.home
    let keyEntities = Self.typeOrder.compactMap { type -> EntityGroup? in
      let top = graph.entities.filter { $0.type == type }.sorted {
        $0.mentions.count != $1.mentions.count ? $0.mentions.count > $1.mentions.count : $0.name < $1.name
      }.prefix(6)
      guard !top.isEmpty else { return nil }
      return EntityGroup(
        label: localization[Self.typeLabels[type]!], type: type,
        entities: top.compactMap { entityLink($0.id, from: path) })
    }
    let dates = dossier.articles.compactMap(\.date)
    let outlets = Set(dossier.articles.compactMap(\.source)).count
    var content: [String: Any] = [
      "articles": dossier.articles.prefix(20).compactMap { articleLink($0.slug, from: path) },
      "stories": storyLinks(from: path),
      "keyEntities": keyEntities,
      "lastEvents": graph.events.indices.suffix(5).reversed().map { eventView($0, from: path) },
    ]
    if let chart = timelineChart(from: path) { content["chart"] = chart }
    if let first = dates.min(), let last = dates.max() {
      content["summary"] = localization.fill(
        outlets == 0 ? "homeSummaryNoOutlet" : "homeSummary",
        [
          "articles": localization.count(dossier.articles.count, "article"),
          "outlets": localization.count(outlets, "outlet"),
          "span": localization.span(first, last),
        ])
    }
    return try page(
      "index", path: path, title: dossier.config.title, description: dossier.config.description,
      content: content)
  }

  func storyLinks(from page: String) -> [StoryLink] {
    graph.stories.enumerated().map { index, story in
      StoryLink(
        title: articlesBySlug[story[0]].map { typeset($0.title, $0.lang) } ?? storyIDs[index],
        lang: articlesBySlug[story[0]].flatMap { passageLang($0.lang) },
        href: SitePaths.relative(from: page, to: SitePaths.story(storyIDs[index])),
        articles: story.compactMap { articleLink($0, from: page) })
    }
  }

  /// A NotFound page: a host serves 404.html for a missing address at any depth, where
  /// relative links would point nowhere, so its style is inlined and, with a base URL, its
  /// links are absolute. Without a base URL it loads no script, so a deep address shows the
  /// page without a failed request (its links then work from the site's top folder only).
  func renderNotFound() throws -> OutputFile {
    try page(
      "404", path: SitePaths.notFound, title: localization["notFoundTitle"],
      description: localization["notFoundText"], content: [String: Any](), canonicalPath: nil,
      inlineCSS: templates.assets["assets/site.css"].map { String(decoding: $0, as: UTF8.self) },
      rootOverride: baseURL, scripts: baseURL != nil)
  }

  // MARK: Outlets compared

  struct OutletColumn {
    var article: ArticleLink
    var entities: [ComparedItem]
    var events: [ComparedItem]
  }

  struct ComparedItem {
    var label: String
    /// The words of the article that gave a dated event, shown quoted after its date.
    var quote: String? = nil
    /// The quote's language when it differs from the page's.
    var lang: String? = nil
    var href: String?
    var only: Bool
  }

  struct SpellingRow {
    var entity: EntityLink
    var spellings: [Spelling]
  }

  struct Spelling {
    var source: String
    var forms: String
  }

  /// Whether articles write one entity differently: one uses a form that another article
  /// neither uses nor contains as whole words, nor extends (« Patrushev » against « Nikolai
  /// Potrushev » differs; « Biden » against « Joe Biden » is only a shorter form).
  static func spellingsDiffer(_ formsByArticle: [Set<String>]) -> Bool {
    func words(_ form: String) -> Set<Substring> { Set(form.split(whereSeparator: \.isWhitespace)) }
    for (index, forms) in formsByArticle.enumerated() {
      for (otherIndex, others) in formsByArticle.enumerated() where otherIndex != index {
        for form in forms where !others.contains(form) {
          let mine = words(form)
          if !others.contains(where: { words($0).isSubset(of: mine) || mine.isSubset(of: words($0)) }) {
            return true
          }
        }
      }
    }
    return false
  }

  /// Side by side, what each article of a story mentions and which it alone mentions, and
  /// where their spellings of the same entity differ.
  func renderStoryPage(_ index: Int) throws -> OutputFile {
    let story = graph.stories[index]
    let path = SitePaths.story(storyIDs[index])
    var entitiesByArticle: [String: Set<String>] = [:]
    var surfaces: [String: [String: Set<String>]] = [:]  // entity → article → forms
    for entity in graph.entities {
      for mention in entity.mentions where story.contains(mention.article) {
        entitiesByArticle[mention.article, default: []].insert(entity.id)
        surfaces[entity.id, default: [:]][mention.article, default: []].insert(mention.surface)
      }
    }
    var eventsByArticle: [String: [(key: String, event: DossierGraph.Event)]] = [:]
    for slug in story {
      for index in eventIndicesByArticle[slug] ?? [] {
        let event = graph.events[index]
        eventsByArticle[slug, default: []].append((event.date.iso, event))
      }
    }
    let columns = story.compactMap { slug -> OutletColumn? in
      guard let link = articleLink(slug, from: path) else { return nil }
      let mine = entitiesByArticle[slug] ?? []
      let others = story.filter { $0 != slug }.reduce(into: Set<String>()) {
        $0.formUnion(entitiesByArticle[$1] ?? [])
      }
      let entities = mine.compactMap { id -> (EntityLink, Bool)? in
        entityLink(id, from: path).map { ($0, !others.contains(id)) }
      }.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.name < $1.0.name }
      let otherDates = story.filter { $0 != slug }.reduce(into: Set<String>()) { set, other in
        for item in eventsByArticle[other] ?? [] { set.insert(item.key) }
      }
      var seen = Set<String>()
      let events = (eventsByArticle[slug] ?? []).filter { seen.insert($0.key).inserted }.map { item in
        ComparedItem(
          label: localization.format(item.event.date), quote: item.event.expression,
          lang: articlesBySlug[item.event.article].flatMap { passageLang($0.lang) },
          href: SitePaths.relative(from: path, to: SitePaths.article(slug)) + "#"
            + (item.event.article == slug
              ? item.event.anchor
              : (item.event.alsoReportedBy.first { $0.article == slug }?.anchor ?? item.event.anchor)),
          only: !otherDates.contains(item.key))
      }
      return OutletColumn(
        article: link, entities: entities.map { ComparedItem(label: $0.0.name, href: $0.0.href, only: $0.1) },
        events: events)
    }
    let spellingRows = surfaces.compactMap { id, byArticle -> SpellingRow? in
      guard byArticle.count > 1, Self.spellingsDiffer(Array(byArticle.values)),
        let link = entityLink(id, from: path)
      else { return nil }
      return SpellingRow(
        entity: link,
        spellings: story.compactMap { slug in
          byArticle[slug].map {
            Spelling(
              source: articlesBySlug[slug].map { $0.source ?? typeset(Self.shorten($0.title), $0.lang) }
                ?? slug,
              forms: $0.sorted().joined(separator: ", "))
          }
        })
    }.sorted { $0.entity.name < $1.entity.name }
    let title = articlesBySlug[story[0]].map { typeset($0.title, $0.lang) } ?? storyIDs[index]
    return try page(
      "story", path: path, title: title, description: localization["storyIntro"],
      content: StoryView(
        title: title, lang: articlesBySlug[story[0]].flatMap { passageLang($0.lang) }, columns: columns,
        spellings: spellingRows),
      mainClass: "page--wide")
  }
}
