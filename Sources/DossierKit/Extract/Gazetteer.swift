/// Place names from real sources (see `GazetteerData` and docs/gazetteer.md), looked up by
/// their folded words so « Etats-Unis », « États-Unis » and « ÉTATS-UNIS » all match.
struct Gazetteer: Sendable {
  enum Kind: String, Sendable, Comparable {
    case country, capital, continent, region, city

    /// Which reading of an ambiguous name wins: a country over a US state ("Georgia"), a
    /// capital over a state of the same name ("Washington").
    var rank: Int {
      switch self {
      case .country: return 0
      case .capital: return 1
      case .continent: return 2
      case .region: return 3
      case .city: return 4
      }
    }

    static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
  }

  struct Entry: Sendable, Hashable {
    var name: String
    var kind: Kind
    /// Shared by every spelling of one place: `country:FR`, `city:2988507`.
    var key: String
  }

  /// Entries by their words' folded forms joined with spaces, best reading first.
  private let entries: [String: Entry]
  /// The most words a name starting with a given folded word has.
  private let longestByFirstWord: [String: Int]

  static let shared = Gazetteer(text: GazetteerData.text)

  init(text: String) {
    var entries: [String: Entry] = [:]
    var longest: [String: Int] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 4, let kind = Kind(rawValue: String(fields[2])) else { continue }
      let entry = Entry(name: String(fields[0]), kind: kind, key: String(fields[3]))
      let words = NameTokenizer.tokens(entry.name).filter { $0.kind != .punctuation }.map(\.folded)
      guard let first = words.first else { continue }
      let joined = words.joined(separator: " ")
      if let existing = entries[joined], existing.kind <= kind { continue }
      entries[joined] = entry
      longest[first] = max(longest[first] ?? 0, words.count)
    }
    self.entries = entries
    self.longestByFirstWord = longest
  }

  /// The longest place name made of `tokens[start...]` (words only; punctuation ends it),
  /// with how many tokens it covers.
  func longestMatch(in tokens: [NameToken], from start: Int) -> (length: Int, entry: Entry)? {
    guard start < tokens.count, tokens[start].kind == .word,
      let most = longestByFirstWord[tokens[start].folded]
    else { return nil }
    var words: [String] = []
    var best: (Int, Entry)?
    var index = start
    while index < tokens.count, words.count < most, tokens[index].kind != .punctuation {
      words.append(tokens[index].folded)
      index += 1
      if let entry = entries[words.joined(separator: " ")] { best = (index - start, entry) }
    }
    return best
  }

  func entry(named name: String) -> Entry? {
    let words = NameTokenizer.tokens(name).filter { $0.kind != .punctuation }.map(\.folded)
    return entries[words.joined(separator: " ")]
  }

  /// Whether some single-word country, continent or region name starts with `stem` (for
  /// demonyms: "Russ-ian", « Améric-ains »), for stems of four letters or more.
  func hasCountry(startingWith stem: String) -> Bool {
    Self.countryPrefixes.contains(stem)
  }

  /// Every prefix of four letters or more of those names.
  private static let countryPrefixes: Set<String> = {
    var prefixes = Set<String>()
    for line in GazetteerData.text.split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard fields.count == 4, fields[2] == "country" || fields[2] == "continent" || fields[2] == "region",
        !fields[0].contains(" ")
      else { continue }
      let word = Array(TextFold.fold(fields[0].unicodeScalars))
      guard word.count >= 4 else { continue }
      for length in 4...word.count { prefixes.insert(String(word[0..<length])) }
    }
    return prefixes
  }()
}
