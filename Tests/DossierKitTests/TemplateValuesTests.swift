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

  /// The hand-written field tables name exactly the stored properties `Mirror` sees, with
  /// the same values, so a field added to a view type cannot silently vanish from pages.
  @Test func fieldTablesMatchTheStoredProperties() {
    let quote = Quote(html: "<mark>x</mark>", href: "a#s1", article: "A", source: "S", lang: "en")
    let link = EntityLink(name: "N", href: "e/", type: "person", count: 2, counts: "2 mentions")
    let values: [TemplateFields] = [
      quote, link,
      EventView(date: "d", isoDate: "2022", quote: quote, entities: [link], alsoReportedBy: [quote]),
      ArticleLink(title: "T", shortTitle: "t", href: "h", date: "d", isoDate: "i", source: "s", lang: "fr"),
    ]
    for value in values {
      let mirror = Mirror(reflecting: value)
      let mirrored = Dictionary(uniqueKeysWithValues: mirror.children.map { ($0.label!, $0.value) })
      #expect(Set(value.templateFields.keys) == Set(mirrored.keys), "\(type(of: value))")
      #expect(
        canonical(TemplateValues.flatten(value) as Any) == canonical(TemplateValues.flatten(mirrored) as Any),
        "\(type(of: value))")
    }
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
