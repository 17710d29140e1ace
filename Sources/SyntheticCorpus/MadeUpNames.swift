/// Pools of invented names for the synthetic corpus: people, organisations, places and
/// outlets built from syllables ("Brauvel Trézamac", "Agence Dorvax", "Valquemont"), so
/// they sound French enough for extraction to work on but belong to nobody real.
public struct MadeUpPerson: Sendable, Hashable {
  public let first: String
  public let last: String
  public let feminine: Bool

  public var fullName: String { first + " " + last }
  /// "M. Trézamac", "Mme de Valbrune".
  public var civilityAndName: String { (feminine ? "Mme " : "M. ") + last }
}

public struct MadeUpOrganization: Sendable, Hashable {
  /// How the name takes a French article: "l'Agence Dorvax", "le Parti brelmiste",
  /// "la Banque Sorvine", or none ("Valquemont Matin").
  public enum Determiner: Sendable, Hashable {
    case masculine, feminine, elided, none
  }

  public let name: String
  public let determiner: Determiner

  /// "l'Agence Dorvax" (or "L'Agence Dorvax" at the start of a sentence).
  public var withArticle: String {
    switch determiner {
    case .masculine: "le " + name
    case .feminine: "la " + name
    case .elided: "l'" + name
    case .none: name
    }
  }

  /// "de l'Agence Dorvax", "du Parti brelmiste".
  public var afterDe: String {
    switch determiner {
    case .masculine: "du " + name
    case .feminine: "de la " + name
    case .elided: "de l'" + name
    case .none: "de " + name
    }
  }

  /// "à l'Agence Dorvax", "au Parti brelmiste".
  public var afterA: String {
    switch determiner {
    case .masculine: "au " + name
    case .feminine: "à la " + name
    case .elided: "à l'" + name
    case .none: "à " + name
    }
  }
}

/// The name pools of one corpus, most popular first (rank 0 is drawn most often).
public struct NamePools: Sendable {
  public let people: [MadeUpPerson]
  public let organizations: [MadeUpOrganization]
  public let places: [String]
  public let outlets: [String]

  public init(seed: UInt64, people: Int, organizations: Int, places: Int, outlets: Int) {
    var random = SeededRandom(seed: seed, stream: -1)
    let builder = NameBuilder()
    var taken = Set<String>()
    // Draws until the name is new: every name in the pools is unique.
    func unique<T>(_ make: () -> T, name: (T) -> String) -> T {
      while true {
        let item = make()
        if taken.insert(name(item)).inserted { return item }
      }
    }
    let placeList = (0..<places).map { _ in unique({ builder.place(&random) }, name: { $0 }) }
    self.places = placeList
    self.people = (0..<people).map { _ in
      let feminine = random.chance(0.45)
      return unique(
        {
          MadeUpPerson(
            first: builder.firstName(feminine: feminine, &random), last: builder.surname(&random),
            feminine: feminine)
        }, name: \.fullName)
    }
    self.organizations = (0..<organizations).map { _ in
      unique({ builder.organization(places: placeList, &random) }, name: \.name)
    }
    self.outlets = (0..<outlets).map { _ in
      unique({ builder.outlet(places: placeList, &random) }, name: { $0 })
    }
  }
}

/// Syllable rules for the invented names.
struct NameBuilder {
  let onsets = [
    "b", "br", "d", "dr", "f", "fl", "g", "gr", "k", "l", "m", "n", "p", "pr", "qu", "r", "s", "t",
    "tr", "v", "vr", "z", "ch", "j", "gl",
  ]
  let vowels = ["a", "e", "i", "o", "u", "ou", "au", "ai", "é", "è", "eu", "ô", "y"]
  let codas = ["", "", "", "n", "r", "l", "s", "m", "x"]

  func syllable(_ random: inout SeededRandom) -> String {
    random.pick(onsets) + random.pick(vowels) + random.pick(codas)
  }

  func stem(_ syllables: ClosedRange<Int>, _ random: inout SeededRandom) -> String {
    (0..<random.int(in: syllables)).map { _ in syllable(&random) }.joined()
  }

  func firstName(feminine: Bool, _ random: inout SeededRandom) -> String {
    let endings =
      feminine
      ? ["ine", "elle", "a", "ette", "ienne", "ise", "ie"] : ["in", "el", "ard", "o", "ien", "ric", "as"]
    return capitalized(stem(1...2, &random) + random.pick(endings))
  }

  func surname(_ random: inout SeededRandom) -> String {
    let endings = ["ac", "on", "ier", "eau", "ou", "az", "ovic", "ert", "ange", "ot", "and"]
    let base = capitalized(stem(1...2, &random) + random.pick(endings))
    if random.chance(0.08) { return "de " + base }
    if random.chance(0.05) { return base + "-" + capitalized(stem(1...1, &random) + random.pick(endings)) }
    return base
  }

  func place(_ random: inout SeededRandom) -> String {
    let endings = ["ac", "ville", "bourg", "ange", "mont", "eux", "ières", "court", "heim", "ona"]
    let base = capitalized(stem(1...2, &random) + random.pick(endings))
    if random.chance(0.06) { return "Saint-" + base }
    if random.chance(0.04) { return base + "-sur-" + capitalized(stem(1...2, &random)) }
    return base
  }

  func organization(places: [String], _ random: inout SeededRandom) -> MadeUpOrganization {
    let name = capitalized(stem(1...2, &random) + random.pick(["ax", "or", "ine", "is", "eo", "ium"]))
    switch random.below(9) {
    case 0: return MadeUpOrganization(name: "Agence " + name, determiner: .elided)
    case 1: return MadeUpOrganization(name: "Parti " + stem(1...2, &random) + "iste", determiner: .masculine)
    case 2: return MadeUpOrganization(name: "Banque " + name, determiner: .feminine)
    case 3: return MadeUpOrganization(name: "Commission de " + random.pick(places), determiner: .feminine)
    case 4: return MadeUpOrganization(name: "Groupe " + name, determiner: .masculine)
    case 5: return MadeUpOrganization(name: "Syndicat " + name, determiner: .masculine)
    case 6: return MadeUpOrganization(name: "Fondation " + name, determiner: .feminine)
    case 7:
      return MadeUpOrganization(
        name: "Ministère de la " + capitalized(stem(1...2, &random)) + "ité", determiner: .masculine)
    default: return MadeUpOrganization(name: name, determiner: .none)
    }
  }

  func outlet(places: [String], _ random: inout SeededRandom) -> String {
    switch random.below(4) {
    case 0: "Le Courrier de " + random.pick(places)
    case 1: "La Gazette de " + random.pick(places)
    case 2: random.pick(places) + " Matin"
    default: "L'Écho " + stem(1...2, &random) + "ois"
    }
  }

  func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }
}
