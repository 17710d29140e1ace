import Foundation

/// Lower-case, accent-free form of short words, for lexicon and gazetteer look-ups
/// ("États" → "etats", "L’" → "l'"). ASCII is folded by hand and other Latin letters
/// through a table built once, so folding a word costs no Foundation call on the hot path.
enum TextFold {
  /// Folded forms of the Latin-1 and Latin Extended-A/B letters (U+00C0 to U+024F).
  private static let latinTable: [String] = (0x00C0...0x024F).map { value in
    let text = String(Character(Unicode.Scalar(value)!))
    return foldSlowly(text)
  }

  static func foldSlowly(_ text: String) -> String {
    text.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "oe")
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "ae")
      .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
      .lowercased()
  }

  static func fold<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var result = ""
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 {
        result.unicodeScalars.append(
          (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 32)! : scalar)
      } else if value == 0x2019 || value == 0x2018 || value == 0x02BC {
        result.unicodeScalars.append("'")
      } else if (0x2010...0x2011).contains(value) {
        result.unicodeScalars.append("-")
      } else if (0x00C0...0x024F).contains(value) {
        result += latinTable[Int(value) - 0x00C0]
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        result += foldSlowly(String(Character(scalar)))
      }
    }
    return result
  }

  static func fold(_ text: String) -> String { fold(text.unicodeScalars) }
}
