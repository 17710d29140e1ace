import DefaultTemplates
import Foundation
import Testing

@testable import DossierKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A SYNTHETIC hostile dossier: every value a user or a scraped page could control carries
/// script, event handlers, dangerous URLs, raw HTML, bidi overrides, zero-width characters,
/// huge and deeply nested text. The people and places are made up ("Мария Примерова",
/// "سمير المثالي", "Exempleville"); nothing here is real news. The built site is scanned
/// file by file for injected markup, and its text must still read as written.
@Suite("Hostile content")
struct HostileContentTests {
  static let scriptTitle = "<script>alert('title')</script> Titre \"><img src=x onerror=alert(1)>"
  static let hostileSource = "\"><img src=x onerror=alert('source')>"
  static let hostileURL = "https://example.org/?q=\"><script>alert('url')</script>&x=<svg onload=alert(1)>"
  static let hostileAuthors = [
    "<script>alert('author')</script>", "Мария Примерова", "سمير المثالي", "Auteur 🦊",
  ]
  static let jsonBreakoutTitle = "</script><script>alert('ld')</script><!--"
  static let bidiTitle = "Rapport\u{202E}fdp.exe zéro\u{200B}largeur"
  /// swift-mustache escapes per Character: a quote followed by a combining mark (or after a
  /// prepended mark, U+0600) is one Character that is not `"`, which it left unescaped.
  static let combiningTitle =
    "Titre \"\u{301} onmouseover=alert(1) x=\u{301}\"\u{301}> et \u{600}\" onfocus=alert(2) y=\u{600}\""
  static let mustacheTitle = "{{#site}}{{{title}}}{{/site}} ligne\u{2028}séparée"

  /// Markdown whose raw HTML and link schemes a renderer must neutralise.
  static let hostileBody = """
    Texte synthétique d’essai. <script>alert('inline')</script> Fin de phrase.

    <script>alert('block')</script>

    <img src=x onerror=alert('img')>

    <iframe src="javascript:alert('frame')"></iframe>

    [cliquez](javascript:alert('link')) [encore](JaVaScRiPt:alert(1)) \
    [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) \
    [vb](vbscript:msgbox(1)) [entité](&#106;avascript:alert(1)) [tab](<java\tscript:alert(1)>) \
    <javascript:alert('autolink')> ![image](javascript:alert('image')) \
    [titre](https://example.org "\\"><script>alert('title attr')</script>")

    <a href="javascript:alert('a')" onclick="alert(1)">lien brut</a> et <b onmouseover=alert(1)>gras</b>.

    Un nom en cyrillique, Мария Примерова, et en arabe, سمير المثالي, avec des émojis 🦊👩‍👩‍👧‍👦🇫🇷.
    """

  static let hostileComments = """
    Commentaire <script>alert('comment')</script> de lecteur.

    [piège](javascript:alert('comment link')) <img src=x onerror=alert('comment img')>
    """

  /// A 1 MB paragraph of short sentences, a 100,000-letter word, lists and quotes nested
  /// 500 deep.
  static func hugeBody(sentences: Int = 18_000) -> String {
    var text = (0..<sentences).map { "Phrase synthétique numéro \($0) sur Exempleville." }
      .joined(separator: " ")
    text += "\n\n" + String(repeating: "mot", count: 33_334) + "\n\n"
    for depth in 0..<500 { text += String(repeating: "  ", count: depth) + "- niveau \(depth)\n" }
    text += "\n" + String(repeating: "> ", count: 500) + "Au fond des citations.\n\n"
    text += String(repeating: "*", count: 200) + "emphase" + String(repeating: "*", count: 200) + "\n\n"
    text += String(repeating: "[", count: 5000) + "crochets" + String(repeating: "]", count: 5000) + "\n"
    return text
  }

  static func article(
    _ title: String, body: String, source: String? = nil, url: String? = nil, authors: [String] = [],
    comments: String? = nil
  ) -> String {
    ArticleFile.render(
      Article(
        slug: "", file: "", title: title, date: CalendarDate(year: 2022, month: 11, day: 7),
        source: source, url: url, lang: .fr, authors: authors, body: body, comments: comments))
  }

  static let hostileConfig = """
    title: "<script>alert('site')</script> Dossier « d’essai » \\"><svg onload=alert(1)>"
    description: "\\"><img src=x onerror=alert('description')> \\u202E inversé"
    language: fr
    author: "</name><script>alert('author')</script>"
    base_url: https://example.org/dossier/

    """

  /// Values for the curated entities file, once the entity engine reads it.
  static let hostileEntities = """
    # SYNTHETIC hostile curation file.
    - name: "<script>alert('entity')</script> Мария Примерова"
      type: person
      aliases: ["\\"><img src=x onerror=alert(1)>", "سمير المثالي", "Pri\\u200Bmerova"]
      description: "</script><script>alert('description')</script>"
      wikidata: Q1
    - name: "javascript:alert('place')"
      type: place

    """

  static func makeHostileDossier() throws -> TestDossier {
    let dossier = try TestDossier(
      config: hostileConfig,
      articles: [
        "hostile-front-matter.md": article(
          scriptTitle, body: hostileBody, source: hostileSource, url: hostileURL, authors: hostileAuthors,
          comments: hostileComments),
        "json-breakout.md": article(jsonBreakoutTitle, body: "Texte synthétique. " + jsonBreakoutTitle),
        "bidi.md": article(bidiTitle, body: "Texte \u{202E}inversé\u{202C} et zéro\u{200B}largeur. Suite."),
        "combining.md": article(
          combiningTitle, body: combiningTitle + " dans le texte.",
          source: "Source \"\u{301} onclick=alert(3) z=\u{301}\""),
        "mustache.md": article(mustacheTitle, body: "{{#site}}{{{title}}}{{/site}} dans le texte."),
        "huge.md": article("Un très long article synthétique", body: hugeBody()),
        "Évènement.md": article("Évènement synthétique", body: "Premier."),
        "evenement.md": article("Évènement synthétique (bis)", body: "Second."),
      ])
    try dossier.write("Content/entities.yml", hostileEntities)
    return dossier
  }

  static var scanner: InjectionScanner {
    InjectionScanner(
      themeCSS: DefaultTemplates.files["assets/site.css"], baseURL: "https://example.org/dossier/")
  }

  /// The text between `<open…>` and `close` in `html`, entities decoded.
  static func element(_ open: String, _ close: String, in html: String) -> String? {
    guard let start = html.range(of: open), let tagEnd = html[start.upperBound...].firstIndex(of: ">"),
      let end = html[tagEnd...].range(of: close)
    else { return nil }
    return InjectionScanner.decodeEntities(String(html[html.index(after: tagEnd)..<end.lowerBound]))
  }

  @Test func theScannerFindsInjectedMarkup() {
    let scanner = Self.scanner
    let page = """
      <p><img src=x onerror=alert(1)></p><a href=" JaVa&#x53;cript:alert(1)">x</a>
      <script>alert(1)</script><a href="data:text/html,x">d</a><iframe src="x"></iframe>
      <script type="application/ld+json">{"a":"</b>"}</script>
      """
    let problems = scanner.scanHTML(page, file: "index.html").map(\.problem)
    #expect(problems.contains("event-handler attribute onerror on <img>"))
    #expect(problems.contains("dangerous URL scheme `javascript:` in href of <a>"))
    #expect(problems.contains("dangerous URL scheme `data:` in href of <a>"))
    #expect(problems.contains("unexpected element <iframe>"))
    #expect(problems.contains("`<` inside JSON-LD"))
    #expect(problems.contains { $0.hasPrefix("foreign script element") })
    #expect(scanner.scan(file: "data/x.json", text: "[{\"url\":\"javascript:x\"}]").count == 1)
    #expect(scanner.scan(file: "feed.xml", text: "<feed><script/></feed>").count == 2)
    #expect(
      scanner.scanHTML(
        "<script src=\"../assets/search.js\" defer></script><a href=\"https://example.org\">x</a>",
        file: "articles/index.html"
      ).isEmpty)
  }

  @Test func aHostileDossierBuildsIntoASiteWithoutInjectedMarkup() throws {
    let dossier = try Self.makeHostileDossier()
    defer { dossier.remove() }
    try dossier.build()
    let findings = Self.scanner.scan(site: dossier.output)
    #expect(findings.isEmpty, "\(findings.prefix(20).map(\.description).joined(separator: "\n"))")

    // Every slug is a plain slug, and colliding file names got distinct ones.
    let slugs = try FileManager.default.contentsOfDirectory(
      atPath: dossier.output.appending(path: "articles").path
    ).sorted()
    #expect(slugs.allSatisfy(Slug.isValid), "\(slugs)")
    #expect(slugs.contains("evenement") && slugs.contains("evenement-2"))
  }

  @Test func hostileTextStillReadsAsWritten() throws {
    let dossier = try Self.makeHostileDossier()
    defer { dossier.remove() }
    try dossier.build()
    let page = try dossier.read("Public/articles/hostile-front-matter/index.html")
    #expect(Self.element("<h1", "</h1>", in: page) == Self.scriptTitle)
    #expect(Self.element("<p class=\"kicker\"", "</p>", in: page) == Self.hostileSource)
    #expect(page.contains("Мария Примерова") && page.contains("سمير المثالي") && page.contains("🦊👩‍👩‍👧‍👦🇫🇷"))
    #expect(page.contains("<!-- raw HTML omitted -->"))
    #expect(
      page.contains(">cliquez</a>") && page.contains("lien brut"), "the words of neutralised markup stay")
    #expect(page.contains("Commentaire") && page.contains("class=\"reader-comments\""))

    let exports = try #require(
      try JSONSerialization.jsonObject(with: Data(dossier.read("Public/data/articles.json").utf8))
        as? [[String: Any]])
    let record = try #require(exports.first { $0["slug"] as? String == "hostile-front-matter" })
    #expect(record["title"] as? String == Self.scriptTitle)
    #expect(record["source"] as? String == Self.hostileSource)
    #expect(record["url"] as? String == Self.hostileURL)
    #expect(exports.contains { $0["title"] as? String == Self.jsonBreakoutTitle })
    #expect(exports.contains { $0["title"] as? String == Self.mustacheTitle })
    #expect(
      exports.contains { $0["title"] as? String == Self.bidiTitle + "\u{202C}" },
      "a bidi override left open in a title is closed at its end")

    let breakout = try dossier.read("Public/articles/json-breakout/index.html")
    let jsonLD = try #require(Self.element("<script type=\"application/ld+json\"", "</script>", in: breakout))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(jsonLD.utf8)) as? [String: Any])
    #expect(object["headline"] as? String == Self.jsonBreakoutTitle)

    let mustache = try dossier.read("Public/articles/mustache/index.html")
    #expect(mustache.contains("{{#site}}{{{title}}}{{/site}}"), "template syntax in content stays text")

    let collector = XMLElementCollector()
    let parser = XMLParser(data: Data(try dossier.read("Public/feed.xml").utf8))
    parser.delegate = collector
    #expect(parser.parse())
    #expect(collector.texts.contains { $0.0 == "title" && $0.1 == Self.scriptTitle })
    #expect(collector.texts.contains { $0.0 == "name" && $0.1 == "Мария Примерова" })

    let huge = try dossier.read("Public/articles/huge/index.html")
    #expect(huge.contains("Phrase synthétique numéro 17999 sur "), "entity links may wrap the place name")
    #expect(huge.contains(String(repeating: "mot", count: 33_334)))
    #expect(huge.contains("niveau 499") && huge.contains("Au fond des citations."))
    #expect(huge.components(separatedBy: "class=\"sentence\"").count > 18_000)
  }

  /// Entities, aliases, descriptions, events and mention links do not come from the content
  /// loader yet (the entity engine and date recogniser fill them); this puts hostile values
  /// straight into the graph the renderer reads, so every page and export that shows them
  /// is scanned today.
  @Test func hostileEntitiesAndEventsRenderWithoutInjectedMarkup() throws {
    let dossier = try Self.makeHostileDossier()
    defer { dossier.remove() }
    let loaded = try ContentLoader(root: dossier.root).load()
    let analyzed = loaded.articles.filter { $0.slug != "huge" }
      .map { AnalyzedArticle(article: $0) }
    var graph = DossierLinker.link(analyzed, config: loaded.config)
    let target = try #require(analyzed.first { $0.article.slug == "hostile-front-matter" })
    let sentence = try #require(target.text.sentences.last { $0.text.contains("Мария") })
    let byteRange = try #require(sentence.text.utf8Range(of: "Мария Примерова"))
    let hostileName = "<script>alert('entity')</script> Мария \"><img src=x onerror=alert(1)>"
    let mention = DossierGraph.Mention(
      article: target.article.slug, anchor: sentence.anchor, sentence: sentence.text,
      surface: "Мария Примерова")
    graph.entities = [
      DossierGraph.EntityRecord(
        id: "maria-primerova", name: hostileName, type: "person",
        aliases: ["\"><svg onload=alert(1)>", "Pri\u{200B}merova", "javascript:alert(1)"],
        description: "</script><script>alert('description')</script>",
        wikidata: "Q1\"><script>alert(1)</script>", mentions: [mention], articles: [target.article.slug]),
      DossierGraph.EntityRecord(
        id: "samir", name: "سمير المثالي\u{202E}", type: "<b>place</b>", aliases: [],
        description: nil, wikidata: nil, mentions: [mention], articles: [target.article.slug]),
    ]
    graph.mentionLinks[target.article.slug] = [
      ArticleAnnotator.InlineLink(
        sentence: sentence.anchor, range: byteRange, url: "../../entities/maria-primerova/index.html",
        title: hostileName)
    ]
    graph.events = [
      DossierGraph.Event(
        date: CalendarDate(year: 2022, month: 2, day: 24),
        expression: "<script>alert('expression')</script>", text: sentence.text + " <img onerror=x>",
        article: target.article.slug, anchor: sentence.anchor, entities: ["maria-primerova", "samir"],
        alsoReportedBy: [
          DossierGraph.Citation(article: target.article.slug, anchor: sentence.anchor, text: "\"><i>cité</i>")
        ])
    ]
    graph.stories = [analyzed.prefix(2).map(\.article.slug)]
    let templates = try TemplateSet.load(overrideFolder: nil)
    let files = try SiteRenderer(dossier: loaded, graph: graph, templates: templates, baseURL: nil)
      .render(analyzed)
    let output = dossier.root.appending(path: "Rendered")
    _ = try SiteWriter(output: output, root: dossier.root).write(files)

    let findings = Self.scanner.scan(site: output)
    #expect(findings.isEmpty, "\(findings.prefix(20).map(\.description).joined(separator: "\n"))")
    let entityPage = try dossier.read("Rendered/entities/maria-primerova/index.html")
    #expect(Self.element("<h1", "</h1>", in: entityPage) == hostileName)
    let articlePage = try dossier.read("Rendered/articles/hostile-front-matter/index.html")
    #expect(articlePage.contains("href=\"../../entities/maria-primerova/index.html\""))
    let entities = try #require(
      try JSONSerialization.jsonObject(with: Data(dossier.read("Rendered/data/entities.json").utf8))
        as? [[String: Any]])
    #expect(entities.first?["name"] as? String == hostileName)
  }
}

extension String {
  /// The UTF-8 byte range of the first occurrence of `needle`.
  fileprivate func utf8Range(of needle: String) -> Range<Int>? {
    guard let range = range(of: needle) else { return nil }
    let start = utf8.distance(from: startIndex, to: range.lowerBound)
    return start..<start + needle.utf8.count
  }
}
