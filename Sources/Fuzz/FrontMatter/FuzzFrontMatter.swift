import DossierKit
import Foundation
import FuzzSupport

/// libFuzzer target: arbitrary text as an article file (`ArticleFile.parse`, front matter
/// and comments marker), decoded as `ContentLoader` decodes files. Law: an article that was
/// read writes back (`ArticleFile.render`) to a file that reads to the same article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let data = Fuzz.data(bytes, size)
  let text = (try? TextDecoding.decode(data, file: "fuzz.md").text) ?? String(decoding: data, as: UTF8.self)
  guard
    let first = try? ArticleFile.parse(text, file: "fuzz.md", slug: "fuzz", defaultLanguage: .fr).article
  else { return 0 }
  let rendered = ArticleFile.render(first)
  let second: Article
  do {
    second = try ArticleFile.parse(rendered, file: "fuzz.md", slug: "fuzz", defaultLanguage: .fr).article
  } catch {
    Fuzz.fail("a rendered article file does not read back: \(error)\n\(rendered)")
  }
  func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .newlines) }
  Fuzz.require(
    second.title == first.title && second.date == first.date && second.url == first.url
      && second.source == first.source && second.lang == first.lang && second.draft == first.draft
      && second.authors == first.authors && trimmed(second.body) == trimmed(first.body)
      && trimmed(second.comments) == trimmed(first.comments),
    "render then parse changed the article:\n\(first)\n\(second)\n\(rendered)")
  return 0
}

@main enum FuzzFrontMatterMain {
  static func main() { Fuzz.main { fuzzFrontMatter($0, $1) } }
}
