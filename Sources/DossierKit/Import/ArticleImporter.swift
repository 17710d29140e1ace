import Foundation

/// What the user says about the file being imported; every value overrides what the text
/// suggests.
public struct ImportOptions: Sendable {
  public var title: String?
  public var date: CalendarDate?
  public var source: String?
  public var url: String?
  public var lang: Language?
  /// The first words of the first reader comment: sets the comment boundary by hand.
  public var commentsFrom: String?
  /// The language when neither `lang` nor the text tells (the dossier's language).
  public var defaultLanguage: Language

  public init(
    title: String? = nil, date: CalendarDate? = nil, source: String? = nil, url: String? = nil,
    lang: Language? = nil, commentsFrom: String? = nil, defaultLanguage: Language = .en
  ) {
    self.title = title
    self.date = date
    self.source = source
    self.url = url
    self.lang = lang
    self.commentsFrom = commentsFrom
    self.defaultLanguage = defaultLanguage
  }
}

/// An imported article and the report of how it was made.
public struct ImportResult: Sendable {
  public var article: Article
  public var report: ImportReport
  /// The decoded raw text the report's line numbers refer to.
  public var sourceText: String

  /// The article file's contents, as `ArticleFile.parse` reads them.
  public var fileText: String { ArticleFile.render(article) }
}

/// Raw scraped article text → a clean article: CommonMark body, reader comments set apart,
/// front matter values, and a report of everything recognised and removed.
///
/// The steps, each in its own file: line model (`SourceLines`), boilerplate classes
/// (`Boilerplate`), paragraphs and split lines (`ParagraphBuilder`), missing spaces
/// (`MissingSpaceRepair`), headline (`TitleDetector`), comment boundary (`CommentBoundary`),
/// repeats (`RepeatDetector`), captions (`CaptionDetector`), quotations
/// (`QuotationDetector`), hints (`DateHints`, `LanguageDetector`), and Markdown
/// (`MarkdownEscaping`). `ImportLaw` checks the result lost no sentence.
public enum ArticleImporter {
  public static let articlesFolder = "Content/articles"

  /// Decodes the file's bytes (UTF-8 with or without BOM, CRLF, Windows-1252; binary is
  /// refused) and imports the text; decoding notices go in the report.
  public static func importData(_ data: Data, fileName: String, options: ImportOptions) throws
    -> ImportResult
  {
    let decoded = try TextDecoding.decode(data, file: fileName)
    var result = try importText(decoded.text, fileName: fileName, options: options)
    result.report.notices.insert(contentsOf: decoded.notices, at: 0)
    return result
  }

  /// Imports decoded text. Throws when the text is empty or `commentsFrom` is not in it.
  public static func importText(_ text: String, fileName: String, options: ImportOptions) throws
    -> ImportResult
  {
    var run = ImportRun(fileName: fileName, options: options, text: text)
    try run.perform()
    return ImportResult(article: run.article(), report: run.report, sourceText: text)
  }
}

/// The state of one import while its steps run.
struct ImportRun {
  let fileName: String
  let options: ImportOptions
  var lines: [SourceLine]
  var report: ImportReport
  var paragraphs: [DraftParagraph] = []
  /// Paragraphs [articleStart, commentsStart) are the article; the rest are comments.
  var articleStart = 0
  var commentsStart = 0
  var removedParagraphs = Set<Int>()
  /// Paragraph indices of pieces of a line split by `--comments-from` (never removed).
  var splitPieces = Set<Int>()
  var quotations: [QuotationDetector.Quotation] = []
  /// A headline found in the text but replaced by `--title`: kept as the first paragraph.
  var keptHeadline: Int?
  var draft = false

  init(fileName: String, options: ImportOptions, text: String) {
    self.fileName = fileName
    self.options = options
    self.lines = SourceLines.split(text)
    self.report = ImportReport(file: fileName)
  }

  mutating func perform() throws {
    if let date = options.date, date.precision != .day {
      throw DossierError(
        file: fileName, "--date must be a day (YYYY-MM-DD), not \(date.iso)",
        hint: "article files date an article to the day")
    }
    let removedLines = removeBoilerplate()
    buildParagraphs(skipping: removedLines)
    guard !paragraphs.isEmpty else {
      throw DossierError(
        file: fileName, "nothing to import: the file holds no article text",
        hint: "check that this is the right file")
    }
    chooseTitle()
    try findComments()
    removeRepeats()
    takeSourceURL()
    markCaptionsAndQuotations()
    readHints()
    chooseLanguage()
    // The report lists removals in line order (a line's own removals keep their order).
    report.removed = report.removed.enumerated()
      .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
  }

  // MARK: Steps

  /// Removes whole boilerplate lines and boilerplate fragments; returns removed line numbers.
  mutating func removeBoilerplate() -> Set<Int> {
    var removedLines = Set<Int>()
    for index in lines.indices {
      let line = lines[index]
      if line.tidied {
        report.repairs.append(ImportRepair(line: line.number, kind: .whitespace, detail: ""))
      }
      guard !line.text.isEmpty else { continue }
      if let kind = Boilerplate.wholeLine(line.text) {
        report.removed.append(RemovedItem(line: line.number, kind: kind, text: line.text))
        removedLines.insert(line.number)
        continue
      }
      var text = line.text
      for fragment in Boilerplate.fragments(in: line.text) {
        guard let range = text.range(of: fragment.text) else { continue }
        report.removed.append(RemovedItem(line: line.number, kind: fragment.kind, text: fragment.text))
        text.removeSubrange(range)
        text = SourceLines.tidy(text)
      }
      lines[index].text = text
      if text.isEmpty { removedLines.insert(line.number) }
    }
    return removedLines
  }

  mutating func buildParagraphs(skipping removedLines: Set<Int>) {
    var segments: [ParagraphBuilder.Segment] = []
    var blanks = 0
    for line in lines where !removedLines.contains(line.number) {
      if line.text.isEmpty {
        blanks += 1
        continue
      }
      segments.append(
        ParagraphBuilder.Segment(
          line: line.number, text: line.text, blankLinesBefore: segments.isEmpty ? 0 : blanks))
      blanks = 0
    }
    let built = ParagraphBuilder.build(segments)
    paragraphs = built.paragraphs
    report.repairs += built.joins
    for index in paragraphs.indices {
      let (text, repaired) = MissingSpaceRepair.repair(paragraphs[index].text)
      paragraphs[index].text = text
      for token in repaired {
        let line =
          paragraphs[index].lines.first(where: { lineText($0).contains(token) })
          ?? paragraphs[index].firstLine
        report.repairs.append(
          ImportRepair(line: line, kind: .missingSpace, detail: "“\(token)”"))
      }
    }
    commentsStart = paragraphs.count
  }

  mutating func chooseTitle() {
    let headline =
      TitleDetector.isHeadline(paragraphs[0], followedBy: paragraphs.dropFirst().first)
      ? paragraphs[0] : nil
    if let given = options.title.map(Self.readBack), !given.isEmpty {
      report.title = given
      report.titleOrigin = .option
      if let headline, TypographicKey.make(headline.text) == TypographicKey.make(given) {
        removeParagraph(0, kind: .titleLine)
        articleStart = 1
      } else if headline != nil {
        keptHeadline = 0
      }
    } else if let headline {
      report.title = Self.readBack(headline.text)
      report.titleOrigin = .text(line: headline.firstLine)
      removeParagraph(0, kind: .titleLine)
      articleStart = 1
    } else {
      report.title = Self.readBack(TitleDetector.provisional(from: paragraphs[0].text))
      report.titleOrigin = .provisional
      draft = true
      report.notices.append(
        Notice(
          file: fileName, line: paragraphs[0].firstLine,
          "no headline in the text: provisional title “\(report.title)”, marked draft; "
            + "pass --title to give the real one"))
    }
  }

  /// A title as `ArticleFile.parse` will read it back from the written file (the cleaning
  /// of `YAMLFields.string`), so the report and the article file agree.
  static func readBack(_ title: String) -> String {
    TextHygiene.clean(title).text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  mutating func findComments() throws {
    guard articleStart < paragraphs.count else { return }
    if let marker = options.commentsFrom?.trimmingCharacters(in: .whitespacesAndNewlines),
      !marker.isEmpty
    {
      try splitAtComments(marker)
    } else {
      let headerLine = report.removed.first(where: {
        $0.kind == .commentPrompt && Boilerplate.isCommentSectionHeader($0.text)
      })?.line
      let headerAfter = headerLine.flatMap { line in paragraphs.firstIndex(where: { $0.firstLine > line }) }
      if let found = CommentBoundary.detect(
        paragraphs, articleStart: articleStart, headerAfter: headerAfter)
      {
        commentsStart = found.index
        report.commentsReason = "heuristic: " + found.reason
      }
    }
    if commentsStart < paragraphs.count {
      report.commentsLine = paragraphs[commentsStart].firstLine
    }
  }

  /// Sets the boundary at the first paragraph holding `marker` (typography and spacing
  /// ignored), splitting that paragraph when the marker starts inside it.
  mutating func splitAtComments(_ marker: String) throws {
    let needle = Array(TypographicKey.make(marker))
    for index in articleStart..<paragraphs.count {
      let text = paragraphs[index].text
      let (key, origins) = TypographicKey.indexed(text)
      guard let offset = firstMatch(of: needle, in: key) else { continue }
      let start = origins[offset]
      if start == text.startIndex || text[..<start].allSatisfy(\.isWhitespace) {
        commentsStart = index
      } else {
        var before = paragraphs[index]
        var after = paragraphs[index]
        before.text = text[..<start].trimmingCharacters(in: .whitespaces)
        after.text = String(text[start...])
        let splitLine =
          paragraphs[index].lines.first(where: { lineText($0).contains(marker) }) ?? before.lines.last!
        after.lines = Array(before.lines.drop(while: { $0 < splitLine }))
        before.lines = Array(before.lines.prefix(while: { $0 <= splitLine }))
        paragraphs.replaceSubrange(index...index, with: [before, after])
        splitPieces.formUnion([index, index + 1])
        commentsStart = index + 1
      }
      report.commentsReason = "set by --comments-from"
      return
    }
    throw DossierError(
      file: fileName, "--comments-from: “\(marker)” is not in the article text",
      hint: "copy the first words of the first reader comment exactly as the file has them")
  }

  func firstMatch(of needle: [Character], in haystack: [Character]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start
    }
    return nil
  }

  mutating func removeRepeats() {
    let indices = articleIndices
    let repeats = RepeatDetector.repeats(indices.map { paragraphs[$0].text })
    for (later, earlier) in repeats.sorted(by: { $0.key < $1.key }) {
      let index = indices[later]
      guard !splitPieces.contains(index) else { continue }
      removeParagraph(index, kind: .repeated, keptLine: paragraphs[indices[earlier]].firstLine)
    }
    // The headline repeated as the first line of the body.
    if case .text(let titleLine) = report.titleOrigin {
      let titleKey = TypographicKey.make(report.title)
      for index in articleIndices where TypographicKey.make(paragraphs[index].text) == titleKey {
        removeParagraph(index, kind: .repeated, keptLine: titleLine)
      }
    }
    let kept = articleIndices
    for (earlier, later) in RepeatDetector.similarPairs(kept.map { paragraphs[$0].text }) {
      report.similarKept.append(
        (paragraphs[kept[earlier]].firstLine, paragraphs[kept[later]].firstLine))
    }
  }

  /// A bare source link closing the article becomes the front matter's `url`.
  mutating func takeSourceURL() {
    guard let last = articleIndices.last, !splitPieces.contains(last),
      let address = TextShape.sourceURL(paragraphs[last].text)
    else { return }
    if options.url == nil || options.url == address {
      report.url = address
      report.urlOrigin = options.url == nil ? .text(line: paragraphs[last].firstLine) : .option
      removeParagraph(last, kind: .sourceURL)
    }
  }

  mutating func markCaptionsAndQuotations() {
    let indices = articleIndices
    let repeatedKept = Set(
      report.removed.compactMap { $0.kind == .repeated ? $0.keptLine : nil })
    let article = indices.map { paragraphs[$0] }
    let repeatedPositions = Set(article.indices.filter { repeatedKept.contains(article[$0].firstLine) })
    let creditLines = Set(
      report.removed.compactMap { item in
        item.kind == .photoCredit && !lineText(item.line).isEmpty ? item.line : nil
      })
    let creditedPositions = Set(article.indices.filter { !creditLines.isDisjoint(with: article[$0].lines) })
    for position in CaptionDetector.captions(
      article, repeated: repeatedPositions, credited: creditedPositions)
    where indices[position] != keptHeadline {
      paragraphs[indices[position]].role = .caption
      report.captions.append(article[position].firstLine)
    }
    report.captions.sort()
    for quotation in QuotationDetector.find(indices.map { paragraphs[$0] }) {
      let passage = quotation.passage.map { indices[$0] }
      for index in passage { paragraphs[index].role = .quotation }
      quotations.append(
        QuotationDetector.Quotation(intro: indices[quotation.intro], passage: passage.first!...passage.last!))
      report.quotations.append(
        (
          paragraphs[indices[quotation.intro]].firstLine,
          paragraphs[passage.first!].firstLine...paragraphs[passage.last!].lines.last!
        ))
    }
  }

  /// Dates and addresses the text gives about itself, and the date and url chosen.
  mutating func readHints() {
    let commentsLine = report.commentsLine ?? Int.max
    var original: [Int: String] = [:]
    for item in report.removed where item.kind == .publicationLine { original[item.line] = item.text }
    for line in lines {
      let text = original[line.number] ?? line.text
      guard !text.isEmpty else { continue }
      let inComments = line.number >= commentsLine
      if let found = DateHints.publicationDate(in: text) {
        report.dateHints.append(
          MetadataHint(value: found.date, line: line.number, evidence: found.evidence, inComments: inComments)
        )
      }
      for address in DateHints.webAddresses(in: text) {
        report.urlHints.append(
          MetadataHint(value: address, line: line.number, evidence: address, inComments: inComments))
        if let date = DateHints.urlDate(in: address) {
          report.dateHints.append(
            MetadataHint(value: date, line: line.number, evidence: address, inComments: inComments))
        }
      }
    }
    // An article file's `date` is a day (`YAMLFields.day`): a month or a year read from the
    // text (a link's `/2023/03/`) is only named in the notice, never written.
    let coarse = report.dateHints.first(where: { !$0.inComments && $0.value.precision < .day })
    if let date = options.date {
      report.date = date
      report.dateOrigin = .option
    } else if let hint = report.dateHints.first(where: { !$0.inComments && $0.value.precision == .day }) {
      report.date = hint.value
      report.dateOrigin = .text(line: hint.line)
      report.notices.append(
        Notice(
          file: fileName, line: hint.line,
          "no --date: using \(hint.value.iso), read from “\(hint.evidence)”; check it or pass --date"))
    } else if let coarse {
      report.notices.append(
        Notice(
          file: fileName, line: coarse.line,
          "no date: the text gives only \(coarse.value.iso) (“\(coarse.evidence)”), not a day; "
            + "the article is undated and left out of the timeline; pass --date"))
    } else {
      report.notices.append(
        Notice(file: fileName, "no date: the article is undated and left out of the timeline; pass --date"))
    }
    if let url = options.url {
      report.url = url
      report.urlOrigin = .option
    } else if report.url != nil {
      report.notices.append(
        Notice(
          file: fileName, line: lineOf(report.urlOrigin),
          "no --url: using the source link the article ends with; check it or pass --url"))
    }
  }

  mutating func chooseLanguage() {
    if let lang = options.lang {
      report.language = lang
      report.languageOrigin = .option
      return
    }
    let text = articleIndices.map { paragraphs[$0].text }.joined(separator: "\n")
    let detected = LanguageDetector.detect(text)
    if let language = detected.language {
      report.language = language
      report.languageOrigin = .detected(french: detected.french, english: detected.english)
    } else {
      report.language = options.defaultLanguage
      report.languageOrigin = .fallback
      report.notices.append(
        Notice(
          file: fileName,
          "could not tell the language (\(detected.french) French, \(detected.english) English "
            + "function words): using \(options.defaultLanguage.rawValue); pass --lang"))
    }
  }

  // MARK: Result

  func article() -> Article {
    var slug = Slug.make(report.title)
    if slug.isEmpty { slug = Slug.make((fileName as NSString).lastPathComponent) }
    if slug.isEmpty { slug = "article" }
    let comments = (commentsStart..<paragraphs.count).filter { !removedParagraphs.contains($0) }
      .map { markdown(paragraphs[$0]) }
    return Article(
      slug: slug, file: "\(ArticleImporter.articlesFolder)/\(slug).md", title: report.title,
      date: report.date, source: options.source, url: report.url, lang: report.language,
      draft: draft, body: bodyMarkdown(),
      comments: comments.isEmpty ? nil : comments.joined(separator: "\n\n"))
  }

  func bodyMarkdown() -> String {
    var blocks: [String] = []
    for index in articleIndices {
      let paragraph = paragraphs[index]
      if paragraph.role == .quotation {
        guard let quotation = quotations.first(where: { $0.passage.contains(index) }),
          quotation.passage.lowerBound == index
        else { continue }
        let quoted = quotation.passage.filter { !removedParagraphs.contains($0) }
          .map { "> " + markdown(paragraphs[$0]) }
        blocks.append(quoted.joined(separator: "\n>\n"))
      } else {
        blocks.append(markdown(paragraph))
      }
    }
    return blocks.joined(separator: "\n\n")
  }

  func markdown(_ paragraph: DraftParagraph) -> String {
    if paragraph.role == .caption { return MarkdownEscaping.emphasised(paragraph.text) }
    if let address = TextShape.soleURL(paragraph.text), address == paragraph.text {
      return MarkdownEscaping.link(address)
    }
    return MarkdownEscaping.escape(paragraph.text)
  }

  // MARK: Helpers

  var articleIndices: [Int] {
    (articleStart..<commentsStart).filter { !removedParagraphs.contains($0) }
  }

  func lineText(_ number: Int) -> String {
    lines.indices.contains(number - 1) ? lines[number - 1].text : ""
  }

  func lineOf(_ origin: ValueOrigin) -> Int? {
    if case .text(let line) = origin { return line }
    return nil
  }

  /// Removes a paragraph, listing each of its source lines in the report.
  mutating func removeParagraph(_ index: Int, kind: RemovalKind, keptLine: Int? = nil) {
    guard !removedParagraphs.contains(index) else { return }
    removedParagraphs.insert(index)
    for line in paragraphs[index].lines {
      report.removed.append(RemovedItem(line: line, kind: kind, text: lineText(line), keptLine: keptLine))
    }
  }
}
