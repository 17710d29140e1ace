import Foundation

/// The machine-readable exports in `data/`: a public interface, documented in DESIGN.md
/// and README; field names and meanings must stay stable.
enum DataExports {
  struct ArticleRecord: Encodable {
    var slug: String
    var title: String
    var date: String?
    var source: String?
    var url: String?
    var lang: String
    var path: String
    var entities: [String]
    var related: [String]
  }

  static func articles(
    _ articles: [Article], entities: [String: [String]] = [:], related: [String: [String]] = [:]
  ) throws -> OutputFile {
    let records = articles.map { article in
      ArticleRecord(
        slug: article.slug, title: article.title, date: article.date?.iso, source: article.source,
        url: article.url, lang: article.lang.rawValue, path: SitePaths.article(article.slug),
        entities: entities[article.slug] ?? [], related: related[article.slug] ?? [])
    }
    return OutputFile(path: "data/articles.json", data: try JSONOutput.encode(records))
  }
}
