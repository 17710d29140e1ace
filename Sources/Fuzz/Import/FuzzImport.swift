import DossierKit
import Foundation
import FuzzSupport

/// libFuzzer target: arbitrary bytes as the file given to `dossier import`, through the same
/// decoding (`ArticleImporter.importData`). The laws checked are the ones `dossier import`
/// relies on before writing: the article file reads back (`ArticleFile.parse`) to the same
/// article, and `ImportLaw` finds no lost sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let data = Fuzz.data(bytes, size)
  importAndCheck(data, ImportOptions(defaultLanguage: .fr))
  // Again with `--title` and `--comments-from` taken from the text's own words, so the
  // paths that split a paragraph at the comment boundary are fuzzed too.
  if let text = try? TextDecoding.decode(data, file: "fuzz.txt").text {
    let words = text.split(whereSeparator: \.isWhitespace)
    if words.count >= 2 {
      let start = size % words.count
      let marker = words[start..<min(start + 3, words.count)].joined(separator: " ")
      let title = words.prefix(1 + size % 5).joined(separator: " ")
      importAndCheck(data, ImportOptions(title: title, commentsFrom: marker, defaultLanguage: .en))
    }
  }
  return 0
}

func importAndCheck(_ data: Data, _ options: ImportOptions) {
  // Refusals (binary, empty, marker not found) are answers, not failures.
  guard let result = try? ArticleImporter.importData(data, fileName: "fuzz.txt", options: options)
  else { return }
  let article = result.article
  let written: Article
  do {
    written = try ArticleFile.parse(
      result.fileText, file: article.file, slug: article.slug, defaultLanguage: options.defaultLanguage
    ).article
  } catch {
    Fuzz.fail("the imported article file does not read back: \(error)\n\(result.fileText)")
  }
  func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .newlines) }
  Fuzz.require(
    written.title == article.title && written.date == article.date && written.url == article.url
      && written.source == article.source && written.lang == article.lang && written.draft == article.draft
      && trimmed(written.body) == trimmed(article.body)
      && trimmed(written.comments) == trimmed(article.comments),
    "the article file reads back to another article:\n\(article)\n\(written)")
  let lost = ImportLaw.verify(original: result.sourceText, report: result.report, article: written)
  Fuzz.require(lost.isEmpty, "the import lost text: \(lost)")
}

@main enum FuzzImportMain {
  static func main() { Fuzz.main { fuzzImport($0, $1) } }
}
