/// What the importer removed from the raw text, by class.
public enum RemovalKind: String, Sendable, CaseIterable, Equatable {
  case adMarker = "ad marker"
  case sourceLink = "source link"
  case readMore = "read-more link"
  case sharePrompt = "share prompt"
  case commentPrompt = "comment prompt"
  case photoCredit = "photo credit"
  case cookieNotice = "cookie notice"
  case subscriptionNotice = "subscription notice"
  case publicationLine = "publication date line"
  /// A paragraph that repeats an earlier one, word for word or up to typography.
  case repeated = "repeat"
  /// The headline, moved to the front matter's `title`.
  case titleLine = "title line"
  /// A bare source link closing the article, moved to the front matter's `url`.
  case sourceURL = "source link line"
}

/// One thing the importer removed, where it stood in the raw text.
public struct RemovedItem: Sendable, Equatable {
  /// 1-based line in the decoded raw text.
  public var line: Int
  public var kind: RemovalKind
  /// The removed text, exactly as it stood on the line (after whitespace tidying).
  public var text: String
  /// For a repeat: the line of the copy that was kept.
  public var keptLine: Int?

  public init(line: Int, kind: RemovalKind, text: String, keptLine: Int? = nil) {
    self.line = line
    self.kind = kind
    self.text = text
    self.keptLine = keptLine
  }
}

/// A change made to the text without removing words.
public struct ImportRepair: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case whitespace = "stray whitespace tidied"
    case joinedLines = "sentence split across lines joined"
    case missingSpace = "missing space after a sentence end restored"
  }
  public var line: Int
  public var kind: Kind
  public var detail: String

  public init(line: Int, kind: Kind, detail: String) {
    self.line = line
    self.kind = kind
    self.detail = detail
  }
}

/// Where a value of the written article came from.
public enum ValueOrigin: Sendable, Equatable {
  /// Given on the command line.
  case option
  /// Read from the text at this line.
  case text(line: Int)
  /// Derived as a placeholder (a provisional title).
  case provisional
  /// Language guessed from word counts.
  case detected(french: Int, english: Int)
  /// No option and nothing in the text: the dossier's default.
  case fallback
  case none
}

/// A date or address the text gives about itself.
public struct MetadataHint<Value: Sendable & Equatable>: Sendable, Equatable {
  public var value: Value
  public var line: Int
  /// The words that gave it.
  public var evidence: String
  /// True when it sits in the readers' comments: reported, never used.
  public var inComments: Bool
}

/// What the importer recognised and removed in one file, with line numbers.
public struct ImportReport: Sendable {
  public var file: String
  public var title: String = ""
  public var titleOrigin: ValueOrigin = .none
  public var language: Language = .en
  public var languageOrigin: ValueOrigin = .none
  public var date: CalendarDate?
  public var dateOrigin: ValueOrigin = .none
  public var dateHints: [MetadataHint<CalendarDate>] = []
  public var url: String?
  public var urlOrigin: ValueOrigin = .none
  public var urlHints: [MetadataHint<String>] = []
  /// First line of the readers' comments and why it was chosen.
  public var commentsLine: Int?
  public var commentsReason: String?
  /// Quoted passages rendered as blockquotes: the introducing line and the passage's lines.
  public var quotations: [(intro: Int, lines: ClosedRange<Int>)] = []
  /// First lines of the paragraphs kept as captions.
  public var captions: [Int] = []
  /// Paragraphs that resemble an earlier one but differ in words: both kept.
  public var similarKept: [(earlier: Int, later: Int)] = []
  public var repairs: [ImportRepair] = []
  public var removed: [RemovedItem] = []
  public var notices: [Notice] = []

  public init(file: String) { self.file = file }

  /// The report as lines for a terminal, one fact per line.
  public var lines: [String] {
    var out: [String] = []
    out.append("  title: \(title) (\(describe(titleOrigin)))")
    out.append("  language: \(language.rawValue) (\(describe(languageOrigin)))")
    out.append("  date: \(date?.iso ?? "none") (\(describe(dateOrigin)))")
    for hint in dateHints {
      out.append(
        "    date hint: \(hint.value.iso) at line \(hint.line) from “\(clip(hint.evidence))”"
          + (hint.inComments ? " (in the comments: not used)" : ""))
    }
    out.append("  url: \(url ?? "none") (\(describe(urlOrigin)))")
    for hint in urlHints {
      out.append(
        "    url hint: \(hint.value) at line \(hint.line)"
          + (hint.inComments ? " (in the comments: not used)" : ""))
    }
    if let line = commentsLine {
      out.append("  comments: from line \(line), set apart (\(commentsReason ?? ""))")
    } else {
      out.append("  comments: none found")
    }
    for quotation in quotations {
      out.append(
        "  quotation: \(span(quotation.lines)) as a blockquote, introduced by line \(quotation.intro)")
    }
    if !captions.isEmpty {
      out.append("  captions: lines " + captions.map(String.init).joined(separator: ", "))
    }
    for pair in similarKept {
      out.append("  similar paragraphs kept: lines \(pair.earlier) and \(pair.later) differ in words")
    }
    let whitespace = repairs.filter { $0.kind == .whitespace }
    if !whitespace.isEmpty {
      out.append("  repaired: stray whitespace on \(whitespace.count) line(s)")
    }
    for repair in repairs where repair.kind != .whitespace {
      out.append("  repaired: line \(repair.line): \(repair.kind.rawValue): \(repair.detail)")
    }
    out.append("  removed: \(removed.count) item(s)")
    for item in removed {
      var line = "    line \(item.line): \(item.kind.rawValue): “\(clip(item.text))”"
      if let kept = item.keptLine { line += " (copy kept at line \(kept))" }
      out.append(line)
    }
    return out
  }

  func describe(_ origin: ValueOrigin) -> String {
    switch origin {
    case .option: return "from the command line"
    case .text(let line): return "from the text, line \(line)"
    case .provisional: return "provisional: no headline in the text; draft"
    case .detected(let french, let english):
      return "detected: \(french) French and \(english) English function words"
    case .fallback: return "dossier default"
    case .none: return "not found"
    }
  }

  func span(_ lines: ClosedRange<Int>) -> String {
    lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
  }

  func clip(_ text: String) -> String {
    text.count <= 70 ? text : String(text.prefix(67)) + "…"
  }
}
