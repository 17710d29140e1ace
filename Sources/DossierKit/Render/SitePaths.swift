/// Where each page lives in the output, and relative links between pages.
///
/// Links name `index.html` explicitly: a folder link (`articles/x/`) does not open from disk
/// (`file://` has no index files), and relative links work under any sub-path.
public enum SitePaths {
  public static let home = "index.html"
  public static let notFound = "404.html"
  public static let entities = "entities/index.html"
  public static let timeline = "timeline/index.html"
  public static let stories = "stories/index.html"

  public static func article(_ slug: String) -> String { "articles/\(slug)/index.html" }
  public static func entity(_ id: String) -> String { "entities/\(id)/index.html" }
  /// Page `page` (from 1) of an entity's mentions; the first is the entity's own page.
  public static func entity(_ id: String, page: Int) -> String {
    page <= 1 ? entity(id) : "entities/\(id)/page/\(page)/index.html"
  }
  /// The page of one month or year of a timeline split into pages (`2022-03`, `2022`).
  public static func timelinePeriod(_ iso: String) -> String { "timeline/\(iso)/index.html" }
  public static func story(_ id: String) -> String { "stories/\(id)/index.html" }

  /// The relative URL from the page at `from` to the file at `to` (both output paths).
  public static func relative(from: String, to: String) -> String {
    rootPrefix(of: from) + to
  }

  /// `../` repeated once per folder level of `page`: prefix it to a site path.
  public static func rootPrefix(of page: String) -> String {
    let depth = page.reduce(0) { $1 == "/" ? $0 + 1 : $0 }
    return String(repeating: "../", count: depth)
  }
}
