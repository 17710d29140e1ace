import Foundation
import Yams

/// `dossier.yml`: the dossier's identity and the options a user would expect to set.
public struct DossierConfig: Sendable, Equatable {
  public var title: String
  public var description: String
  public var language: Language
  /// Absolute address the site will be published at; only feeds, sitemap and canonical
  /// links use it. Internal links are always relative.
  public var baseURL: String?
  public var author: String?
  /// How many related articles an article page lists.
  public var relatedArticles: Int
  /// Group the timeline by `month` or `year`.
  public var timelineGrouping: TimelineGrouping
  /// Past this many events the timeline gets one page per month (or year, per
  /// `timelineGrouping`) and its index becomes an overview; 0 keeps one page.
  public var timelineSplit: Int

  public enum TimelineGrouping: String, Sendable {
    case month, year
  }

  public init(
    title: String, description: String = "", language: Language = .en, baseURL: String? = nil,
    author: String? = nil, relatedArticles: Int = 5, timelineGrouping: TimelineGrouping = .month,
    timelineSplit: Int = 1000
  ) {
    self.title = title
    self.description = description
    self.language = language
    self.baseURL = baseURL
    self.author = author
    self.relatedArticles = relatedArticles
    self.timelineGrouping = timelineGrouping
    self.timelineSplit = timelineSplit
  }

  public static let fileName = "dossier.yml"
  static let knownKeys = [
    "title", "description", "language", "base_url", "author", "related_articles",
    "timeline_grouping", "timeline_split",
  ]

  public static func parse(_ text: String, file: String = fileName) throws -> (
    config: DossierConfig, notices: [Notice]
  ) {
    guard let mapping = try YAMLFields.compose(text, file: file, lineOffset: 0)?.mapping else {
      throw DossierError(
        file: file, line: 1, "dossier.yml must be a list of `key: value` lines",
        hint: "write at least `title: …` and `language: fr` (or en)")
    }
    var fields = YAMLFields(file: file, lineOffset: 0, mapping: mapping)
    let title = fields.string("title", required: true, example: "\"The dossier's title\"")
    var config = DossierConfig(title: title ?? "")
    config.description = fields.string("description") ?? ""
    config.language = fields.language("language") ?? .en
    config.author = fields.string("author")
    config.relatedArticles = fields.int("related_articles", in: 0...50) ?? 5
    if let grouping = fields.string("timeline_grouping") {
      if let value = TimelineGrouping(rawValue: grouping) {
        config.timelineGrouping = value
      } else {
        fields.fail(mapping["timeline_grouping"], "`timeline_grouping` must be `month` or `year`")
      }
    }
    config.timelineSplit = fields.int("timeline_split", in: 0...10_000_000) ?? 1000
    if let base = fields.string("base_url"), !base.isEmpty {
      if let normalized = normalizeBaseURL(base) {
        config.baseURL = normalized
      } else {
        fields.fail(
          mapping["base_url"], "`base_url` must be an absolute http(s) address, not `\(base)`",
          hint: "write it like https://example.org/dossier/ (no spaces, quotes or < >)")
      }
    }
    fields.warnUnknownKeys(known: knownKeys)
    if let first = fields.errors.first {
      throw fields.errors.count == 1 ? first as Error : DossierErrors(fields.errors)
    }
    return (config, fields.notices)
  }

  /// `https://host/path` → `https://host/path/`; nil when not an absolute http(s) URL.
  /// Spaces, control characters and `" < > \ ^ ` { | }` are refused: Foundation would accept
  /// them, and the address is written as is into robots.txt, where a line feed would add a
  /// crawler directive.
  public static func normalizeBaseURL(_ text: String) -> String? {
    let forbidden = Set("\"<>\\^`{|}".unicodeScalars)
    guard
      !text.unicodeScalars.contains(where: {
        $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || forbidden.contains($0)
      })
    else { return nil }
    guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    else { return nil }
    return text.hasSuffix("/") ? text : text + "/"
  }
}
