import Foundation

public struct BuildOptions: Sendable {
  public var root: URL
  public var output: URL
  public var baseURL: String?
  public var includeDrafts: Bool

  public init(root: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false) {
    self.root = root.standardizedFileURL
    self.output = (output ?? root.appending(path: "Public")).standardizedFileURL
    self.baseURL = baseURL
    self.includeDrafts = includeDrafts
  }
}

public struct BuildReport: Sendable {
  public var pages: Int
  public var written: Int
  public var unchanged: Int
  public var notices: [Notice]
  public var seconds: Double
  /// Entities found by extraction that `Content/entities.yml` does not list, for review.
  public var uncuratedEntities: [String] = []
  /// Names of `Content/entities.yml` entries that matched nothing in the articles.
  public var unmatchedCuration: [String] = []
  public var entities: Int = 0
  public var events: Int = 0
}

/// `dossier build`: read → analyse each article → link the dossier → render → write.
/// Nothing is written until every stage has succeeded.
public enum SiteBuild {
  public static func run(_ options: BuildOptions) throws -> BuildReport {
    let started = Date()
    var baseURL: String?
    if let given = options.baseURL {
      guard let normalized = DossierConfig.normalizeBaseURL(given) else {
        throw DossierError(
          "--base-url must be an absolute http(s) address, not `\(given)`",
          hint: "for example --base-url https://example.org/dossier/")
      }
      baseURL = normalized
    }
    try OutputGuard.check(output: options.output, root: options.root)
    let dossier = try ContentLoader(root: options.root, includeDrafts: options.includeDrafts).load()
    let templates = try TemplateSet.load(overrideFolder: options.root.appending(path: "Templates"))
    let analyzed = dossier.articles.parallelMap { AnalyzedArticle(article: $0) }
    let graph = DossierLinker.link(analyzed, config: dossier.config, curation: dossier.curation)
    let files = try SiteRenderer(dossier: dossier, graph: graph, templates: templates, baseURL: baseURL)
      .render(analyzed)
    let written = try SiteWriter(output: options.output, root: options.root).write(files)
    return BuildReport(
      pages: files.filter { $0.path.hasSuffix(".html") }.count, written: written.written,
      unchanged: written.unchanged, notices: dossier.notices,
      seconds: Date().timeIntervalSince(started), uncuratedEntities: graph.uncuratedEntities,
      unmatchedCuration: graph.unmatchedCuration,
      entities: graph.entities.count, events: graph.events.count)
  }
}
