import Foundation

/// Article analyses kept between builds, so that a rebuild analyses only the articles that
/// changed: in memory for a long-running process (`dossier serve`), and on disk in the
/// dossier's `.dossier-cache/analyses/` for the next `dossier build`.
///
/// An analysis depends only on an article's slug, language, date and body (and on the
/// program), so those are its key: an edited article is a new key. The cache holds the
/// articles of the last build only; files of articles gone or changed are removed. A file
/// that cannot be read is analysed again, never trusted.
public final class AnalysisCache: @unchecked Sendable {
  /// Where analyses are stored between processes; nil keeps them in memory only.
  public let folder: URL?
  /// Whether the last build's analyses stay in memory for the next (a long-running
  /// process); a single build with a folder needs them only from disk.
  public let keepsInMemory: Bool
  private let lock = NSLock()
  private var analyses: [UInt64: AnalyzedArticle] = [:]

  public init(folder: URL? = nil, keepsInMemory: Bool = true) {
    self.folder = folder
    self.keepsInMemory = keepsInMemory || folder == nil
  }

  /// The dossier's own cache folder.
  public static func folder(in root: URL) -> URL {
    root.appending(path: ".dossier-cache/analyses")
  }

  /// The analyses of `articles` (across cores), reusing kept ones where the article's
  /// analysed fields are unchanged; and how many were made afresh.
  func analyze(_ articles: [Article]) -> (analyzed: [AnalyzedArticle], analysed: Int) {
    if let folder { try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    let inMemory = lock.withLock { analyses }
    let results = articles.parallelMap { article -> (key: UInt64, analysis: AnalyzedArticle, fresh: Bool) in
      let key = Self.key(article)
      if let kept = inMemory[key] {
        var kept = kept
        kept.article = article  // the same analysed fields; other front matter may differ
        return (key, kept, false)
      }
      if let stored = read(key) {  // the article itself is read again from its file
        return (
          key,
          AnalyzedArticle(
            article: article, text: stored.text, mentions: stored.mentions, dates: stored.dates,
            features: stored.features),
          false
        )
      }
      let analysis = AnalyzedArticle(article: article)
      write(analysis, key: key)
      return (key, analysis, true)
    }
    if keepsInMemory {
      lock.withLock {
        analyses = Dictionary(results.map { ($0.key, $0.analysis) }, uniquingKeysWith: { first, _ in first })
      }
    }
    prune(keeping: Set(results.map { Self.fileName($0.key) }))
    return (results.map(\.analysis), results.filter(\.fresh).count)
  }

  static func key(_ article: Article) -> UInt64 {
    var hash = StableHash()
    hash.add(SiteRenderer.programIdentity)
    hash.add(article.slug)
    hash.add(article.lang.rawValue)
    hash.add(article.date?.iso)
    hash.add(article.body)
    return hash.value
  }

  static func fileName(_ key: UInt64) -> String {
    String(key, radix: 16) + ".analysis"
  }

  private func read(_ key: UInt64) -> AnalysisCoding.Stored? {
    guard let folder,
      let data = FileManager.default.contents(atPath: folder.appending(path: Self.fileName(key)).path)
    else { return nil }
    return AnalysisCoding.decode(data)
  }

  /// Best effort: a cache that cannot be written only costs the next build time.
  private func write(_ analysis: AnalyzedArticle, key: UInt64) {
    guard let folder else { return }
    let bytes = AnalysisCoding.encode(analysis)
    try? Data(bytes).write(to: folder.appending(path: Self.fileName(key)), options: .atomic)
  }

  private func prune(keeping names: Set<String>) {
    guard let folder, let existing = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return
    }
    for name in existing where !names.contains(name) {
      try? FileManager.default.removeItem(at: folder.appending(path: name))
    }
  }
}
