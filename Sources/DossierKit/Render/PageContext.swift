/// What every template receives: the site, the page, navigation and interface strings.
/// Templates get pre-formatted strings only (Mustache cannot format dates or compute).
struct PageContext {
  struct Site {
    var title: String
    /// nil when `dossier.yml` has none (an empty string would still open a section).
    var description: String?
    var lang: String
    var feed: String
  }

  struct NavLink {
    var label: String
    var href: String
    var current: Bool
  }

  var site: Site
  var t: [String: String]
  /// `../` prefix from this page to the site root.
  var root: String
  var title: String
  var description: String
  /// Extra class on `main` (`page--wide` for pages that use the full width).
  var mainClass: String
  var canonical: String?
  /// Open Graph type: `article` for articles, `website` otherwise.
  var ogType: String
  /// schema.org JSON-LD, already escaped for a script element.
  var jsonLD: String?
  /// The stylesheet inlined, for pages served at unknown depths (404).
  var inlineCSS: String?
  /// Whether the page loads the theme's scripts (search): not a 404 page without a base URL,
  /// whose relative script addresses would fail at the depths it is served from.
  var scripts: Bool
  var nav: [NavLink]
  /// The page-specific data, under a name the page template expects.
  var content: Any
}

/// An article as lists show it.
struct ArticleLink {
  var title: String
  /// The title cut to a few words, where the source would stand when it is unknown (a tag,
  /// a column heading).
  var shortTitle: String
  var href: String
  var date: String?
  var isoDate: String?
  var source: String?
  /// The article's language when it differs from the dossier's, for a `lang` attribute.
  var lang: String?
}

/// A link to an entity page, as lists and sentences show it.
struct EntityLink {
  var name: String
  var href: String
  var type: String
  /// Mentions across the dossier.
  var count: Int
  /// « 16 mentions, 2 articles », for the index.
  var counts: String
}

/// Entities of one type, for grouped lists.
struct EntityGroup {
  var label: String
  var type: String
  var entities: [EntityLink]
}

/// A sentence quoted from an article, with a link to it in place.
struct Quote {
  /// Escaped HTML: the sentence, with the words of interest in `<mark>`.
  var html: String
  var href: String
  var article: String
  var source: String?
  /// The article's language when it differs from the dossier's.
  var lang: String?
}

/// A dated event as timelines show it.
struct EventView {
  var date: String
  var isoDate: String
  var quote: Quote
  var entities: [EntityLink]
  var alsoReportedBy: [Quote]
  /// « Aussi rapporté par : », for the default event partial written in Swift.
  var alsoReportedByLabel: String
}

/// Events of one month or year.
struct EventGroup {
  var label: String
  var id: String
  var events: [EventView]
}

/// A link to one page of a timeline split into pages.
struct TimelinePeriodLink {
  var label: String
  var href: String
  /// « 312 événements »
  var count: String
}

/// The pages of one year of a split timeline, as its overview lists them.
struct TimelinePeriodYear {
  var year: String
  var periods: [TimelinePeriodLink]
}

/// What a period page of a split timeline shows besides its events.
struct TimelinePeriodView {
  var label: String
  /// The timeline's overview page.
  var overview: String
  var count: String
  var previous: TimelinePeriodLink?
  var next: TimelinePeriodLink?
}

/// The article page's own data.
struct ArticleView {
  var title: String
  var date: String?
  var isoDate: String?
  var source: String?
  var url: String?
  var authors: String?
  /// The article's language when it differs from the dossier's: set on its title and text.
  var lang: String?
  var body: String
  var comments: String?
  var entityGroups: [EntityGroup]
  var events: [EventView]
  var related: [ArticleLink]
  var sameStory: [ArticleLink]
  var storyHref: String?
}
