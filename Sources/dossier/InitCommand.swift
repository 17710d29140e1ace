import ArgumentParser
import DossierKit
import Foundation

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new dossier folder: dossier.yml, Content/articles/, Content/entities.yml.")

  @Argument(help: "The folder to create the dossier in.", completion: .directory)
  var folder: String

  @Option(name: .long, help: "The dossier's title.")
  var title: String = "New dossier"

  @Option(name: .long, help: "Interface and default article language: fr or en.")
  var language: String = "en"

  @Flag(name: .long, help: "Also copy the default templates into Templates/ for customising.")
  var templates = false

  func run() throws {
    guard let language = Language(rawValue: language) else {
      throw ValidationError("--language must be fr or en")
    }
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    let created = try Terminal.reportingErrors {
      try DossierScaffold.write(into: target, title: title, language: language, withTemplates: templates)
    }
    print("Created a dossier in \(target.path):")
    for path in created where !path.hasSuffix(".gitkeep") { print("  \(path)") }
    print("Next: dossier import --root \(folder) ARTICLE.txt…, then dossier build --root \(folder)")
  }
}
