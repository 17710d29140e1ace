import Foundation

/// One generated article: its front matter fields and Markdown body.
public struct SyntheticArticle: Sendable, Equatable {
  public let fileName: String
  public let title: String
  public let date: CivilDay
  public let source: String
  public let people: [String]
  public let organizations: [String]
  public let places: [String]
  public let body: String
  public let comments: String?
  /// Words of the body (not the comments).
  public let wordCount: Int

  /// The file `Content/articles/<fileName>`: YAML front matter that both dossier and Hugo
  /// read (no `url` or `lang`, which Hugo would take as a permalink or a language), then
  /// the body, then the reader comments after dossier's comments marker.
  public var fileText: String {
    var text = "---\n"
    text += "title: \(Self.quoted(title))\n"
    text += "date: \(date.iso)\n"
    text += "source: \(Self.quoted(source))\n"
    text += "people: [\(people.map(Self.quoted).joined(separator: ", "))]\n"
    text += "organizations: [\(organizations.map(Self.quoted).joined(separator: ", "))]\n"
    text += "places: [\(places.map(Self.quoted).joined(separator: ", "))]\n"
    text += "---\n\n" + body + "\n"
    if let comments {
      text += "\n" + CorpusGenerator.commentsMarker + "\n\n" + comments + "\n"
    }
    return text
  }

  static func quoted(_ value: String) -> String {
    "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
  }
}

/// Generates the synthetic benchmark corpus: clearly invented French news text about a
/// fictional story, with people, organisations and places drawn from `NamePools` with a
/// Zipf-like popularity, and date expressions of every kind the extractor reads.
///
/// Deterministic: the same seed and article count give the same files, and article `i`
/// depends only on them and `i`, so articles can be generated in parallel.
public struct CorpusGenerator: Sendable {
  /// dossier's `ArticleFile.commentsMarker`, repeated here so the corpus needs no DossierKit
  /// (a test checks they agree).
  public static let commentsMarker = "<!-- dossier:comments -->"

  public let articleCount: Int
  public let seed: UInt64
  public let pools: NamePools
  let people: ZipfTable
  let organizations: ZipfTable
  let places: ZipfTable
  let outlets: ZipfTable

  /// The first article day; articles spread over the six years from it.
  static let firstDay = CivilDay(year: 2019, month: 1, day: 1)

  public init(articles: Int, seed: UInt64 = 1) {
    articleCount = articles
    self.seed = seed
    // Larger archives cover more people: pools grow with the corpus, popularity stays skewed.
    pools = NamePools(
      seed: seed, people: 150 + articles / 5, organizations: 40 + articles / 25,
      places: 60 + articles / 25, outlets: min(60, 12 + articles / 500))
    people = ZipfTable(count: pools.people.count)
    organizations = ZipfTable(count: pools.organizations.count)
    places = ZipfTable(count: pools.places.count)
    outlets = ZipfTable(count: pools.outlets.count)
  }

  public func article(_ index: Int) -> SyntheticArticle {
    var random = SeededRandom(seed: seed, stream: index)
    let cast = Cast(
      people: people.drawDistinct(random.int(in: 2...6), &random).map { pools.people[$0] },
      organizations: organizations.drawDistinct(random.int(in: 1...3), &random).map {
        pools.organizations[$0]
      },
      places: places.drawDistinct(random.int(in: 1...3), &random).map { pools.places[$0] })
    let date = Self.firstDay.adding(days: random.below(6 * 365))
    let source = pools.outlets[outlets.draw(&random)]
    var writer = ArticleWriter(generator: self, cast: cast, date: date)
    let title = writer.fill(random.pick(SentenceTemplates.titles), &random)
    writer.introduced.removeAll()  // the body names everyone in full again
    let (body, words) = writer.body(&random)
    let comments = random.chance(0.1) ? writer.comments(&random) : nil
    return SyntheticArticle(
      fileName: Self.fileName(index: index, title: title), title: title, date: date, source: source,
      people: cast.people.map(\.fullName), organizations: cast.organizations.map(\.name),
      places: cast.places, body: body, comments: comments, wordCount: words)
  }

  /// `00042-a-valquemont-la-colere-ne-retombe.md`: the index keeps names unique and sorted.
  static func fileName(index: Int, title: String) -> String {
    let number = String(index + 1)
    let padded = String(repeating: "0", count: max(0, 5 - number.count)) + number
    let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .lowercased()
    var words: [String] = []
    var current = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return ([padded] + words.prefix(6)).joined(separator: "-") + ".md"
  }

  /// Who an article is about: most of its sentences name them.
  struct Cast {
    let people: [MadeUpPerson]
    let organizations: [MadeUpOrganization]
    let places: [String]
  }

  func anyPerson(_ random: inout SeededRandom) -> MadeUpPerson { pools.people[people.draw(&random)] }
  func anyOrganization(_ random: inout SeededRandom) -> MadeUpOrganization {
    pools.organizations[organizations.draw(&random)]
  }
  func anyPlace(_ random: inout SeededRandom) -> String { pools.places[places.draw(&random)] }
}
