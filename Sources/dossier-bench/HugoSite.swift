import Foundation

/// A minimal Hugo site over the same corpus folder, for `--compare-hugo`: the articles are
/// read where dossier reads them (`Content/articles`), with the `people`, `organizations` and
/// `places` taxonomies, and a small theme that renders what dossier's default theme does (a
/// page per article, a home page listing every article) plus Hugo's taxonomy pages.
///
/// Article pages link their terms from the front matter lists (`urlize`), not `.GetTerms`,
/// which scans the whole taxonomy for every page: with it, Hugo 0.111 took 189 s instead of
/// about 10 s on 10,000 articles here.
///
/// Feeds: one for the home page, of the 50 latest articles (dossier writes one feed too);
/// Hugo's default feed per section and per taxonomy term is turned off so the two tools do
/// comparable work.
enum HugoSite {
  static func write(into root: URL, title: String) throws {
    try write(config(title: title), to: root.appending(path: "hugo.toml"))
    for (path, text) in layouts {
      try write(text, to: root.appending(path: "layouts/" + path))
    }
  }

  static func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  static func config(title: String) -> String {
    """
    # Written by dossier-bench: Hugo's build of the same synthetic corpus, for comparison.
    baseURL = "https://example.org/"
    languageCode = "fr"
    defaultContentLanguage = "fr"
    title = "\(title)"
    contentDir = "Content"
    publishDir = "public"
    rssLimit = 50
    enableRobotsTXT = true

    [taxonomies]
    person = "people"
    organization = "organizations"
    place = "places"

    [outputs]
    home = ["HTML", "RSS"]
    section = ["HTML"]
    taxonomy = ["HTML"]
    term = ["HTML"]

    """
  }

  static let layouts: [String: String] = [
    "_default/baseof.html": """
    <!DOCTYPE html>
    <html lang="{{ .Site.LanguageCode }}">
    <head>
    <meta charset="utf-8">
    <title>{{ .Title }} · {{ .Site.Title }}</title>
    <meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 160 }}{{ end }}">
    </head>
    <body>
    <header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a></header>
    <main>{{ block "main" . }}{{ end }}</main>
    </body>
    </html>

    """,
    "_default/single.html": """
    {{ define "main" }}
    <article>
    <h1>{{ .Title }}</h1>
    <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .Params.source }}</p>
    {{ range $taxonomy := slice "people" "organizations" "places" }}{{ with index $.Params $taxonomy }}<ul class="{{ $taxonomy }}">{{ range . }}<li><a href="{{ printf "%s/%s/" $taxonomy (urlize .) | relURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
    {{ .Content }}
    </article>
    {{ end }}

    """,
    "_default/list.html": """
    {{ define "main" }}
    <h1>{{ .Title }}</h1>
    <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
    {{ end }}

    """,
    "_default/terms.html": """
    {{ define "main" }}
    <h1>{{ .Title }}</h1>
    <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
    {{ end }}

    """,
    "index.html": """
    {{ define "main" }}
    <h1>{{ .Site.Title }}</h1>
    <ul>{{ range .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time> {{ .Params.source }}</li>{{ end }}</ul>
    {{ end }}

    """,
  ]
}
