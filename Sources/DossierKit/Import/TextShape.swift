import Foundation

/// Small facts about the shape of a line or paragraph of plain text, shared by the import
/// heuristics (where a sentence ends, what a line starts with, which words it holds).
enum TextShape {
  /// Marks that may follow the end of a sentence without ending it themselves.
  static let closingMarks: Set<Character> = ["»", "”", "\"", "’", "'", ")", "]", "›", "*", "_"]
  static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]
  static let apostrophes: Set<Character> = ["'", "’", "ʼ", "‘"]

  /// The last character that is not a closing quote, bracket or space.
  static func lastMeaningful(_ text: String) -> Character? {
    for character in text.reversed() where !closingMarks.contains(character) && !character.isWhitespace {
      return character
    }
    return nil
  }

  /// True when the text ends a sentence: `.`, `!`, `?` or `…`, maybe followed by closing
  /// quotes or brackets (`… il est parti. »`, `(…)`).
  static func endsSentence(_ text: String) -> Bool {
    guard let last = lastMeaningful(text) else { return false }
    return sentenceEnds.contains(last)
  }

  /// True when the last visible character is a colon (a line that introduces what follows).
  static func endsWithColon(_ text: String) -> Bool {
    text.last(where: { !$0.isWhitespace }) == ":"
  }

  /// True when the text ends a sentence or a clause (`:`, `;`, `,`): not a caption or title.
  static func endsSentenceOrClause(_ text: String) -> Bool {
    guard let last = lastMeaningful(text) else { return false }
    return sentenceEnds.contains(last) || last == ":" || last == ";" || last == ","
  }

  /// The first letter or digit decides how a line starts.
  static func firstLetter(_ text: String) -> Character? {
    text.first(where: { $0.isLetter || $0.isNumber })
  }

  static func startsLowercase(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter else { return false }
    return first.isLowercase
  }

  static func startsUppercase(_ text: String) -> Bool {
    guard let first = text.first(where: { !"«“\"‘'(—–- \u{A0}".contains($0) }) else { return false }
    return first.isUppercase || first.isNumber
  }

  /// Space-separated tokens, punctuation attached.
  static func tokens(_ text: String) -> [Substring] {
    text.split(whereSeparator: { $0.isWhitespace })
  }

  static func wordCount(_ text: String) -> Int {
    tokens(text).count(where: { $0.contains(where: { $0.isLetter || $0.isNumber }) })
  }

  /// Lower-cased words (letters and digits), accents kept. An elided article or pronoun
  /// keeps its apostrophe (`j’attends` → `j'`, `attends`) so `j'` and `m'` can be told from
  /// the initial `M.`.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var length = 0
    func flush(_ suffix: String = "") {
      guard !current.isEmpty else { return }
      words.append(String(current) + suffix)
      current = String.UnicodeScalarView()
      length = 0
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
          current.append(scalar)
          length += 1
        } else if (0x41...0x5A).contains(value) {
          current.append(Unicode.Scalar(value + 32)!)
          length += 1
        } else if scalar == "'", length > 0, length <= 2 {
          flush("'")
        } else {
          flush()
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
      {
        current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        length += 1
      } else if scalar == "’" || scalar == "ʼ" || scalar == "‘", length > 0, length <= 2 {
        flush("'")
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// True for a token that is a web address (kept whole by every repair).
  static func isWebAddress<S: StringProtocol>(_ token: S) -> Bool {
    let lower = token.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
      || ByteSearch.contains(Array(lower.utf8), Array("://".utf8)) || lower.contains(where: { $0 == "@" })
  }

  /// The address when the whole text is one http(s) URL, maybe after a label such as
  /// `Source :` or `Link:`; nil otherwise.
  static func soleURL(_ text: String) -> String? {
    // Cheap test first: an address has "://" and the text is short.
    guard text.utf8.count < 2048, text.utf8.contains(0x3A) else { return nil }
    var parts = tokens(text)
    guard let last = parts.last else { return nil }
    let address = String(last).trimmingCharacters(in: CharacterSet(charactersIn: "<>()[]"))
    let lower = address.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
    parts.removeLast()
    // Up to three label words ending in a colon ("Source :", "Lien source:", "Via:").
    guard parts.count <= 3 else { return nil }
    if !parts.isEmpty {
      let label = parts.joined(separator: " ")
      guard label.hasSuffix(":") || label == "→" || label == "-" else { return nil }
    }
    return address
  }
}

/// Substring search over UTF-8 bytes, without Foundation's locale-aware machinery (which
/// dominates the import's time when called per line).
enum ByteSearch {
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return true
      }
      index += 1
    }
    return false
  }
}

/// A lower-cased, accent-free form of a line for matching pattern classes in any language.
enum Folding {
  static let locale = Locale(identifier: "en_US_POSIX")

  /// Lower case, accents of Latin letters removed, apostrophes made straight. A table
  /// lookup per scalar: Foundation's `folding` costs too much when called on every line.
  static func fold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        out.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 32)! : scalar)
      } else if let base = latinBase[scalar] {
        out.append(contentsOf: base.unicodeScalars)
      } else if scalar == "’" || scalar == "‘" || scalar == "ʼ" {
        out.append("'")
      } else if scalar.properties.changesWhenLowercased {
        out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Accented Latin letters (both cases) → their lower-case base letters.
  static let latinBase: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
      ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
  }()

  /// The folded text with punctuation turned into single spaces: `Lire aussi :` → `lire aussi`.
  static func bareWords(_ text: String) -> String {
    bareWords(folded: fold(text))
  }

  static func bareWords(folded: String) -> String {
    var out = ""
    var pendingSpace = false
    for character in folded {
      if character.isLetter || character.isNumber || character == "'" || character == "%" {
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(character)
      } else {
        pendingSpace = true
      }
    }
    return out
  }
}

extension TextShape {
  /// The text with quoted passages (« … », “ … ”, "…") taken out, so the words a paragraph
  /// quotes from someone else do not count as its own voice.
  static func outsideQuotes(_ text: String) -> String {
    var out = ""
    var depth = 0
    var straightOpen = false
    for character in text {
      switch character {
      case "«", "“":
        depth += 1
      case "»", "”":
        depth = max(0, depth - 1)
        continue
      case "\"":
        straightOpen.toggle()
        continue
      default:
        break
      }
      if depth == 0 && !straightOpen { out.append(character) }
    }
    // An unclosed quote would hide the rest of the paragraph: fall back to all of it.
    return depth > 0 || straightOpen ? text : out
  }

  /// Opening guillemets or curly quotes not closed within the text (a quotation that goes
  /// on in the next paragraph).
  static func openQuotes(_ text: String) -> Int {
    var depth = 0
    for character in text {
      if character == "«" || character == "“" { depth += 1 }
      if character == "»" || character == "”" { depth = max(0, depth - 1) }
    }
    return depth
  }
}

extension TextShape {
  /// Labels that may stand before the article's own address on its last line.
  static let sourceLabels: Set<String> = [
    "source", "sources", "lien", "link", "via", "origine", "original", "url", "lien source",
    "source link", "article original", "source originale", "lien original", "original article",
  ]

  /// The address when the text is a bare http(s) URL or a source label and one
  /// (`Source : https://…`), as an article's last line often gives its own address.
  static func sourceURL(_ text: String) -> String? {
    guard let address = soleURL(text) else { return nil }
    let label = Folding.bareWords(String(text.dropLast(address.count)))
    return label.isEmpty || sourceLabels.contains(label) ? address : nil
  }
}
