import Foundation

/// The on-disk form of a kept analysis: sentences, mentions, resolved dates and link
/// features as length-prefixed fields. Foundation's JSON coders took as long to write and read 1,000
/// articles' analyses (21 MB) as analysing them again; this is a copy of the bytes.
/// `decode` checks every length and value and returns nil on anything unexpected.
enum AnalysisCoding {
  static let magic = Array("dossier analysis 2\n".utf8)

  /// An analysis read back, without its article (read again from its file).
  struct Stored {
    var text: ArticleText
    var mentions: ArticleMentions
    var dates: [ResolvedDate]
    var features: LinkFeatures
  }

  static func encode(_ analysis: AnalyzedArticle) -> [UInt8] {
    let (text, mentions, dates) = (analysis.text, analysis.mentions, analysis.dates)
    var out = ByteWriter(bytes: magic)
    out.int(text.sentences.count)
    for sentence in text.sentences {
      out.string(sentence.anchor)
      out.string(sentence.text)
      out.int(sentence.block)
      out.range(sentence.range)
    }
    out.string(mentions.article)
    out.int(mentions.mentions.count)
    for mention in mentions.mentions {
      out.string(mention.sentenceAnchor)
      let candidate = mention.candidate
      out.range(candidate.range)
      out.string(candidate.surface)
      out.string(candidate.name)
      out.string(candidate.type.rawValue)
      out.int(candidate.evidence.rawValue)
      out.optional(candidate.placeKey)
      out.int(candidate.isTentative ? 1 : 0)
    }
    out.int(dates.count)
    for date in dates {
      out.string(date.sentenceAnchor)
      out.range(date.range)
      out.string(date.expression)
      out.int(date.date.year)
      out.int(date.date.month ?? 0)
      out.int(date.date.day ?? 0)
    }
    let features = analysis.features
    out.int(features.words.count)
    for word in features.words {
      out.string(word.word)
      out.int(Int(word.count))
    }
    out.int(features.reports.count)
    for report in features.reports {
      out.int(Int(Int64(bitPattern: report.repeatKey)))
      out.int(report.words.count)
      for word in report.words { out.string(word) }
    }
    return out.bytes
  }

  static func decode(_ data: Data) -> Stored? {
    var input = ByteReader(bytes: [UInt8](data))
    guard input.take(magic.count) == magic[...] else { return nil }
    var sentences: [Sentence] = []
    guard let sentenceCount = input.count() else { return nil }
    for _ in 0..<sentenceCount {
      guard let anchor = input.string(), let text = input.string(), let block = input.int(),
        let range = input.range()
      else { return nil }
      sentences.append(Sentence(anchor: anchor, text: text, block: block, range: range))
    }
    guard let article = input.string(), let mentionCount = input.count() else { return nil }
    var mentions: [SentenceMention] = []
    for _ in 0..<mentionCount {
      guard let anchor = input.string(), let range = input.range(), let surface = input.string(),
        let name = input.string(), let type = input.string().flatMap(EntityType.init(rawValue:)),
        let evidence = input.int().flatMap(TypeEvidence.init(rawValue:)), let placeKey = input.optional(),
        let tentative = input.int()
      else { return nil }
      mentions.append(
        SentenceMention(
          sentenceAnchor: anchor,
          candidate: MentionCandidate(
            range: range, surface: surface, name: name, type: type, evidence: evidence, placeKey: placeKey,
            isTentative: tentative == 1)))
    }
    guard let dateCount = input.count() else { return nil }
    var dates: [ResolvedDate] = []
    for _ in 0..<dateCount {
      guard let anchor = input.string(), let range = input.range(), let expression = input.string(),
        let year = input.int(), let month = input.int(), let day = input.int()
      else { return nil }
      dates.append(
        ResolvedDate(
          sentenceAnchor: anchor, range: range, expression: expression,
          date: CalendarDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)))
    }
    guard let wordCount = input.count() else { return nil }
    var words: [RelatedArticles.WordCount] = []
    words.reserveCapacity(wordCount)
    for _ in 0..<wordCount {
      guard let word = input.string(), let count = input.int(), count > 0 else { return nil }
      // Sorted and distinct, as `RelatedArticles.wordCounts` makes them; anything else is not trusted.
      if let last = words.last, last.word >= word { return nil }
      words.append(RelatedArticles.WordCount(word: word, count: Double(count)))
    }
    guard let reportCount = input.count(), reportCount == dates.count else { return nil }
    var reports: [TimelineReportFeatures] = []
    for _ in 0..<reportCount {
      guard let key = input.int(), let count = input.count() else { return nil }
      var reportWords: [String] = []
      for _ in 0..<count {
        guard let word = input.string(), reportWords.last.map({ $0 < word }) ?? true else { return nil }
        reportWords.append(word)
      }
      reports.append(TimelineReportFeatures(repeatKey: UInt64(bitPattern: Int64(key)), words: reportWords))
    }
    guard input.atEnd else { return nil }
    return Stored(
      text: ArticleText(sentences: sentences),
      mentions: ArticleMentions(article: article, mentions: mentions),
      dates: dates, features: LinkFeatures(words: words, reports: reports))
  }
}
