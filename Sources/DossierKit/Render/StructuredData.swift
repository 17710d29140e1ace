import Foundation

/// schema.org JSON-LD for the pages that describe a thing (articles, entities), so search
/// engines and archive tools read what the page is about. Encoded with `JSONOutput`, which
/// escapes `<`, so content can never close the script element.
enum StructuredData {
  static func newsArticle(_ article: Article, canonical: String?, publisher: String) -> String {
    var object: [String: Any] = [
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "headline": article.title,
      "inLanguage": article.lang.rawValue,
    ]
    if let date = article.date { object["datePublished"] = date.iso }
    if let url = article.url { object["isBasedOn"] = url }
    if let canonical { object["url"] = canonical }
    if let source = article.source { object["publisher"] = ["@type": "Organization", "name": source] }
    if !article.authors.isEmpty {
      object["author"] = article.authors.map { ["@type": "Person", "name": $0] }
    }
    object["isPartOf"] = ["@type": "CreativeWork", "name": publisher]
    return encode(object)
  }

  static func thing(type: String, name: String, description: String?, sameAs: [String], canonical: String?)
    -> String
  {
    var object: [String: Any] = ["@context": "https://schema.org", "@type": type, "name": name]
    if let description, !description.isEmpty { object["description"] = description }
    if !sameAs.isEmpty { object["sameAs"] = sameAs }
    if let canonical { object["url"] = canonical }
    return encode(object)
  }

  static func encode(_ object: [String: Any]) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return JSONOutput.htmlSafe(String(decoding: data, as: UTF8.self))
  }
}
