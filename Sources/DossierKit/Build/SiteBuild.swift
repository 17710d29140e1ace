import Foundation

public struct BuildOptions: Sendable {
  public var root: URL
  public var output: URL
  public var baseURL: String?
  public var includeDrafts: Bool
  /// Keep the previous build's article and entity pages whose inputs did not change
  /// (`PageManifest`); false renders every page.
  public var incremental: Bool
  /// Analyses kept in memory between builds by a long-running process (`dossier serve`);
  /// without one, an incremental build uses the dossier's `.dossier-cache/` on disk.
  public var analysisCache: AnalysisCache?
  /// Whether the build frees what it made when it ends; false for a process that exits after
  /// one build (`dossier build`), where the system takes it back faster (`LeftForExit`).
  public var freesMemory: Bool

  public init(
    root: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
    incremental: Bool = true, analysisCache: AnalysisCache? = nil, freesMemory: Bool = true
  ) {
    self.root = root.standardizedFileURL
    self.output = (output ?? root.appending(path: "Public")).standardizedFileURL
    self.baseURL = baseURL
    self.includeDrafts = includeDrafts
    self.incremental = incremental
    self.analysisCache = analysisCache
    self.freesMemory = freesMemory
  }
}

public struct BuildReport: Sendable {
  public var pages: Int
  public var written: Int
  public var unchanged: Int
  /// Pages not rendered because their inputs had not changed since the last build.
  public var kept: Int = 0
  /// Articles analysed (the others' analyses came from `BuildOptions.analysisCache`).
  public var analysed: Int = 0
  public var notices: [Notice]
  public var seconds: Double
  /// Entities found by extraction that `Content/entities.yml` does not list, for review.
  public var uncuratedEntities: [String] = []
  /// Names of `Content/entities.yml` entries that matched nothing in the articles.
  public var unmatchedCuration: [String] = []
  public var entities: Int = 0
  public var events: Int = 0
  /// Wall time of each stage, in pipeline order (`dossier build --timings`).
  public var stages: [(name: String, seconds: Double)] = []
}

/// `dossier build`: read → analyse each article → link the dossier → render → write.
/// The output folder is replaced only once every stage has succeeded.
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
    // The last build's page fingerprints, read on another thread while this one loads the
    // articles (nothing writes them until this build's end).
    let previousManifest = options.incremental ? Background { PageManifest.read(for: options.output) } : nil
    var clock = StageClock()
    let dossier = try clock.time("load") {
      // Incremental builds keep parsed front matter on disk, as they keep analyses.
      let frontMatter =
        options.incremental ? FrontMatterMemo(file: FrontMatterMemo.file(in: options.root)) : nil
      let dossier = try ContentLoader(
        root: options.root, includeDrafts: options.includeDrafts, frontMatter: frontMatter
      ).load()
      frontMatter?.save()
      return dossier
    }
    let templates = try clock.time("templates") {
      try TemplateSet.load(overrideFolder: options.root.appending(path: "Templates"))
    }
    // Incremental builds keep analyses on disk (and in memory for `dossier serve`).
    let cache =
      options.analysisCache
      ?? (options.incremental
        ? AnalysisCache(folder: AnalysisCache.folder(in: options.root), keepsInMemory: false) : nil)
    var (analyzed, analysed) = clock.time("analyse") {
      cache?.analyze(dossier.articles)
        ?? (dossier.articles.parallelMap { AnalyzedArticle(article: $0) }, dossier.articles.count)
    }
    releaseFreedMemory()
    // Pages read each article and its sentences only: linking lets go of the rest of the
    // analyses as it goes (a cache's own copies stay).
    let graph = clock.time("link") {
      // And the decisions of the last resolution and timeline merging, taken again where
      // their inputs did not change.
      let resolutionMemo =
        options.incremental ? ResolutionMemo(file: ResolutionMemo.file(in: options.root)) : nil
      let timelineMemo = options.incremental ? TimelineMemo(file: TimelineMemo.file(in: options.root)) : nil
      return DossierLinker.link(
        trimming: &analyzed, config: dossier.config, curation: dossier.curation,
        resolutionMemo: resolutionMemo, timelineMemo: timelineMemo)
    }
    releaseFreedMemory()
    // Pages go to the staging folder as they are rendered, so the site is never in memory
    // whole; it replaces the output only once every page is written.
    let pages = PageCounter()
    var rendered: (fingerprints: [String: UInt64], kept: Int) = ([:], 0)
    let written = try clock.time("render and write") {
      let renderer = SiteRenderer(dossier: dossier, graph: graph, templates: templates, baseURL: baseURL)
      let previous = previousManifest?.wait() ?? PageManifest()
      return try SiteWriter(output: options.output, root: options.root).write { staging in
        rendered = try renderer.render(
          analyzed, previous: previous, keep: { try staging.keep($0, stamp: $1) },
          emit: { file in
            try staging.add(file)
            if file.path.hasSuffix(".html") { pages.increment() }
          }, stream: { try staging.add($0) })
      }
    }
    // Only for the next build's speed: without it, that build renders every page.
    clock.time("manifest") {
      try? PageManifest.stamping(rendered.fingerprints, in: options.output).write(for: options.output)
    }
    var report = BuildReport(
      pages: pages.count + rendered.kept, written: written.written,
      unchanged: written.unchanged, kept: rendered.kept, notices: dossier.notices,
      seconds: Date().timeIntervalSince(started), uncuratedEntities: graph.uncuratedEntities,
      unmatchedCuration: graph.unmatchedCuration,
      entities: graph.entities.count, events: graph.events.count)
    report.stages = clock.stages
    report.analysed = analysed
    if !options.freesMemory { LeftForExit.hold(dossier, analyzed, graph, rendered) }
    return report
  }
}

/// Counts the pages as threads write them.
final class PageCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  func increment() { lock.withLock { value += 1 } }
  var count: Int { lock.withLock { value } }
}

/// Times the stages of a build, for `--timings` and the benchmark.
struct StageClock {
  private(set) var stages: [(name: String, seconds: Double)] = []

  mutating func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
    return try work()
  }
}
