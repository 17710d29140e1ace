/// A comparison key that ignores typography: curly and straight apostrophes and quotes,
/// guillemets, dash variants, `…` and `...`, ligatures, letter case and all spacing.
/// Two paragraphs with the same key say the same words.
enum TypographicKey {
  static func make(_ text: String) -> String {
    var key = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 {
        // ASCII fast path: drop spacing, lower-case letters.
        if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
        if scalar == "`" {
          key.append("'")
          continue
        }
        key.append(
          (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar)
        continue
      }
      if scalar.properties.isWhitespace { continue }
      switch scalar {
      case "’", "‘", "ʼ", "´", "′", "‚": key.append("'")
      case "“", "”", "„", "«", "»", "‹", "›", "″": key.append("\"")
      case "–", "—", "‐", "‑", "‒", "−", "―": key.append("-")
      case "…": key.append(contentsOf: "...".unicodeScalars)
      case "œ", "Œ": key.append(contentsOf: "oe".unicodeScalars)
      case "æ", "Æ": key.append(contentsOf: "ae".unicodeScalars)
      default:
        if scalar.properties.changesWhenLowercased {
          key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
          key.append(scalar)
        }
      }
    }
    return String(key)
  }

  /// The key of `text` with, for each key character, the index in `text` it came from,
  /// so a match in keys maps back to a position in the text.
  static func indexed(_ text: String) -> (key: [Character], origins: [String.Index]) {
    var key: [Character] = []
    var origins: [String.Index] = []
    var index = text.startIndex
    while index < text.endIndex {
      for character in make(String(text[index])) {
        key.append(character)
        origins.append(index)
      }
      index = text.index(after: index)
    }
    return (key, origins)
  }
}

/// Finds paragraphs that repeat an earlier one, as scraped pages repeat image captions
/// (once as alternative text, once as caption) and sometimes whole paragraphs.
enum RepeatDetector {
  /// Keys shorter than this are not compared: short lines ("Oui.") may rightly recur.
  static let minimumKeyLength = 16

  /// For each paragraph index that repeats an earlier paragraph, the earlier index.
  static func repeats(_ texts: [String]) -> [Int: Int] {
    var firstByKey: [String: Int] = [:]
    var result: [Int: Int] = [:]
    for (index, text) in texts.enumerated() {
      let key = TypographicKey.make(text)
      guard key.count >= minimumKeyLength else { continue }
      if let first = firstByKey[key] {
        result[index] = first
      } else {
        firstByKey[key] = index
      }
    }
    return result
  }

  /// Pairs of paragraphs (earlier, later) that share most of their words without being
  /// repeats: reported so the user can judge, never removed. Each later paragraph is paired
  /// with the first earlier one whose word sets overlap by `threshold` (Jaccard). Candidates
  /// come from an index of the paragraphs holding each rare word (in at most 50
  /// paragraphs: common words such as « les » or "the" are in every paragraph and would make
  /// it quadratic); two paragraphs that share most words share rare ones too. Only the ten
  /// earlier paragraphs sharing the most rare words are compared in full.
  static func similarPairs(_ texts: [String], threshold: Double = 0.6) -> [(Int, Int)] {
    var ids: [String: Int] = [:]
    let wordSets: [Set<Int>] = texts.map { text in
      var seen = Set<Int>()
      for word in TextShape.words(text) where word.count >= 3 {
        let id = ids[word] ?? ids.count
        ids[word] = id
        seen.insert(id)
      }
      return seen
    }
    var frequency = Array(repeating: 0, count: ids.count)
    for words in wordSets { for word in words { frequency[word] += 1 } }
    let rare = 50
    var holders: [[Int]] = Array(repeating: [], count: ids.count)
    var pairs: [(Int, Int)] = []
    for (later, words) in wordSets.enumerated() {
      defer { for word in words where frequency[word] <= rare { holders[word].append(later) } }
      guard words.count >= 8 else { continue }
      var sharedRare: [Int: Int] = [:]
      for word in words where frequency[word] <= rare {
        for earlier in holders[word] { sharedRare[earlier, default: 0] += 1 }
      }
      let candidates = sharedRare.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(10)
        .map(\.key).sorted()
      let match = candidates.first { earlier in
        let other = wordSets[earlier]
        guard other.count >= 8 else { return false }
        let shared = words.intersection(other).count
        return Double(shared) >= threshold * Double(words.count + other.count - shared)
      }
      if let match { pairs.append((match, later)) }
    }
    return pairs
  }
}
