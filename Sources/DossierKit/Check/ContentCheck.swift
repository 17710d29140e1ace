import Foundation

/// `dossier check`'s content half: problems that do not stop a build but mislead readers.
public enum ContentCheck {
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    public var description: String { file + (line.map { ":\($0)" } ?? "") + ": " + message }
  }

  /// Articles without a date, article files that share a slug (the same file name in two
  /// folders) or whose names collide once transliterated into slugs (`Genève.md` and
  /// `geneve.md`), which would otherwise get silently renumbered, and duplicate titles.
  public static func problems(in dossier: Dossier, files: [String]) -> [Problem] {
    var problems: [Problem] = []
    for article in dossier.articles where article.date == nil {
      problems.append(
        Problem(
          file: article.file, line: 2,
          message: "no `date`: the article is left out of the timeline and sorted last"))
    }
    var bySlug: [String: [String]] = [:]
    for file in files {
      let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
      bySlug[Slug.make(stem), default: []].append(file)
    }
    for (slug, sharing) in bySlug.sorted(by: { $0.key < $1.key }) where sharing.count > 1 {
      let first = sharing.sorted()[0]
      for file in sharing.sorted().dropFirst() {
        let sameName = (file as NSString).lastPathComponent == (first as NSString).lastPathComponent
        problems.append(
          Problem(
            file: file, line: nil,
            message: sameName
              ? "duplicate slug `\(slug)`: \(first) has the same file name; rename one of the files"
              : "its slug `\(slug)` collides with \(first) after transliteration; rename one of the files"))
      }
    }
    var byTitle: [String: [Article]] = [:]
    for article in dossier.articles { byTitle[article.title.lowercased(), default: []].append(article) }
    for (_, same) in byTitle where same.count > 1 {
      for article in same.dropFirst() {
        problems.append(
          Problem(
            file: article.file, line: 2,
            message: "same title as \(same[0].file): a duplicate import?"))
      }
    }
    return problems.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
  }

  /// Entries of `Content/entities.yml` whose name and aliases match no mention in any
  /// article: a misspelt name or alias. Runs the analysis and linking stages (no rendering).
  public static func unmatchedCuration(in dossier: Dossier) -> [Problem] {
    guard !dossier.curation.isEmpty else { return [] }
    let analyzed = dossier.articles.parallelMap { AnalyzedArticle(article: $0) }
    let graph = DossierLinker.link(analyzed, config: dossier.config, curation: dossier.curation)
    let unmatched = Set(graph.unmatchedCuration)
    return dossier.curation.filter { unmatched.contains($0.name) }.map { entry in
      Problem(
        file: EntitiesFile.path, line: entry.line > 0 ? entry.line : nil,
        message: "the entry `\(entry.name)` matches no mention in any article (a misspelt name or alias?)")
    }
  }
}
