import Foundation

/// Related coverage: which articles speak of the same things, and which report the same story.
///
/// Each article is described by two weighted vectors: the entities it mentions and its
/// distinctive words, both weighted by rarity (TF-IDF: an entity or word in every article says
/// nothing). Relatedness is a blend of the two cosine similarities, as Hugo's `related`
/// blends weighted indices. Candidates come from inverted indexes over each article's
/// strongest features only, so the work grows with the dossier, not with its square.
public struct RelatedArticles: Sendable {
  public struct Input: Sendable {
    public var slug: String
    /// Entity id → number of mentions in the article.
    public var entities: [String: Int]
    /// The article's text (body only), for word similarity.
    public var text: String
    public var date: CalendarDate?
    public init(slug: String, entities: [String: Int], text: String, date: CalendarDate?) {
      self.slug = slug
      self.entities = entities
      self.text = text
      self.date = date
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

  public init() {}

  public struct Result: Sendable {
    /// Slug → related articles, best first.
    public var related: [String: [Match]]
    /// Groups of slugs (two or more) reporting the same story, largest first.
    public var stories: [[String]]
  }

  public func compute(_ inputs: [Input], limit: Int) -> Result {
    let entityVectors = weighted(inputs.map { $0.entities.mapValues(Double.init) })
    let wordVectors = weighted(inputs.map { Self.wordCounts($0.text) })
    var index: [String: [Int]] = [:]
    for (article, vector) in entityVectors.enumerated() {
      for key in vector.keys { index["e:" + key, default: []].append(article) }
    }
    for (article, vector) in wordVectors.enumerated() {
      for key in vector.keys { index["w:" + key, default: []].append(article) }
    }
    var related: [String: [Match]] = [:]
    var storyLinks: [(Int, Int)] = []
    for article in inputs.indices {
      var candidates = Set<Int>()
      let keys = entityVectors[article].keys.map { "e:" + $0 } + wordVectors[article].keys.map { "w:" + $0 }
      for key in keys {
        // A feature shared by a large share of the dossier cannot tell articles apart.
        guard let postings = index[key], postings.count <= max(50, inputs.count / 5) else { continue }
        candidates.formUnion(postings)
      }
      candidates.remove(article)
      var matches: [Match] = []
      for other in candidates {
        let score =
          entityWeight * Self.cosine(entityVectors[article], entityVectors[other])
          + (1 - entityWeight) * Self.cosine(wordVectors[article], wordVectors[other])
        if score >= threshold { matches.append(Match(slug: inputs[other].slug, score: score)) }
        if score >= storyThreshold, other > article, withinWindow(inputs[article].date, inputs[other].date) {
          storyLinks.append((article, other))
        }
      }
      matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.slug < $1.slug }
      related[inputs[article].slug] = Array(matches.prefix(limit))
    }
    return Result(
      related: related,
      stories: Self.groups(storyLinks, count: inputs.count).map { $0.map { inputs[$0].slug } })
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

  /// TF-IDF weights, keeping each article's strongest features, L2-normalised.
  func weighted(_ counts: [[String: Double]]) -> [[String: Double]] {
    var documentFrequency: [String: Int] = [:]
    for vector in counts { for key in vector.keys { documentFrequency[key, default: 0] += 1 } }
    let total = Double(counts.count)
    return counts.map { vector in
      var weights: [(String, Double)] = vector.map { key, count in
        // Smoothed IDF: shared by every article still counts a little (log 2), so two
        // articles alone can be compared; rarer features count more.
        (key, (1 + log(count)) * log(1 + total / Double(documentFrequency[key]!)))
      }
      weights.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
      let kept = weights.prefix(featuresPerArticle).filter { $0.1 > 0 }
      let norm = sqrt(kept.reduce(0) { $0 + $1.1 * $1.1 })
      guard norm > 0 else { return [:] }
      return Dictionary(uniqueKeysWithValues: kept.map { ($0.0, $0.1 / norm) })
    }
  }

  static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
    let (small, large) = a.count < b.count ? (a, b) : (b, a)
    var sum = 0.0
    for (key, weight) in small { if let other = large[key] { sum += weight * other } }
    return sum
  }

  /// Lower-cased, accent-folded words of four letters or more: short words are mostly
  /// grammar in French and English, and rarity weighting handles the rest.
  static func wordCounts(_ text: String) -> [String: Double] {
    let folded = text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
    var counts: [String: Double] = [:]
    var word = String.UnicodeScalarView()
    func flush() {
      if word.count >= 4 { counts[String(word), default: 0] += 1 }
      word.removeAll(keepingCapacity: true)
    }
    for scalar in folded.unicodeScalars {
      if scalar.properties.isAlphabetic { word.append(scalar) } else { flush() }
    }
    flush()
    return counts
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
