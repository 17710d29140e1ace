import Foundation

@testable import DossierKit

/// A throwaway dossier folder for build tests. Its articles are synthetic.
struct TestDossier {
  let root: URL

  init(config: String = "title: \"Dossier d’essai\"\nlanguage: fr\n", articles: [String: String] = [:]) throws
  {
    root = FileManager.default.temporaryDirectory.appending(path: "dossier-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appending(path: "Content/articles"), withIntermediateDirectories: true)
    try write(DossierConfig.fileName, config)
    for (name, text) in articles { try write("Content/articles/\(name)", text) }
  }

  func write(_ path: String, _ text: String) throws {
    let url = root.appending(path: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: root.appending(path: path), encoding: .utf8)
  }

  var output: URL { root.appending(path: "Public") }

  @discardableResult
  func build(baseURL: String? = nil) throws -> BuildReport {
    try SiteBuild.run(BuildOptions(root: root, baseURL: baseURL))
  }

  /// Every file under `folder`, relative path → bytes.
  static func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    else { return files }
    for case let url as URL in walker {
      if let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath {
        files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] =
          data
      }
    }
    return files
  }

  /// Staging or retired site folders beside the output: a build must never leave one.
  func stagingLeftovers() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { $0.contains(".staging-") || $0.contains(".old-") }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  static let sampleArticle = """
    ---
    title: "Une réunion à Exempleville"
    date: 2022-11-07
    source: "La Gazette d’exemple"
    url: "https://example.org/2022/11/07/reunion"
    ---
    Texte synthétique. Mme Jeanne Exemple a présidé la réunion.

    Second paragraphe du texte synthétique.
    """

  static let olderArticle = """
    ---
    title: "Un article plus ancien"
    date: 2021-06-01
    source: "Le Bulletin fictif"
    ---
    Texte synthétique plus ancien.
    """
}
