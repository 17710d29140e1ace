import Dispatch
import Foundation

/// Writes a generated corpus as a dossier folder: `dossier.yml`, `Content/articles/*.md`,
/// and a marker file saying the folder is a benchmark corpus (so it may be regenerated).
public enum CorpusWriter {
  public static let markerName = ".dossier-bench-corpus"

  public struct Summary: Sendable {
    public var articles: Int
    public var words: Int
    public var bytes: Int
  }

  /// Writes the corpus into `root` (created if needed). An existing `Content/articles` is
  /// replaced only if `root` holds the marker of an earlier corpus.
  public static func write(_ generator: CorpusGenerator, to root: URL) throws -> Summary {
    let fileManager = FileManager.default
    let marker = root.appending(path: markerName)
    let articlesFolder = root.appending(path: "Content/articles")
    if fileManager.fileExists(atPath: root.path),
      let existing = try? fileManager.contentsOfDirectory(atPath: root.path), !existing.isEmpty,
      !fileManager.fileExists(atPath: marker.path)
    {
      throw CorpusError(
        "\(root.path) is not empty and is not a benchmark corpus; choose an empty or new folder")
    }
    try? fileManager.removeItem(at: root.appending(path: "Content"))
    try fileManager.createDirectory(at: articlesFolder, withIntermediateDirectories: true)
    try Data("dossier-bench corpus: \(generator.articleCount) articles, seed \(generator.seed)\n".utf8)
      .write(to: marker)
    try Data(dossierConfig(generator).utf8).write(to: root.appending(path: "dossier.yml"))

    // Generated and written in parallel; each article depends only on its index.
    let count = generator.articleCount
    let words = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(count, 1))
    let bytes = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(count, 1))
    let failures = UnsafeMutableBufferPointer<String?>.allocate(capacity: max(count, 1))
    failures.initialize(repeating: nil)
    defer {
      words.deallocate()
      bytes.deallocate()
      failures.deinitialize()
      failures.deallocate()
    }
    nonisolated(unsafe) let wordSlots = words
    nonisolated(unsafe) let byteSlots = bytes
    nonisolated(unsafe) let failureSlots = failures
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let article = generator.article(index)
      let data = Data(article.fileText.utf8)
      wordSlots[index] = article.wordCount
      byteSlots[index] = data.count
      do {
        try data.write(to: articlesFolder.appending(path: article.fileName))
      } catch {
        failureSlots[index] = "\(article.fileName): \(error.localizedDescription)"
      }
    }
    if let failure = failures.compactMap({ $0 }).first { throw CorpusError("cannot write \(failure)") }
    return Summary(
      articles: count, words: words.prefix(count).reduce(0, +), bytes: bytes.prefix(count).reduce(0, +))
  }

  static func dossierConfig(_ generator: CorpusGenerator) -> String {
    """
    # Synthetic benchmark corpus written by dossier-bench (\(generator.articleCount) articles, seed \(generator.seed)).
    # Every person, organisation, place, outlet and event in it is invented.
    title: "Dossier synthétique de test de performance"
    description: "Corpus synthétique généré par dossier-bench : noms, lieux, organisations et faits inventés, pour mesurer les performances. Rien de ceci n'est de l'information réelle."
    language: fr

    """
  }
}

public struct CorpusError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
