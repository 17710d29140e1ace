import Foundation

/// One article's dated sentences, as the timeline reads them.
public struct TimelineArticle: Sendable {
  public var slug: String
  /// The publication date: orders reports of the same day (earliest article first).
  public var published: CalendarDate?
  /// The article's sentences (at least those the dates point to).
  public var sentences: [Sentence]
  /// The article's resolved dates, from `DateResolver`.
  public var dates: [ResolvedDate]
  /// Entity ids named in each sentence, by the sentence's place in `sentences`; may be
  /// shorter (the sentences after have none).
  public var entities: [[String]]
  /// One per date, made with the analysis (`LinkFeatures`); nil: made here.
  public var features: [TimelineReportFeatures]?

  public init(
    slug: String, published: CalendarDate?, sentences: [Sentence], dates: [ResolvedDate],
    entities: [[String]] = [], features: [TimelineReportFeatures]? = nil
  ) {
    self.slug = slug
    self.published = published
    self.sentences = sentences
    self.dates = dates
    self.entities = entities
    self.features = features
  }
}

/// What timeline merging reads of one dated sentence besides its date and entities.
public struct TimelineReportFeatures: Sendable, Equatable {
  /// The sentence's text with uniform apostrophes and spaces (`Timeline.normalized`),
  /// hashed: a sentence repeated word for word gives its events once.
  public var repeatKey: UInt64
  /// `Timeline.contentWords` of the sentence, without the date expression: sorted, each
  /// once (an array is a third of a set's memory, and there is one per dated sentence).
  public var words: [String]

  public init(text: String, expression: Range<Int>) {
    var hash = StableHash()
    hash.add(Timeline.normalized(text))
    repeatKey = hash.value
    words = Timeline.contentWords(text, without: expression)
  }

  init(repeatKey: UInt64, words: [String]) {
    self.repeatKey = repeatKey
    self.words = words
  }
}

/// Where else an event is reported: an article, the sentence's anchor and its text.
public struct TimelineCitation: Sendable, Hashable {
  public var article: String
  public var anchor: String
  public var text: String

  public init(article: String, anchor: String, text: String) {
    self.article = article
    self.anchor = anchor
    self.text = text
  }
}

/// A dated event: the sentence holding a date expression, placed on the calendar.
public struct TimelineEvent: Sendable, Hashable {
  public var date: CalendarDate
  /// The words that gave the date (« le 24 février »).
  public var expression: String
  /// UTF-8 offsets of `expression` in `text`, for highlighting.
  public var expressionRange: Range<Int>
  /// The sentence.
  public var text: String
  public var article: String
  public var anchor: String
  /// Entity ids of the sentence, with those of the other reports after them.
  public var entities: [String]
  /// The same event in other articles, earliest published first.
  public var alsoReportedBy: [TimelineCitation]
}

/// Builds the dossier's timeline from every article's dated sentences.
public enum Timeline {
  /// The events of `articles`, in chronological order: by date (a coarser date before the
  /// finer ones it holds: `2022`, `2022-02`, `2022-02-24`), then by publication date of the
  /// article (undated last), then slug and position in the article.
  ///
  /// One sentence gives one event per distinct date, whatever the number of expressions
  /// giving it (« du 3 au 5 mars », « vendredi … vendredi »). A sentence an article repeats
  /// word for word (a caption printed twice) gives its events once.
  ///
  /// Two reports from different articles are the same event when both hold:
  /// - the same date at day or month precision: a year is too coarse to tell that two
  ///   sentences speak of one thing;
  /// - and the sentences say substantially the same thing: at least 60 % of the content
  ///   words of the shorter sentence (words of 4 letters or more, accents and case folded,
  ///   common function words and the date expression left out) appear in the other, with
  ///   at least 3 in common; or
  ///   they name at least two of the same entities (one for a day-precision date, since
  ///   one entity on one day is already specific).
  /// The first report (earliest article) is the event; the others go to `alsoReportedBy`
  /// in publication order, and their entities join the event's. Matching is with the
  /// event's first report, so a chain of loosely similar sentences never merges.
  ///
  /// With `memo`, each date's decisions are taken from the last build when its reports
  /// are what they were then (`TimelineMemo`).
  public static func events(from articles: [TimelineArticle], memo: TimelineMemo? = nil) -> [TimelineEvent] {
    // Each article's reports across cores (normalising and splitting words is most of it),
    // with what merging reads of each, hashed for the memo.
    let made: [(reports: [Report], reads: [UInt64])] = Array(articles.indices).parallelMap { articleIndex in
      let article = articles[articleIndex]
      var reports: [Report] = []
      reports.reserveCapacity(article.dates.count)
      var sentences = SentenceCursor(article.sentences)
      var seen: Set<RepeatKey> = []
      let kept = article.features?.count == article.dates.count ? article.features : nil
      for (dateIndex, resolved) in article.dates.enumerated() {
        guard let position = sentences.find(resolved.sentenceAnchor) else { continue }
        let sentence = article.sentences[position]
        let features =
          kept?[dateIndex] ?? TimelineReportFeatures(text: sentence.text, expression: resolved.range)
        guard seen.insert(RepeatKey(date: resolved.date, text: features.repeatKey)).inserted else { continue }
        reports.append(
          Report(
            published: article.published, slug: article.slug,
            position: position, resolved: resolved, text: sentence.text,
            entities: article.entities.indices.contains(position) ? article.entities[position] : [],
            words: features.words))
      }
      return (reports, memo == nil ? [] : reports.map(TimelineMemo.read))
    }
    let reports = made.map(\.reports)
    let reads = made.map(\.reads)
    // Put in order by position: a report is large, and a sorted copy of them all (or a
    // flat one) was a large dossier's peak of memory.
    var positions: [ReportPosition] = []
    positions.reserveCapacity(reports.reduce(0) { $0 + $1.count })
    for (article, list) in reports.enumerated() {
      for index in list.indices { positions.append(ReportPosition(article: article, index: index)) }
    }
    // Sorted by keys of plain numbers, in `Report.precedes`'s order: comparing the reports
    // themselves copied two of them (strings and lists) at every comparison, and this sort
    // was the timeline's largest serial part.
    let slugRank = Dictionary(
      uniqueKeysWithValues: Set(articles.map(\.slug)).sorted().enumerated().map { ($1, $0) })
    let keys = positions.map { at in
      let report = reports[at.article][at.index]
      return ReportOrder(
        date: Self.orderKey(report.resolved.date), published: report.published.map(Self.orderKey) ?? .max,
        slug: slugRank[report.slug] ?? 0, position: report.position, offset: report.resolved.range.lowerBound)
    }
    let order = positions.indices.sorted { keys[$0] < keys[$1] }.map { positions[$0] }

    // Only reports of the same date can be one event, and the reports are in date order:
    // each date's run of reports is merged on its own, across cores, and the runs' events
    // put end to end are in the same order as one pass over all of them would give.
    func date(_ position: ReportPosition) -> CalendarDate {
      reports[position.article][position.index].resolved.date
    }
    var runs: [Range<Int>] = []
    var runStart = 0
    for index in order.indices.dropFirst() where date(order[index]) != date(order[index - 1]) {
      runs.append(runStart..<index)
      runStart = index
    }
    if !order.isEmpty { runs.append(runStart..<order.count) }
    // A date's decisions depend on its reports only: the memo keeps them by what they read.
    var decided = runs.parallelMap { run in
      let runReports = order[run].lazy.map { reports[$0.article][$0.index] }
      let key =
        memo == nil
        ? 0
        : TimelineMemo.key(
          date: reports[order[run.lowerBound].article][order[run.lowerBound].index].resolved.date,
          reads: order[run].lazy.map { reads[$0.article][$0.index] })
      let decisions = memo?.decisions(for: key, count: run.count) ?? decide(runReports)
      return (key: key, decisions: decisions, events: assemble(runReports, decisions: decisions))
    }
    memo?.keep(decided.map { ($0.key, $0.decisions) })
    var events: [TimelineEvent] = []
    events.reserveCapacity(decided.reduce(0) { $0 + $1.events.count })
    for index in decided.indices {
      events += decided[index].events
      decided[index].events = []
    }
    freeInBackground((made, reports, reads))
    return events
  }

  /// A report's place in chronological order (`Report.precedes`) as numbers.
  struct ReportOrder: Comparable {
    var date: Int
    var published: Int  // undated last
    var slug: Int  // the slug's rank in text order
    var position: Int
    var offset: Int

    static func < (a: ReportOrder, b: ReportOrder) -> Bool {
      (a.date, a.published, a.slug, a.position, a.offset) < (
        b.date, b.published, b.slug, b.position, b.offset
      )
    }
  }

  /// A date as one number in `CalendarDate`'s order (a coarser date before the finer ones
  /// it holds): month and day are at most two digits.
  static func orderKey(_ date: CalendarDate) -> Int {
    date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0)
  }

  /// Where a report is: its article's list, and its place in it.
  struct ReportPosition {
    var article: Int
    var index: Int
  }

  /// Which event each report of one date is, the reports in their order: -1 for a report
  /// that is the first of its event, else the place of the event it reports again among
  /// the reports' events. `assemble` makes the events from them.
  static func decide<Reports: Sequence<Report>>(_ reports: Reports) -> [Int32] {
    var decisions: [Int32] = []
    var leaders: [Report] = []  // the first report of each event, in order
    var reporters: [[String]] = []  // the slugs of the articles reporting each event
    // Events by one entity or content word of their first report: a report can only be the
    // same event as a leader it shares one of them with (see `sameEvent`), so these lists
    // hold every possible match while growing with the dossier, not its square.
    var byFeature: [Feature: [Int]] = [:]
    func features(of report: Report) -> [Feature] {
      report.entities.map { Feature(isEntity: true, value: $0) }
        + report.words.map { Feature(isEntity: false, value: $0) }
    }
    for report in reports {
      if report.resolved.date.precision != .year {
        let reportFeatures = features(of: report)
        var candidates: [Int] = []
        for feature in reportFeatures { candidates += byFeature[feature] ?? [] }
        candidates.sort()
        // In event order, so the earliest matching event wins, as a scan of the day would
        // (each once: an event shares several features with the report).
        if let match = candidates.indices.lazy.filter({ $0 == 0 || candidates[$0] != candidates[$0 - 1] })
          .map({ candidates[$0] }).first(where: { index in
            // An article (its slug: the loader makes them unique) reports an event once;
            // `reporters` starts with the leader's. So what is read is what `TimelineMemo.key` holds.
            !reporters[index].contains(report.slug) && sameEvent(leaders[index], report)
          })
        {
          decisions.append(Int32(match))
          reporters[match].append(report.slug)
          continue
        }
        for feature in reportFeatures { byFeature[feature, default: []].append(leaders.count) }
      }
      decisions.append(-1)
      leaders.append(report)
      reporters.append([report.slug])
    }
    return decisions
  }

  /// The events `decisions` (one per report, as `decide` gives them) make of reports of
  /// one date: a leader is its event, the others go to `alsoReportedBy` and their entities
  /// join the event's.
  static func assemble<Reports: Sequence<Report>>(_ reports: Reports, decisions: [Int32]) -> [TimelineEvent] {
    var events: [TimelineEvent] = []
    for (report, decision) in zip(reports, decisions) {
      guard decision >= 0 else {
        events.append(
          TimelineEvent(
            date: report.resolved.date, expression: report.resolved.expression,
            expressionRange: report.resolved.range, text: report.text, article: report.slug,
            anchor: report.resolved.sentenceAnchor, entities: report.entities, alsoReportedBy: []))
        continue
      }
      let match = Int(decision)
      events[match].alsoReportedBy.append(
        TimelineCitation(article: report.slug, anchor: report.resolved.sentenceAnchor, text: report.text))
      for entity in report.entities where !events[match].entities.contains(entity) {
        events[match].entities.append(entity)
      }
    }
    return events
  }

  /// An entity or a content word of a report, which events are found by.
  struct Feature: Hashable {
    var isEntity: Bool
    var value: String
  }

  struct RepeatKey: Hashable {
    var date: CalendarDate
    var text: UInt64
  }

  /// One sentence's date in one article, before merging.
  struct Report: Sendable {
    var published: CalendarDate?
    var slug: String
    var position: Int
    var resolved: ResolvedDate
    var text: String
    var entities: [String]
    /// Sorted, each once.
    var words: [String]

    /// The timeline's order, as a comparison of two reports. The sort uses `ReportOrder`,
    /// the same order in numbers, which a test holds equal to this.
    static func precedes(_ a: Report, _ b: Report) -> Bool {
      if a.resolved.date != b.resolved.date { return a.resolved.date < b.resolved.date }
      switch (a.published, b.published) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: break
      }
      if a.slug != b.slug { return a.slug < b.slug }
      if a.position != b.position { return a.position < b.position }
      return a.resolved.range.lowerBound < b.resolved.range.lowerBound
    }
  }

  static func sameEvent(_ a: Report, _ b: Report) -> Bool {
    if sharedCount(unsorted: a.entities, b.entities) >= (a.resolved.date.precision == .day ? 1 : 2) {
      return true
    }
    let shared = sharedCount(a.words, b.words)
    let shorter = min(a.words.count, b.words.count)
    return shared >= 3 && Double(shared) >= 0.6 * Double(shorter)
  }

  /// How many distinct values of `a` are in `b`: a sentence names a few entities, and
  /// making sets of them for every comparison was a tenth of merging.
  static func sharedCount(unsorted a: [String], _ b: [String]) -> Int {
    var shared = 0
    for (position, value) in a.enumerated() where b.contains(value) && !a[..<position].contains(value) {
      shared += 1
    }
    return shared
  }

  /// How many words two sorted lists of distinct words have in common.
  static func sharedCount(_ a: [String], _ b: [String]) -> Int {
    var (i, j, shared) = (0, 0, 0)
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }

  /// The words that carry a sentence's content: 4 letters or more, folded, minus function
  /// words of French and English and minus the date expression itself (two sentences do
  /// not tell the same thing because both say « vendredi »).
  static func contentWords(_ text: String, without expression: Range<Int>) -> [String] {
    var bytes = Array(text.utf8)
    if expression.upperBound <= bytes.count { bytes.replaceSubrange(expression, with: [0x20]) }
    let folded = String(decoding: bytes, as: UTF8.self)
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var words: Set<String> = []
    for word in folded.split(whereSeparator: { !Self.isLetter($0) }) where word.count >= 4 {
      let word = String(word)
      if !functionWords.contains(word) { words.insert(word) }
    }
    return words.sorted()
  }

  /// `Character.isLetter`, answered at once for ASCII.
  static func isLetter(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return character.isLetter }
    return ScalarClass.isAlphabetic(Unicode.Scalar(ascii))
  }

  /// The sentence with its apostrophes, quotes and spaces made uniform, to spot repeats.
  static func normalized(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var lastWasSpace = false
    for character in text {
      switch character {
      case "’", "‘", "ʼ": result.append("'")
      case " ", "\u{A0}", "\u{202F}", "\t", "\n":
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
        continue
      default: result.append(character)
      }
      lastWasSpace = false
    }
    return result
  }

  static let functionWords: Set<String> = [
    // French
    "alors", "aussi", "autre", "autres", "avait", "avaient", "avec", "cela", "celle", "celui", "cette",
    "comme", "dans", "depuis", "donc", "elle", "elles", "encore", "entre", "etait", "leur", "leurs",
    "lors", "lorsque", "mais", "meme", "moins", "notre", "nous", "pour", "quand", "sans", "selon", "sera",
    "serait", "sont", "sous", "tous", "tout", "toute", "toutes", "tres", "vers", "votre", "vous", "ainsi",
    "apres", "avant", "deja", "dont", "contre", "chez", "ceux", "ces", "plus", "puis", "quel", "quelle",
    "quels", "quelles", "seront", "etre", "avoir", "fait", "faire", "egalement", "cependant",
    // English
    "that", "this", "with", "from", "have", "been", "were", "they", "their", "them", "which", "when",
    "what", "will", "would", "there", "than", "then", "into", "also", "about", "after", "before", "more",
    "most", "some", "such", "only", "over", "said", "says", "while", "where", "these", "those", "being",
    "could", "should", "other", "because", "very", "just", "your", "ours", "here",
  ]
}
