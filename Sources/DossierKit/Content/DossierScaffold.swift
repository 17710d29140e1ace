import DefaultTemplates
import Foundation

/// `dossier init`: the files of a new, buildable dossier.
public enum DossierScaffold {
  public static func files(title: String, language: Language, withTemplates: Bool) -> [OutputFile] {
    var files = [
      OutputFile(path: DossierConfig.fileName, text: config(title: title, language: language)),
      OutputFile(path: "Content/articles/.gitkeep", text: ""),
      OutputFile(path: "Content/entities.yml", text: entitiesExample),
      OutputFile(
        path: ".gitignore",
        text: "/Public/\n/.Public.pages\n/.Public.spare/\n/.dossier-cache/\n/.dossier-serve/\n"),
    ]
    if withTemplates {
      for (path, text) in DefaultTemplates.files.sorted(by: { $0.key < $1.key }) {
        files.append(OutputFile(path: "Templates/" + path, text: text))
      }
    }
    return files
  }

  /// Writes the scaffold into `folder`, never over an existing file.
  public static func write(into folder: URL, title: String, language: Language, withTemplates: Bool)
    throws -> [String]
  {
    let fileManager = FileManager.default
    if fileManager.fileExists(atPath: folder.appending(path: DossierConfig.fileName).path) {
      throw DossierError(
        file: folder.appending(path: DossierConfig.fileName).path, "a dossier already exists here",
        hint: "choose a new folder, or edit the existing dossier")
    }
    var created: [String] = []
    for file in files(title: title, language: language, withTemplates: withTemplates) {
      let target = folder.appending(path: file.path)
      guard !fileManager.fileExists(atPath: target.path) else { continue }
      try fileManager.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.data.write(to: target)
      created.append(file.path)
    }
    return created
  }

  static func config(title: String, language: Language) -> String {
    """
    # The dossier's settings. Every key but `title` is optional.
    title: \(ArticleFile.quoted(title))
    description: ""
    # Interface language and default article language: fr or en.
    language: \(language.rawValue)
    # Where the site will be published; used only for feeds, the sitemap and canonical links.
    # base_url: https://example.org/my-dossier/
    # author: "Newsroom name"
    # How many related articles each article page lists.
    related_articles: 5
    # Group the timeline by month or year.
    timeline_grouping: month

    """
  }

  /// The commented example curation file.
  public static let entitiesExample = """
    # Curated entities: this file always wins over what dossier extracts from the text.
    # Each entry names one person, organization, place or other entity. Examples:
    #
    # - name: Jane Example            # the name pages show
    #   type: person                  # person | organization | place | other
    #   aliases: [J. Example, Jane Exampel]   # other spellings found in articles
    #   description: "What a reader should know about her."
    #   wikidata: Q00000000           # optional, rendered as a link
    #
    # - name: Example Street Journal
    #   type: organization
    #
    # - name: Read more               # something extracted that is not an entity
    #   ignore: true
    #
    # `dossier build` lists the entities it found that are not in this file.
    []

    """
}
