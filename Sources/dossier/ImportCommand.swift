import ArgumentParser
import DossierKit
import Foundation

/// `dossier import`: raw scraped text → `Content/articles/<slug>.md`, with a report.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Clean raw article text into Content/articles/<slug>.md.",
    discussion: """
      Removes ad markers, share and subscription prompts, photo credits and repeated \
      captions or paragraphs; joins split sentences; sets readers' comments apart; and \
      prints, per file, what it recognised and every item it removed with its line.
      """)

  @Argument(help: "Raw text files (UTF-8 or Windows-1252).")
  var files: [String]

  @Option(help: "The dossier folder holding Content/.")
  var root: String = "."

  @Option(help: "The article's headline (needed when the text has none).")
  var title: String?

  @Option(help: "Publication date, YYYY-MM-DD.")
  var date: String?

  @Option(help: "Name of the publication.")
  var source: String?

  @Option(help: "The article's original address.")
  var url: String?

  @Option(help: "Language of the article: fr or en.")
  var lang: String?

  @Option(help: "The first words of the first reader comment, to set where comments begin.")
  var commentsFrom: String?

  @Flag(help: "Replace an existing article file.")
  var force = false

  func validate() throws {
    if files.count > 1 {
      for (name, value) in [("--title", title), ("--url", url), ("--comments-from", commentsFrom)]
      where value != nil {
        throw ValidationError("\(name) applies to one file; import the files one at a time")
      }
    }
    if let date, CalendarDate(iso: date)?.precision != .day {
      throw ValidationError("--date must be YYYY-MM-DD, not “\(date)”")
    }
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang must be fr or en, not “\(lang)”")
    }
    if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
      throw ValidationError("--url must be an http(s) address, not “\(url)”")
    }
  }

  func run() throws {
    let rootURL = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
    let options = ImportOptions(
      title: title, date: date.flatMap { CalendarDate(iso: $0) }, source: source, url: url,
      lang: lang.flatMap(Language.init(rawValue:)), commentsFrom: commentsFrom,
      defaultLanguage: dossierLanguage(rootURL))
    var failed = false
    for file in files {
      do {
        try importFile(file, root: rootURL, options: options)
      } catch let error as DossierError {
        printError(error.description)
        failed = true
      } catch let errors as DossierErrors {
        printError(errors.description)
        failed = true
      } catch {
        printError("\(file): error: \(error.localizedDescription)")
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }

  func importFile(_ file: String, root: URL, options: ImportOptions) throws {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
      throw DossierError(file: file, "cannot read the file", hint: "check the path")
    }
    let result = try ArticleImporter.importData(data, fileName: file, options: options)
    let text = result.fileText

    // Read the file back as `dossier build` will, and hold it to the law before writing.
    let (written, _) = try ArticleFile.parse(
      text, file: result.article.file, slug: result.article.slug,
      defaultLanguage: options.defaultLanguage)
    let lost = ImportLaw.verify(original: result.sourceText, report: result.report, article: written)
    guard lost.isEmpty else {
      throw DossierError(
        file: file,
        "the import would lose text, so nothing was written:\n    " + lost.joined(separator: "\n    "),
        hint: "this is a bug in dossier import; please report it with the file")
    }

    let target = root.appending(path: result.article.file)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    let exists = FileManager.default.fileExists(atPath: target.path)
    if exists && !force {
      throw DossierError(
        file: result.article.file, "already exists: not overwritten (imported from \(file))",
        hint: "pass --force to replace it, or --title to give this article another slug")
    }
    try Data(text.utf8).write(to: target, options: force ? .atomic : .withoutOverwriting)

    print("\(file) → \(result.article.file)\(exists ? " (replaced)" : "")")
    for line in result.report.lines { print(line) }
    for notice in result.report.notices { printError(notice.description) }
  }

  /// The dossier's language from `dossier.yml`, when there is one.
  func dossierLanguage(_ root: URL) -> Language {
    let config = root.appending(path: DossierConfig.fileName)
    guard let text = try? String(contentsOf: config, encoding: .utf8),
      let parsed = try? DossierConfig.parse(text)
    else { return .en }
    return parsed.config.language
  }

  func printError(_ text: String) {
    fflush(nil)  // keep the report and the warnings in order on a terminal
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
