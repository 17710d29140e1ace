/// One article of the dossier, as read from `Content/articles/<slug>.md`.
public struct Article: Sendable, Hashable {
  public var slug: String
  /// Path of the source file relative to the dossier root, for messages.
  public var file: String
  public var title: String
  public var date: CalendarDate?
  public var source: String?
  public var url: String?
  public var lang: Language
  public var authors: [String]
  public var draft: Bool
  /// The article's own words, CommonMark.
  public var body: String
  /// 1-based line of the file on which `body` starts, so body positions map to file lines.
  public var bodyLine: Int
  /// Reader comments kept by the importer after `ArticleFile.commentsMarker`, CommonMark.
  /// Shown apart on the page and never indexed as the article's words.
  public var comments: String?

  public init(
    slug: String, file: String, title: String, date: CalendarDate?, source: String? = nil,
    url: String? = nil, lang: Language, authors: [String] = [], draft: Bool = false,
    body: String, bodyLine: Int = 1, comments: String? = nil
  ) {
    self.slug = slug
    self.file = file
    self.title = title
    self.date = date
    self.source = source
    self.url = url
    self.lang = lang
    self.authors = authors
    self.draft = draft
    self.body = body
    self.bodyLine = bodyLine
    self.comments = comments
  }
}
