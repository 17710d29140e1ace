import Foundation

/// Turns the analysed dossier into the files of the site: pages through the templates,
/// data exports, and the theme's assets.
struct SiteRenderer {
  let dossier: Dossier
  let templates: TemplateSet
  let localization: Localization
  let baseURL: String?

  init(dossier: Dossier, templates: TemplateSet, baseURL: String?) {
    self.dossier = dossier
    self.templates = templates
    self.localization = Localization(dossier.config.language)
    self.baseURL = baseURL ?? dossier.config.baseURL
  }

  func render(_ articles: [AnalyzedArticle]) throws -> [OutputFile] {
    var files = try articles.parallelMap { try renderArticlePage($0) }
    files.append(try renderHome())
    files.append(try renderNotFound())
    files.append(try DataExports.articles(dossier.articles))
    let summaries = Dictionary(
      uniqueKeysWithValues: articles.map { ($0.article.slug, ArticleSummary.lede(of: $0.text)) })
    let newest = dossier.articles.compactMap(\.date).max()
    files.append(Feeds.atom(dossier, summaries: summaries, baseURL: baseURL, updated: newest))
    files.append(Feeds.robots(baseURL: baseURL))
    if let baseURL {
      let pages = files.map(\.path).filter { $0.hasSuffix(".html") && $0 != SitePaths.notFound }
      let dates = Dictionary(
        uniqueKeysWithValues: dossier.articles.compactMap { article in
          article.date.map { (SitePaths.article(article.slug), $0) }
        })
      files.append(Feeds.sitemap(pages: pages, baseURL: baseURL, lastModified: dates))
    }
    for (path, data) in templates.assets.sorted(by: { $0.key < $1.key }) {
      files.append(OutputFile(path: path, data: data))
    }
    return files
  }

  // MARK: Pages

  func renderArticlePage(_ analyzed: AnalyzedArticle) throws -> OutputFile {
    let article = analyzed.article
    let path = SitePaths.article(article.slug)
    let document = MarkdownDocument(markdown: article.body)
    ArticleAnnotator.annotate(document, sentences: analyzed.text.sentences)
    let comments = article.comments.flatMap { $0.isEmpty ? nil : MarkdownDocument(markdown: $0).renderHTML() }
    let view = ArticleView(
      title: article.title, date: article.date.map(localization.format), isoDate: article.date?.iso,
      source: article.source, url: article.url,
      authors: article.authors.isEmpty ? nil : article.authors.joined(separator: ", "),
      lang: article.lang.rawValue, body: document.renderHTML(), comments: comments)
    let description = ArticleSummary.lede(of: analyzed.text)
    let jsonLD = StructuredData.newsArticle(
      article, canonical: baseURL.map { $0 + canonicalURLPath(path) }, publisher: dossier.config.title)
    return try page(
      "article", path: path, title: article.title, description: description, content: view,
      ogType: "article", jsonLD: jsonLD)
  }

  func renderHome() throws -> OutputFile {
    let path = SitePaths.home
    let list = dossier.articles.map { articleLink($0, from: path) }
    return try page(
      "index", path: path, title: dossier.config.title, description: dossier.config.description,
      content: ["articles": list])
  }

  /// A host serves 404.html for a missing address at any depth, where relative links would
  /// point nowhere: its style is inlined, and with a base URL its links are absolute.
  func renderNotFound() throws -> OutputFile {
    var file = try page(
      "404", path: SitePaths.notFound, title: localization["notFoundTitle"],
      description: localization["notFoundText"], content: [String: Any](), canonicalPath: nil,
      inlineCSS: templates.assets["assets/site.css"].map { String(decoding: $0, as: UTF8.self) },
      rootOverride: baseURL)
    file.path = SitePaths.notFound
    return file
  }

  func articleLink(_ article: Article, from page: String) -> ArticleLink {
    ArticleLink(
      title: article.title, href: SitePaths.relative(from: page, to: SitePaths.article(article.slug)),
      date: article.date.map(localization.format), isoDate: article.date?.iso, source: article.source)
  }

  /// Renders `template` inside the layout for the page at `path`.
  func page(
    _ template: String, path: String, title: String, description: String, content: Any,
    canonicalPath: String?? = .none, ogType: String = "website", jsonLD: String? = nil,
    inlineCSS: String? = nil, rootOverride: String? = nil
  ) throws -> OutputFile {
    let canonicalTarget = canonicalPath ?? canonicalURLPath(path)
    let root = rootOverride ?? SitePaths.rootPrefix(of: path)
    let context = PageContext(
      site: PageContext.Site(
        title: dossier.config.title, description: dossier.config.description,
        lang: dossier.config.language.rawValue,
        feed: root + "feed.xml"),
      t: localization.strings,
      root: root,
      title: title,
      description: description,
      canonical: canonicalTarget.flatMap { target in baseURL.map { $0 + target } },
      ogType: ogType,
      jsonLD: jsonLD,
      inlineCSS: inlineCSS,
      nav: navigation(from: path, root: root),
      content: content)
    return OutputFile(path: path, text: try templates.render(template, context))
  }

  /// The path a canonical URL names: folders for index pages, as a web server serves them.
  func canonicalURLPath(_ path: String) -> String {
    path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
  }

  func navigation(from path: String, root: String) -> [PageContext.NavLink] {
    [
      (localization["home"], SitePaths.home)
    ].map { label, target in
      PageContext.NavLink(label: label, href: root + target, current: path == target)
    }
  }
}
