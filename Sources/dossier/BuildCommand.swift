import ArgumentParser
import DossierKit
import Foundation

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build the dossier into a static site (Public/ by default).",
    discussion: """
      The site is written to a staging folder and swapped in only when the whole build
      succeeded: a failed build leaves the previous site exactly as it was. Internal links
      are relative, so the site works under any path and opened from disk.
      """)

  @OptionGroup var options: RootOptions

  @Option(name: .long, help: "Output folder (default: Public inside the dossier).")
  var output: String?

  @Option(name: .long, help: "Address the site will be published at, for feeds, sitemap and canonical links.")
  var baseURL: String?

  @Flag(name: .long, help: "Include articles marked draft: true.")
  var drafts = false

  @Flag(
    name: .long,
    help: "Render every page, even those whose inputs did not change since the last build.")
  var full = false

  @Flag(name: .long, help: "Print the time each stage of the build took.")
  var timings = false

  func run() throws {
    let report = try Terminal.reportingErrors {
      try SiteBuild.run(
        BuildOptions(
          root: options.rootURL, output: output.map { URL(fileURLWithPath: $0) }, baseURL: baseURL,
          includeDrafts: drafts, incremental: !full, freesMemory: false))
    }
    Terminal.warn(report.notices)
    if timings {
      let stages = report.stages.map { "\($0.name) \(String(format: "%.3f", $0.seconds)) s" }
      print("Stages: " + stages.joined(separator: ", "))
    }
    if !options.quiet {
      let outputPath = output ?? options.rootURL.appending(path: "Public").path
      print(
        "Built \(report.pages) pages into \(outputPath) in \(String(format: "%.2f", report.seconds)) s"
          + " (\(report.written) files written, \(report.unchanged) unchanged, "
          + "\(report.kept) pages kept without rendering; "
          + "\(report.entities) entities, \(report.events) dated events).")
      if !report.uncuratedEntities.isEmpty {
        let shown = report.uncuratedEntities.prefix(20).joined(separator: ", ")
        let more = report.uncuratedEntities.count > 20 ? ", …" : ""
        print(
          "\(report.uncuratedEntities.count) entities are not in Content/entities.yml yet: \(shown)\(more)."
            + " Review them and add, rename, merge or ignore them there.")
      }
    }
  }
}
