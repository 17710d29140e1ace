import ArgumentParser
import DossierKit
import Foundation

@main
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Turn a folder of collected news articles into a navigable, sourced static site.",
    discussion: """
      A dossier is a folder holding dossier.yml, Content/articles/*.md and optionally
      Templates/. Typical flow: dossier init DIR, dossier import raw/*.txt, review the
      Markdown and Content/entities.yml, dossier build, then copy Public/ anywhere.
      """,
    subcommands: [
      InitCommand.self, ImportCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self,
    ])
}

/// Options every command takes.
struct RootOptions: ParsableArguments {
  @Option(name: .long, help: "The dossier folder (holding dossier.yml).", completion: .directory)
  var root: String = "."

  @Flag(name: .long, help: "Print only errors and warnings.")
  var quiet = false

  var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }
}
