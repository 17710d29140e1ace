import Foundation
import Testing

@testable import DossierKit

/// Shared helpers for the import tests: the seed fixtures and a generator of SYNTHETIC
/// articles. Every generated name and word is made up (Zorbulon Quax, Vrelland…); none of
/// it is news.
enum ImportFixtures {
  static func seed(_ name: String) throws -> Data {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
    return try Data(contentsOf: url)
  }

  static let seed000 = "000_27e3efcf9b359d0d"
  static let seed002 = "002_38acd0b55b83060e"

  static func importSeed(_ name: String, _ options: ImportOptions) throws -> ImportResult {
    try ArticleImporter.importData(seed(name), fileName: name + ".txt", options: options)
  }

  static func run(_ text: String, _ options: ImportOptions = ImportOptions(title: "Synthetic"))
    throws -> ImportResult
  {
    try ArticleImporter.importText(text, fileName: "synthetic.txt", options: options)
  }

  /// The rendered text of the body, whitespace collapsed.
  static func bodyText(_ result: ImportResult) -> String {
    collapse(ImportLaw.renderedText(result.article.body))
  }

  static func collapse(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

/// A small deterministic random generator (SplitMix64), so property tests replay exactly.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// SYNTHETIC raw articles with injected scraping noise, for the law's property test.
/// Words are built from made-up syllables; names are invented. Nothing here is news.
struct SyntheticArticle {
  var raw: String
  /// 1-based line of the first injected reader comment, if any.
  var commentsLine: Int?
  /// Sentences that must survive the import (noise excluded).
  var noiseLines: [String]

  static let syllables = [
    "zor", "bla", "quen", "fil", "ma", "ro", "vek", "tal", "un", "dri", "po", "sel", "ka", "mir", "ven",
  ]
  static let names = ["Zorbulon Quax", "Mirela Vantrop", "Osk Delvander", "Pim Rolavec", "Tessa Quorin"]
  static let places = ["Vrelland", "Quaxville", "Dorbania", "Port-Melisande"]
  static let frenchGlue = ["le", "la", "des", "de", "et", "que", "avec", "pour", "dans", "une"]
  static let specials = [
    "un *astérisque*", "un _souligné_", "des [crochets](x)", "une balise <b>gras</b>", "du `code`",
    "le signe & puis &amp; écrit", "un antislash \\ ici", "le prix 3.5 fois", "aux U.S. même",
    "le site https://exemple.org/a_b/c.html aussi",
  ]
  static let lineStarts = ["# ", "- ", "1. ", "> ", "+ ", "2) ", "* ", "### "]

  static func make(seed: UInt64) -> SyntheticArticle {
    var rng = SeededRandom(seed: seed)
    func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    func word() -> String {
      (0..<Int.random(in: 1...3, using: &rng)).map { _ in pick(syllables) }.joined()
    }
    func sentence() -> String {
      var words: [String] = []
      for index in 0..<Int.random(in: 6...16, using: &rng) {
        if index == 2, chance(0.3) { words.append(pick(names)) }
        if index == 4, chance(0.2) { words.append(pick(specials)) }
        if index == 5, chance(0.2) { words.append("à " + pick(places) + ",") }
        words.append(chance(0.4) ? pick(frenchGlue) : word())
      }
      var text = words.joined(separator: " ")
      text = text.prefix(1).uppercased() + text.dropFirst()
      return text + pick([".", ".", ".", "?", "!"])
    }
    func paragraph() -> String {
      var text = (0..<Int.random(in: 1...3, using: &rng)).map { _ in sentence() }.joined(separator: " ")
      if chance(0.1) { text = pick(lineStarts) + text }
      return text
    }

    var lines: [String] = []
    var noise: [String] = []
    let blankSeparated = chance(0.5)
    func add(_ line: String, isNoise: Bool = false) {
      if blankSeparated, !lines.isEmpty { lines.append("") }
      lines.append(line)
      if isNoise { noise.append(line) }
    }
    if chance(0.6) { add("Le " + word() + " de " + pick(names) + " inquiète " + pick(places)) }
    let count = Int.random(in: 5...12, using: &rng)
    for index in 0..<count {
      switch Int.random(in: 0..<10, using: &rng) {
      case 0:
        add(pick(["[ad_1]", "PUBLICITÉ", "Advertisement", "[ad_2]"]), isNoise: true)
      case 1:
        // A caption repeated, the second time with curly apostrophes.
        let caption = pick(names) + " à l'entrée du " + word() + " de " + pick(places)
        add(caption)
        add(caption.replacingOccurrences(of: "'", with: "’"), isNoise: true)
      case 2:
        // A sentence split after a title: "… que M." / "Quax …".
        add(sentence().dropLast() + " selon M.")
        lines.append(String(pick(names).split(separator: " ").last!) + " " + word() + " " + word() + ".")
      case 3:
        // A lost space after a full stop.
        add(String(sentence().dropLast()) + "." + sentence())
      case 4:
        add(
          pick([
            "Lire aussi : Le " + word() + " de " + pick(places), "Partager sur Facebook",
            "READ MORE: " + pick(names) + " speaks", "Abonnez-vous à notre newsletter",
          ]), isNoise: true)
      case 5 where index > 0:
        // The same paragraph two or three times.
        let repeated = paragraph()
        add(repeated)
        for _ in 0..<Int.random(in: 1...2, using: &rng) { add(repeated, isNoise: true) }
      case 6:
        add("  " + paragraph() + " \t ")
      default:
        add(paragraph())
      }
    }
    if chance(0.4) { add("Source link -24", isNoise: true) }
    var commentsLine: Int?
    if chance(0.5) {
      if blankSeparated { lines.append("") }
      commentsLine = lines.count + 1
      lines.append("Vous oubliez que " + word() + " " + word() + " de " + pick(places) + " !")
      for _ in 0..<Int.random(in: 2...4, using: &rng) {
        if blankSeparated { lines.append("") }
        lines.append(
          pick(["Je pense que ", "Merci pour ", "Oui. ", "Et vous, "]) + word() + " " + word()
            + pick([" ?", " !", "", "."]))
      }
    }
    var raw = lines.joined(separator: "\n")
    if chance(0.2) { raw = raw.replacingOccurrences(of: "\n", with: "\r\n") }
    return SyntheticArticle(raw: raw, commentsLine: commentsLine, noiseLines: noise)
  }
}
