/// What every template receives: the site, the page, navigation and interface strings.
/// Templates get pre-formatted strings only (Mustache cannot format dates or compute).
struct PageContext {
  struct Site {
    var title: String
    var description: String
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
  var canonical: String?
  /// Open Graph type: `article` for articles, `website` otherwise.
  var ogType: String
  /// schema.org JSON-LD, already escaped for a script element.
  var jsonLD: String?
  /// The stylesheet inlined, for pages served at unknown depths (404).
  var inlineCSS: String?
  var nav: [NavLink]
  /// The page-specific data, under a name the page template expects.
  var content: Any
}

/// An article as lists show it.
struct ArticleLink {
  var title: String
  var href: String
  var date: String?
  var isoDate: String?
  var source: String?
}

/// The article page's own data.
struct ArticleView {
  var title: String
  var date: String?
  var isoDate: String?
  var source: String?
  var url: String?
  var authors: String?
  var lang: String
  var body: String
  var comments: String?
}
