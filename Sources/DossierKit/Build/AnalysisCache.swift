import Foundation

/// The last build's article analyses, kept in memory by a long-running process
/// (`dossier serve`), so that a rebuild analyses only the articles that changed.
///
/// Keyed by the whole `Article` value (front matter and text): an analysis depends on nothing
/// else, and an edited article is a new key. The cache holds the articles of the last build
/// only, so it never grows beyond one dossier's analyses.
public final class AnalysisCache: @unchecked Sendable {
  private let lock = NSLock()
  private var analyses: [Article: AnalyzedArticle] = [:]

  public init() {}

  /// The analyses of `articles` (across cores), reusing the last build's where the article
  /// is unchanged; and how many were reused.
  func analyze(_ articles: [Article]) -> (analyzed: [AnalyzedArticle], reused: Int) {
    let previous = lock.withLock { analyses }
    let found = articles.parallelMap { article in previous[article].map { ($0, true) } }
    let analyzed = Array(articles.indices).parallelMap { index in
      found[index]?.0 ?? AnalyzedArticle(article: articles[index])
    }
    lock.withLock {
      analyses = Dictionary(zip(articles, analyzed), uniquingKeysWith: { first, _ in first })
    }
    return (analyzed, found.filter { $0 != nil }.count)
  }
}
