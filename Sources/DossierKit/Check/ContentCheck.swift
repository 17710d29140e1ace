import Foundation

/// `dossier check`'s content half: problems that do not stop a build but mislead readers.
public enum ContentCheck {
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    public var description: String { file + (line.map { ":\($0)" } ?? "") + ": " + message }
  }

  /// Articles without a date, and article files whose names collide once made into slugs
  /// (`Genève.md` and `geneve.md`), which would otherwise get silently renumbered.
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
      for file in sharing.sorted().dropFirst() {
        problems.append(
          Problem(
            file: file, line: nil,
            message: "its slug `\(slug)` collides with \(sharing.sorted()[0]); rename one of the files"))
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
}
