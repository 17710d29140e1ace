import Foundation

/// One static site generator under test: how to run a build of the corpus, and where it
/// writes the site.
struct SiteBuilder {
  let name: String
  let executable: String
  let arguments: [String]
  let output: URL
  /// What a build keeps for the next one, removed before each full build so it starts cold.
  var caches: [URL] = []

  static func dossier(executable: String, root: URL) -> SiteBuilder {
    SiteBuilder(
      name: "dossier", executable: executable, arguments: ["build", "--root", root.path],
      output: root.appending(path: "Public"),
      caches: [
        root.appending(path: ".dossier-cache"), root.appending(path: ".Public.pages"),
        root.appending(path: ".Public.spare"),
      ])
  }

  static func hugo(executable: String, root: URL) -> SiteBuilder {
    SiteBuilder(
      name: "hugo", executable: executable, arguments: ["--source", root.path, "--quiet"],
      output: root.appending(path: "public"), caches: [root.appending(path: "resources")])
  }

  /// Runs one build; a failed build stops the benchmark with what the tool printed.
  func build(scratch: URL) throws -> ChildRun {
    let run = try ChildProcess.run(executable, arguments, scratch: scratch)
    guard run.exitCode == 0 else {
      let tail = run.stderr.split(separator: "\n").suffix(20).joined(separator: "\n")
      throw BenchError("\(name) build failed (exit \(run.exitCode)):\n\(tail)")
    }
    return run
  }
}

/// One measured round for one tool: a build from an empty output folder, then a build after
/// one article's body changed, then one after it changed again (what kept state a tool's
/// rebuilds leave for the next shows there: dossier's spare site, for one).
struct BuildSample {
  var full: ChildRun
  var rebuild: ChildRun
  var nextRebuild: ChildRun
  var htmlPages: Int
  var files: Int
}

extension BuildSample {
  /// Counts what a build left in `output`: HTML pages and all files.
  static func countOutput(_ output: URL) -> (htmlPages: Int, files: Int) {
    guard let walker = FileManager.default.enumerator(atPath: output.path) else { return (0, 0) }
    var pages = 0
    var files = 0
    for case let path as String in walker {
      guard let type = walker.fileAttributes?[.type] as? FileAttributeType, type == .typeRegular
      else { continue }
      files += 1
      if path.hasSuffix(".html") { pages += 1 }
    }
    return (pages, files)
  }
}
