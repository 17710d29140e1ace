import Foundation

/// Related coverage: which articles speak of the same things, and which report the same story.
///
/// Each article is described by two weighted vectors: the entities it mentions and its
/// distinctive words, both weighted by rarity (TF-IDF: an entity or word in every article says
/// nothing). Relatedness is a blend of the two cosine similarities, as Hugo's `related`
/// blends weighted indices. Candidates come from inverted indexes over each article's
/// strongest features only, bounded per feature, so the work grows with the dossier, not with
/// its square.
public struct RelatedArticles: Sendable {
  public struct Input: Sendable {
    public var slug: String
    /// Entity id → number of mentions in the article.
    public var entities: [String: Int]
    /// The article's words (body only), for word similarity: `wordCounts` of its text.
    public var words: [WordCount]
    public var date: CalendarDate?
    public init(slug: String, entities: [String: Int], words: [WordCount], date: CalendarDate?) {
      self.slug = slug
      self.entities = entities
      self.words = words
      self.date = date
    }

    public init(slug: String, entities: [String: Int], text: String, date: CalendarDate?) {
      self.init(slug: slug, entities: entities, words: RelatedArticles.wordCounts(text), date: date)
    }
  }

  /// A word of an article and how often it occurs. An article's words are a sorted array
  /// rather than a dictionary: a large dossier keeps one list per article in memory.
  public struct WordCount: Sendable, Hashable {
    public var word: String
    public var count: Double

    public init(word: String, count: Double) {
      self.word = word
      self.count = count
    }
  }

  public struct Match: Sendable, Hashable {
    public var slug: String
    public var score: Double
  }

  /// How much shared entities count against shared words.
  public var entityWeight = 0.6
  /// Below this score an article is not listed as related.
  public var threshold = 0.12
  /// At or above this score, and published within `storyWindowDays`, two articles are taken
  /// to report the same story.
  public var storyThreshold = 0.45
  public var storyWindowDays = 4
  /// Features per article kept for candidate search and scoring.
  public var featuresPerArticle = 40
  /// Articles per feature kept for candidate search (those that weigh it most).
  public var postingsPerFeature = 64

  public init() {}

  public struct Result: Sendable {
    /// Slug → related articles, best first.
    public var related: [String: [Match]]
    /// Groups of slugs (two or more) reporting the same story, largest first.
    public var stories: [[String]]
  }

  /// One chunk's results.
  private struct Scored: Sendable {
    var related: [(String, [Match])]
    var storyLinks: [(Int, Int)]
  }

  public func compute(_ inputs: [Input], limit: Int) -> Result {
    let (entityVectors, entityCount) = weighted(inputs.map(\.entities)) { ($0.key, Double($0.value)) }
    let (wordVectors, wordCount) = weighted(inputs.map(\.words)) { ($0.word, $0.count) }
    let entityIndex = Self.postings(entityVectors, features: entityCount, keep: postingsPerFeature)
    let wordIndex = Self.postings(wordVectors, features: wordCount, keep: postingsPerFeature)
    // A feature shared by a large share of the dossier cannot tell articles apart.
    let commonFeature = max(50, inputs.count / 5)
    // Articles are scored independently: in chunks across cores, each with its own scratch.
    let chunk = max(64, inputs.count / 16)
    let chunks = stride(from: 0, to: inputs.count, by: chunk).map { $0..<min($0 + chunk, inputs.count) }
    let scored = chunks.parallelMap { range in
      var related: [(String, [Match])] = []
      var storyLinks: [(Int, Int)] = []
      var entityScore = [Double](repeating: 0, count: inputs.count)
      var wordScore = [Double](repeating: 0, count: inputs.count)
      var touched: [Int] = []
      var isTouched = [Bool](repeating: false, count: inputs.count)
      for article in range {
        // Dot products accumulated through the posting lists: the vectors are L2-normalised,
        // so each sum is the cosine similarity over the features the lists hold.
        func accumulate(_ vector: Vector, _ index: [Postings], into scores: inout [Double]) {
          for (feature, weight) in vector {
            let postings = index[Int(feature)]
            guard postings.documents <= commonFeature else { continue }
            for (other, otherWeight) in postings.top where other != article {
              if !isTouched[other] {
                isTouched[other] = true
                touched.append(other)
              }
              scores[other] += weight * otherWeight
            }
          }
        }
        accumulate(entityVectors[article], entityIndex, into: &entityScore)
        accumulate(wordVectors[article], wordIndex, into: &wordScore)
        var matches: [Match] = []
        for other in touched {
          let score = entityWeight * entityScore[other] + (1 - entityWeight) * wordScore[other]
          entityScore[other] = 0
          wordScore[other] = 0
          isTouched[other] = false
          if score >= threshold { matches.append(Match(slug: inputs[other].slug, score: score)) }
          if score >= storyThreshold, other > article, withinWindow(inputs[article].date, inputs[other].date)
          {
            storyLinks.append((article, other))
          }
        }
        touched.removeAll(keepingCapacity: true)
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.slug < $1.slug }
        related.append((inputs[article].slug, Array(matches.prefix(limit))))
      }
      return Scored(related: related, storyLinks: storyLinks)
    }
    let related = Dictionary(scored.flatMap(\.related), uniquingKeysWith: { first, _ in first })
    let storyLinks = scored.flatMap(\.storyLinks)
    return Result(
      related: related,
      stories: Self.groups(storyLinks, count: inputs.count).map { $0.map { inputs[$0].slug } })
  }

  /// Feature → the articles holding it: how many, and the `keep` that weigh it most. Bounding
  /// each list keeps the scoring linear in the dossier's size; a pair of articles whose only
  /// shared features are each in more than `keep` articles scores lower than its full
  /// cosine, which only matters for features too common to say much.
  static func postings(_ vectors: [Vector], features: Int, keep: Int) -> [Postings] {
    var lists = [[(Int, Double)]](repeating: [], count: features)
    for (article, vector) in vectors.enumerated() {
      for (feature, weight) in vector { lists[Int(feature)].append((article, weight)) }
    }
    return lists.map { list in
      let top =
        list.count <= keep
        ? list : Array(list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(keep))
      return Postings(documents: list.count, top: top)
    }
  }

  struct Postings {
    var documents: Int
    var top: [(Int, Double)]
  }

  func withinWindow(_ a: CalendarDate?, _ b: CalendarDate?) -> Bool {
    guard let a, let b, let x = Self.dayNumber(a), let y = Self.dayNumber(b) else { return false }
    return abs(x - y) <= storyWindowDays
  }

  static func dayNumber(_ date: CalendarDate) -> Int? {
    guard let month = date.month, let day = date.day else { return nil }
    var components = DateComponents()
    components.year = date.year
    components.month = month
    components.day = day
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: components).map { Int($0.timeIntervalSince1970 / 86_400) }
  }

  /// An article's strongest features, each by its number (`weighted`), with its weight,
  /// strongest first.
  typealias Vector = [(feature: Int32, weight: Double)]

  /// TF-IDF weights, keeping each article's strongest features (strongest first, ties by
  /// key), L2-normalised, and how many features there are. `feature` reads a key and its
  /// count from each element of an article's counts (keys unique). Each key is numbered
  /// once, as it is counted: weighing and scoring then look features up in arrays, instead
  /// of hashing their text millions of times.
  func weighted<Counts: Sequence & Sendable>(
    _ counts: [Counts], feature: @Sendable (Counts.Element) -> (String, Double)
  ) -> (vectors: [Vector], features: Int) {
    var numbers: [String: Int32] = [:]
    var keys: [String] = []
    var documentFrequency: [Int] = []
    let numbered = counts.map { vector in
      vector.map { element in
        let (key, count) = feature(element)
        let number: Int32
        if let known = numbers[key] {
          number = known
        } else {
          number = Int32(keys.count)
          numbers[key] = number
          keys.append(key)
          documentFrequency.append(0)
        }
        documentFrequency[Int(number)] += 1
        return (feature: number, count: count)
      }
    }
    numbers = [:]
    let total = Double(counts.count)
    // Each article's weights on their own, across cores (sorting them is most of it).
    let vectors = numbered.parallelMap { [keys, documentFrequency] vector -> Vector in
      var weights: Vector = vector.map { number, count in
        // Smoothed IDF: shared by every article still counts a little (log 2), so two
        // articles alone can be compared; rarer features count more.
        (number, (1 + log(count)) * log(1 + total / Double(documentFrequency[Int(number)])))
      }
      weights.sort {
        $0.weight != $1.weight ? $0.weight > $1.weight : keys[Int($0.feature)] < keys[Int($1.feature)]
      }
      let kept = weights.prefix(featuresPerArticle).filter { $0.weight > 0 }
      let norm = sqrt(kept.reduce(0) { $0 + $1.weight * $1.weight })
      guard norm > 0 else { return [] }
      return kept.map { ($0.feature, $0.weight / norm) }
    }
    return (vectors, keys.count)
  }

  /// Lower-cased, accent-folded words of four letters or more: short words are mostly
  /// grammar in French and English, and rarity weighting handles the rest.
  static func wordCounts(_ text: String) -> [WordCount] {
    let folded = text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
    var counts: [String: Double] = [:]
    // Words as UTF-8 bytes, letters tested on ASCII first: the Unicode property lookup for
    // every scalar, and a String per word, were most of the link stage.
    var word: [UInt8] = []
    var length = 0
    func flush() {
      if length >= 4 { counts[String(decoding: word, as: UTF8.self), default: 0] += 1 }
      word.removeAll(keepingCapacity: true)
      length = 0
    }
    for scalar in folded.unicodeScalars {
      let value = scalar.value
      guard ScalarClass.isAlphabetic(scalar) else {
        flush()
        continue
      }
      if value < 0x80 {
        word.append(UInt8(value))
      } else {
        word += String(scalar).utf8
      }
      length += 1
    }
    flush()
    return counts.map { WordCount(word: $0.key, count: $0.value) }.sorted { $0.word < $1.word }
  }

  /// Connected components (union–find) of two or more members.
  static func groups(_ links: [(Int, Int)], count: Int) -> [[Int]] {
    var parent = Array(0..<count)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for (a, b) in links { parent[find(a)] = find(b) }
    var members: [Int: [Int]] = [:]
    for item in 0..<count { members[find(item), default: []].append(item) }
    return members.values.filter { $0.count > 1 }.map { $0.sorted() }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
  }
}
