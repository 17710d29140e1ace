import ArgumentParser
import DossierKit
import Foundation

@main
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Turn a folder of collected news articles into a navigable, sourced static site.",
    subcommands: [ImportCommand.self])
}
