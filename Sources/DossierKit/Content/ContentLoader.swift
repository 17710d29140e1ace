import Foundation

/// Reads a dossier folder: `dossier.yml` and `Content/articles/**/*.md`.
///
/// Every problem in every file is collected before failing, so one run shows them all.
public struct ContentLoader: Sendable {
  public let root: URL
  public var includeDrafts: Bool
  /// Front matter parsed by earlier loads, for a build that keeps its caches.
  public var frontMatter: FrontMatterMemo?

  public init(root: URL, includeDrafts: Bool = false, frontMatter: FrontMatterMemo? = nil) {
    self.root = root.standardizedFileURL
    self.includeDrafts = includeDrafts
    self.frontMatter = frontMatter
  }

  public var articlesFolder: URL { root.appending(path: "Content/articles") }

  public func load() throws -> Dossier {
    let configURL = root.appending(path: DossierConfig.fileName)
    guard FileManager.default.fileExists(atPath: configURL.path) else {
      throw DossierError(
        file: DossierConfig.fileName, "no dossier here: \(configURL.path) does not exist",
        hint: "run `dossier init DIR` to create a dossier, or pass --root DIR")
    }
    let configText = try readText(configURL, display: DossierConfig.fileName)
    var (config, notices) = try DossierConfig.parse(configText.text)
    notices = configText.notices + notices

    var errors: [DossierError] = []
    var articles: [Article] = []
    let files = try articleFiles()
    let slugs = Slug.uniqued(
      files.map { Slug.make($0.deletingPathExtension().lastPathComponent) }, fallback: "article")
    // Files are read and parsed across all cores, then taken in order, so articles, notices
    // and errors come out as from a serial loop.
    let language = config.language
    let loaded = Array(zip(files, slugs)).parallelMap { file, slug in
      loadArticle(file, slug: slug, defaultLanguage: language)
    }
    for result in loaded {
      switch result {
      case .article(let article, let articleNotices):
        notices += articleNotices
        if article.draft && !includeDrafts { continue }
        articles.append(article)
      case .failed(let fileErrors):
        errors += fileErrors
      }
    }
    var curation: [CuratedEntity] = []
    let entitiesURL = root.appending(path: EntitiesFile.path)
    if FileManager.default.fileExists(atPath: entitiesURL.path) {
      do {
        let decoded = try readText(entitiesURL, display: EntitiesFile.path)
        let parsed = try EntitiesFile.parse(decoded.text)
        curation = parsed.entities
        notices += decoded.notices + parsed.notices
      } catch let error as DossierError {
        errors.append(error)
      } catch let many as DossierErrors {
        errors += many.errors
      }
    }
    if !errors.isEmpty { throw DossierErrors(errors) }
    return Dossier(config: config, articles: articles, curation: curation, notices: notices)
  }

  enum LoadedArticle: Sendable {
    case article(Article, notices: [Notice])
    case failed([DossierError])
  }

  /// Reads, decodes and parses one article file.
  func loadArticle(_ file: URL, slug: String, defaultLanguage: Language) -> LoadedArticle {
    let display = relativePath(standardized: file.path)  // `articleFiles` standardized it
    do {
      let decoded = try readText(file, display: display)
      let (article, notices) = try ArticleFile.parse(
        decoded.text, file: display, slug: slug, defaultLanguage: defaultLanguage, memo: frontMatter)
      return .article(article, notices: decoded.notices + notices)
    } catch let error as DossierError {
      return .failed([error])
    } catch let many as DossierErrors {
      return .failed(many.errors)
    } catch {
      return .failed([DossierError(file: display, "cannot read the article: \(error)")])
    }
  }

  public func articleFiles() throws -> [URL] {
    // Standardized once: the files under it are then standard too (standardizing each
    // file's URL was a tenth of loading).
    let folder = articlesFolder.standardizedFileURL
    guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
    guard
      let walker = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var files: [(url: URL, path: String)] = []
    for case let url as URL in walker where url.pathExtension.lowercased() == "md" {
      files.append((url, url.path))
    }
    // By path, each made once: a URL makes its path anew on every comparison.
    return files.sorted { $0.path < $1.path }.map(\.url)
  }

  func readText(_ url: URL, display: String) throws -> TextDecoding.Decoded {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw DossierError(
        file: display, "cannot read the file: \(error.localizedDescription)",
        hint: "check that it exists and that you may read it")
    }
    return try TextDecoding.decode(data, file: display)
  }

  public func relativePath(_ url: URL) -> String {
    relativePath(standardized: url.standardizedFileURL.path)
  }

  func relativePath(standardized path: String) -> String {
    let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}
