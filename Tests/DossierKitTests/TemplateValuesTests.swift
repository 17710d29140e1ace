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
}
