import ArgumentParser
import Foundation
import SyntheticCorpus

/// `dossier-bench`: generates a synthetic corpus and times `dossier build` on it (and Hugo,
/// with `--compare-hugo`). Every build is a child process, so its CPU time and peak memory
/// are its own.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier-bench",
    abstract: "Time `dossier build` on a generated synthetic corpus (optionally against Hugo).",
    discussion: """
      The corpus is invented French news text (made-up people, organisations and places with a
      Zipf-like popularity, date expressions of many kinds, 400 to 900 words per article),
      the same for the same --articles and --seed. Each run builds into an empty output folder
      with no caches, then edits one article and builds again. Medians are over --runs runs
      after --warmup runs. The `dossier` binary is taken from beside this one (the same build folder).
      Hugo comes from Debian's `hugo` package: scripts/install-hugo.sh or `make bench-deps`.
      """)

  @Option(help: "Number of articles in the corpus.")
  var articles = 1000

  @Option(help: "Measured runs (medians are over these).")
  var runs = 5

  @Option(help: "Runs done first and not counted (they warm the file cache).")
  var warmup = 1

  @Option(help: "Seed of the corpus generator.")
  var seed: UInt64 = 1

  @Flag(help: "Also build the corpus with Hugo and print the ratios.")
  var compareHugo = false

  @Option(help: "Write the corpus (and the built sites) into DIR and keep them.", completion: .directory)
  var keep: String?

  @Flag(
    help:
      "Only write the corpus (into --keep DIR; with --compare-hugo, Hugo's site files too), for profiling a build by hand."
  )
  var generateOnly = false

  @Option(help: "The dossier binary to time (default: the one beside dossier-bench).")
  var dossier: String?

  @Option(help: "The hugo binary (default: hugo on PATH).")
  var hugo: String?

  func validate() throws {
    guard articles >= 1 else { throw ValidationError("--articles must be at least 1") }
    guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    guard warmup >= 0 else { throw ValidationError("--warmup must be 0 or more") }
    if generateOnly && keep == nil { throw ValidationError("--generate-only needs --keep DIR") }
  }

  func run() throws {
    do {
      try benchmark()
    } catch let error as BenchError {
      FileHandle.standardError.write(Data("dossier-bench: \(error.description)\n".utf8))
      throw ExitCode.failure
    } catch let error as CorpusError {
      FileHandle.standardError.write(Data("dossier-bench: \(error.description)\n".utf8))
      throw ExitCode.failure
    }
  }

  func benchmark() throws {
    let fileManager = FileManager.default
    let scratch = fileManager.temporaryDirectory.appending(path: "dossier-bench-\(getpid())")
    try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? fileManager.removeItem(at: scratch) }
    let root = keep.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? scratch.appending(path: "corpus")

    let dossierBuilder =
      generateOnly ? nil : SiteBuilder.dossier(executable: try dossierExecutable(), root: root)
    let hugoBuilder =
      compareHugo && !generateOnly ? SiteBuilder.hugo(executable: try hugoExecutable(), root: root) : nil

    let started = ChildProcess.monotonicSeconds()
    let generator = CorpusGenerator(articles: articles, seed: seed)
    let summary = try CorpusWriter.write(generator, to: root)
    let report = BenchReport(articles: articles, runs: runs, warmup: warmup, seed: seed)
    report.printCorpus(summary, seconds: ChildProcess.monotonicSeconds() - started, root: root)
    if compareHugo {
      try HugoSite.write(into: root, title: "Dossier synthétique de test de performance")
    }
    if let hugoBuilder {
      report.printTool(hugoBuilder, version: try version(of: hugoBuilder.executable, scratch: scratch))
    }
    guard let dossierBuilder else { return }
    report.printTool(dossierBuilder, version: nil)

    // The article edited before each rebuild: one in the middle of the corpus.
    let edited = root.appending(path: "Content/articles/" + generator.article(articles / 2).fileName)
    let original = try String(contentsOf: edited, encoding: .utf8)
    defer { try? Data(original.utf8).write(to: edited) }

    var dossierSamples: [BuildSample] = []
    var hugoSamples: [BuildSample] = []
    // Tools alternate within each run, so a slow spell on a shared machine hits both.
    for run in 0..<(warmup + runs) {
      let label = run < warmup ? "warm-up \(run + 1)/\(warmup)" : "run \(run - warmup + 1)/\(runs)"
      report.progress(label)
      let dossierSample = try measure(
        dossierBuilder, edit: edited, original: original, run: run, scratch: scratch)
      let hugoSample = try hugoBuilder.map {
        try measure($0, edit: edited, original: original, run: run, scratch: scratch)
      }
      if run >= warmup {
        dossierSamples.append(dossierSample)
        if let hugoSample { hugoSamples.append(hugoSample) }
      }
    }
    report.progressDone()
    report.printResults(dossier: dossierSamples, hugo: hugoSamples.isEmpty ? nil : hugoSamples)
  }

  /// A build into an empty output folder with no caches, then one after editing an article's
  /// body (which may use what the first build kept), then one after editing it again.
  func measure(_ builder: SiteBuilder, edit article: URL, original: String, run: Int, scratch: URL) throws
    -> BuildSample
  {
    try? FileManager.default.removeItem(at: builder.output)
    for cache in builder.caches { try? FileManager.default.removeItem(at: cache) }
    let full = try builder.build(scratch: scratch)
    let counted = BuildSample.countOutput(builder.output)
    try Data(Self.editing(original, run: run).utf8).write(to: article)
    defer { try? Data(original.utf8).write(to: article) }
    let rebuild = try builder.build(scratch: scratch)
    try Data(Self.editing(original, run: run, again: true).utf8).write(to: article)
    let nextRebuild = try builder.build(scratch: scratch)
    return BuildSample(
      full: full, rebuild: rebuild, nextRebuild: nextRebuild, htmlPages: counted.htmlPages,
      files: counted.files)
  }

  /// The article with a new first paragraph, different for every run; `again`, with a
  /// second one before it (every sentence anchor moves once more).
  static func editing(_ text: String, run: Int, again: Bool = false) -> String {
    var added = "\nParagraphe ajouté pour le test de reconstruction n° \(run + 1).\n"
    if again { added = "\nParagraphe ajouté une seconde fois, n° \(run + 1).\n" + added }
    guard let end = text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex)
    else { return text + added }
    return text[..<end.upperBound] + added + text[end.upperBound...]
  }

  func dossierExecutable() throws -> String {
    let path = dossier ?? ChildProcess.ownFolder().appending(path: "dossier").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw BenchError(
        "no dossier binary at \(path); build it with `swift build -c release --product dossier` or pass --dossier PATH"
      )
    }
    return path
  }

  func hugoExecutable() throws -> String {
    guard let path = hugo ?? ChildProcess.findOnPath("hugo"),
      FileManager.default.isExecutableFile(atPath: path)
    else {
      throw BenchError(
        "--compare-hugo needs Hugo: install Debian's package with `apt-get install hugo` (or run scripts/install-hugo.sh, `make bench-deps`), or pass --hugo PATH"
      )
    }
    return path
  }

  func version(of executable: String, scratch: URL) throws -> String {
    let run = try ChildProcess.run(executable, ["version"], scratch: scratch)
    return run.stdout.split(separator: "\n").first.map(String.init) ?? "unknown version"
  }
}
