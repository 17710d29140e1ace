import Mustache
import Testing

@testable import DossierKit

/// Page contexts are flattened into dictionaries before rendering (for speed); templates must
/// render exactly as they would from the view structs themselves.
@Suite("Template values")
struct TemplateValuesTests {
  struct Item {
    var name: String
    var note: String?
  }

  struct ArticleLike {
    var title: String
    var lang: String
    var missing: String?
  }

  struct Page {
    var title: String
    var note: String
    var flag: Bool
    var off: Bool
    var items: [Item]
    var none: [Item]
    var child: Item?
    var absent: Item?
    var t: [String: String]
    var content: Any
    var tags: [String]
    var count: Int
  }

  static let template = """
    {{title}}|{{#flag}}F{{/flag}}{{^off}}not off{{/off}}|{{#items}}[{{name}}:{{note}}:{{title}}]{{/items}}\
    |{{#child}}{{name}}{{#note}}!{{/note}}{{/child}}{{^absent}}no absent{{/absent}}|{{t.x}}\
    |{{#content}}{{title}}-{{lang}}-{{missing}}{{/content}}|{{#tags}}<{{.}}>{{/tags}}|{{child.name}}\
    |{{^none}}empty{{/none}}|{{count}}|{{#content.articles}}{{name}};{{/content.articles}}
    """

  func render(_ context: Any) throws -> String {
    var library = MustacheLibrary()
    library.register(try MustacheTemplate(string: Self.template), named: "page")
    return try #require(library.render(context, withTemplate: "page"))
  }

  @Test func flattenedContextsRenderTheSame() throws {
    let page = Page(
      title: "Titre <&>", note: "note de page", flag: true, off: false,
      items: [Item(name: "a", note: "n"), Item(name: "b", note: nil)], none: [],
      child: Item(name: "c", note: "x"), absent: nil, t: ["x": "traduit"],
      content: ArticleLike(title: "Article", lang: "fr", missing: nil), tags: ["un", "deux"],
      count: 3)
    let direct = try render(page)
    let flattened = try render(TemplateValues.flatten(page) as Any)
    #expect(flattened == direct)
    // A nil field falls through to the page's own field, as Mustache's stack lookup does.
    #expect(direct.contains("[b:note de page:Titre &lt;&amp;&gt;]"))
    #expect(direct.contains("|Article-fr-|"))

    let home = Page(
      title: "Accueil", note: "", flag: false, off: true, items: [], none: [Item(name: "z")],
      child: nil, absent: Item(name: "y"), t: [:],
      content: ["articles": [Item(name: "p"), Item(name: "q")]], tags: [], count: 0)
    #expect(try render(TemplateValues.flatten(home) as Any) == render(home))
    #expect(try render(home).hasSuffix("|p;q;"))
  }

  /// The hand-written lookups answer every stored property `Mirror` sees, with the same
  /// value, so a field added to a view type cannot silently vanish from pages.
  @Test func handWrittenLookupsMatchTheStoredProperties() {
    let quote = Quote(html: "<mark>x</mark>", href: "a#s1", article: "A", source: "S", lang: "en")
    let link = EntityLink(name: "N", href: "e/", type: "person", count: 2, counts: "2 mentions")
    let values: [any MustacheParent] = [
      quote, link,
      EventView(
        date: "d", isoDate: "2022", quote: quote, entities: [link], alsoReportedBy: [quote],
        alsoReportedByLabel: "Aussi :"),
      ArticleLink(title: "T", shortTitle: "t", href: "h", date: "d", isoDate: "i", source: "s", lang: "fr"),
    ]
    for value in values {
      for child in Mirror(reflecting: value).children {
        let label = child.label!
        let stored = Mirror(reflecting: child.value)
        let expected: Any? =
          stored.displayStyle == .optional ? stored.children.first?.value : child.value
        #expect(
          value.child(named: label).map { String(describing: $0) } == expected.map { String(describing: $0) },
          "\(type(of: value)).\(label)")
      }
      #expect(value.child(named: "noSuchField") == nil)
    }
    // A nil field answers nil, so the lookup climbs the stack as for any missing name.
    let unsourced = Quote(html: "x", href: "h", article: "A", source: nil, lang: nil)
    #expect(unsourced.child(named: "source") == nil && unsourced.child(named: "lang") == nil)
  }

  /// A markup character sharing a Character with a mark gets word joiners around it, so
  /// swift-mustache's per-Character escaping sees and escapes it; ordinary text is untouched.
  @Test func markupJoinedToMarksIsSeparated() {
    #expect(
      TemplateValues.escapable("«\u{202F}Le pont\u{202F}» <b> l’été & co")
        == "«\u{202F}Le pont\u{202F}» <b> l’été & co")
    #expect(TemplateValues.escapable("a\"\u{301} b") == "a\"\u{2060}\u{301} b")
    #expect(TemplateValues.escapable("\u{600}\"x") == "\u{600}\u{2060}\"x")
    let escaped = "\(TemplateValues.escapable("x=\"\u{301}>"))".map { c -> String in
      switch c {
      case "\"": "&quot;"
      case ">": "&gt;"
      default: String(c)
      }
    }.joined()
    #expect(!escaped.contains("\""), "every quote escaped Character by Character")
  }

  /// A description with dictionary keys sorted, so equal values describe equally.
  func canonical(_ value: Any) -> String {
    switch value {
    case let dictionary as [String: Any]:
      return "["
        + dictionary.keys.sorted().map { $0 + ": " + canonical(dictionary[$0]!) }.joined(separator: ", ")
        + "]"
    case let array as [Any]:
      return "[" + array.map(canonical).joined(separator: ", ") + "]"
    default:
      return String(describing: value)
    }
  }
}
