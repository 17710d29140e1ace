import Foundation
import PackagePlugin

/// Embeds the repository's top-level `Templates/` folder into the `DefaultTemplates` target.
///
/// Every template file is listed as an input, so editing one re-runs the generator
/// and rebuilds only that small target.
@main
struct EmbedTemplatesPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let templates = context.package.directoryURL.appending(path: "Templates")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    let files = try listFiles(under: templates)
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) default template files",
        executable: try context.tool(named: "EmbedTemplates").url,
        arguments: [templates.path, output.path],
        inputFiles: files,
        outputFiles: [output]
      )
    ]
  }

  private func listFiles(under folder: URL) throws -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var files: [URL] = []
    for case let url as URL in walker
    where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
