/// The default theme's partials that pages repeat by the hundred (a quote per mention, an
/// event per dated sentence, an item per article), written out in Swift.
///
/// Through swift-mustache each of them costs dozens of dynamic lookups and casts, and
/// together they were most of a large build's time; here each is a few appends. A partial is
/// replaced only while its file (and every partial it includes) is the default theme's: a
/// dossier's own `Templates/partials/…` renders through Mustache as usual.
/// `DefaultPartialsTests` renders whole sites both ways and compares every byte, so these
/// must change together with the `.mustache` files they mirror.
enum DefaultPartials {
  struct StandIn {
    /// The partial replaced.
    var name: String
    /// The view field that answers with the partial's HTML.
    var key: String
    /// Partials the HTML includes, which must be default too.
    var includes: [String]

    /// Asks the view on top of the context stack (only it) for its HTML.
    var template: String { "{{{." + key + "}}}" }
  }

  static let standIns = [
    StandIn(name: "partials/quote", key: quoteKey, includes: []),
    StandIn(name: "partials/event", key: eventKey, includes: ["partials/quote"]),
    StandIn(name: "partials/article-item", key: articleItemKey, includes: []),
  ]

  static let quoteKey = "__defaultQuoteHTML"
  static let eventKey = "__defaultEventHTML"
  static let articleItemKey = "__defaultArticleItemHTML"

  /// `Templates/partials/quote.mustache`.
  static func quote(_ quote: Quote) -> String {
    var out = "<blockquote class=\"quote\""
    langAttribute(quote.lang, to: &out)
    out += "><p><a href=\""
    out += text(quote.href)
    out += "\">"
    out += quote.html
    out += "</a></p>\n  <footer>"
    if let source = quote.source {
      out += text(source)
      out += " · "
    }
    out += "<cite>"
    out += text(quote.article)
    out += "</cite></footer></blockquote>\n"
    return out
  }

  /// `Templates/partials/event.mustache`.
  static func event(_ event: EventView) -> String {
    var out = "<li class=\"event\">\n  <time class=\"event-date\" datetime=\""
    out += text(event.isoDate)
    out += "\">"
    out += text(event.date)
    out += "</time>\n  <div class=\"event-body\">\n    "
    out += quote(event.quote)
    out += "\n    "
    if !event.alsoReportedBy.isEmpty {
      out += "<p class=\"also\">"
      out += text(event.alsoReportedByLabel)
      out += " "
      for other in event.alsoReportedBy {
        out += "<a href=\""
        out += text(other.href)
        out += "\""
        langAttribute(other.lang, to: &out)
        out += ">"
        out += text(other.source ?? other.article)
        out += "</a> "
      }
      out += "</p>"
    }
    out += "\n    "
    if !event.entities.isEmpty {
      out += "<ul class=\"tags\">"
      for entity in event.entities {
        out += "<li><a href=\""
        out += text(entity.href)
        out += "\">"
        out += text(entity.name)
        out += "</a></li>"
      }
      out += "</ul>"
    }
    out += "\n  </div>\n</li>\n"
    return out
  }

  /// `Templates/partials/article-item.mustache`.
  static func articleItem(_ link: ArticleLink) -> String {
    var out = "<li>\n  <a href=\""
    out += text(link.href)
    out += "\""
    langAttribute(link.lang, to: &out)
    out += ">"
    out += text(link.title)
    out += "</a>\n  <span class=\"meta\">"
    if let source = link.source {
      out += "<span>"
      out += text(source)
      out += "</span>"
    }
    if let date = link.date {
      out += "<time datetime=\""
      out += text(link.isoDate ?? "")
      out += "\">"
      out += text(date)
      out += "</time>"
    }
    out += "</span>\n</li>\n"
    return out
  }

  /// Escaped as the Mustache path escapes it (see `TemplateValues.escapable`).
  private static func text(_ value: String) -> String {
    HTMLEscaping.escape(TemplateValues.escapable(value))
  }

  private static func langAttribute(_ lang: String?, to out: inout String) {
    guard let lang else { return }
    out += " lang=\""
    out += text(lang)
    out += "\""
  }
}
