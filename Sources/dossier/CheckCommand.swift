import ArgumentParser
import DossierKit
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Find content problems and broken internal links or anchors in the built site.",
    discussion: """
      Checks the content (articles without a date, duplicate slugs and file names that
      collide as slugs once transliterated, duplicate titles, entities.yml entries that match
      nothing), then builds the site into a temporary folder (or reads the one given
      with --site) and follows every internal link and #anchor. Exits non-zero when anything
      is wrong, listing every problem.
      """)

  @OptionGroup var options: RootOptions

  @Option(name: .long, help: "Check this already built site instead of building a fresh one.")
  var site: String?

  func run() throws {
    let root = options.rootURL
    let loader = ContentLoader(root: root, includeDrafts: true)
    let dossier = try Terminal.reportingErrors { try loader.load() }
    let files = try loader.articleFiles().map { loader.relativePath($0) }
    var problems = ContentCheck.problems(in: dossier, files: files).map(\.description)
    problems += ContentCheck.unmatchedCuration(in: dossier).map(\.description)

    let siteFolder: URL
    var temporary: URL?
    if let site {
      siteFolder = URL(fileURLWithPath: site).standardizedFileURL
    } else {
      let folder = FileManager.default.temporaryDirectory.appending(
        path: "dossier-check-\(UUID().uuidString)")
      temporary = folder
      siteFolder = folder.appending(path: "site")
      _ = try Terminal.reportingErrors {
        try SiteBuild.run(BuildOptions(root: root, output: siteFolder, incremental: false))
      }
    }
    defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
    problems += LinkCheck.brokenLinks(in: siteFolder).map(\.description)

    if problems.isEmpty {
      if !options.quiet { print("No problems found.") }
      return
    }
    for problem in problems { Terminal.error(problem) }
    Terminal.error("\(problems.count) problem\(problems.count == 1 ? "" : "s") found.")
    throw ExitCode.failure
  }
}
