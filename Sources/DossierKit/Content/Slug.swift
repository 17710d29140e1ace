import Foundation

/// Article slugs and entity ids: ASCII, lower-case, hyphenated, transliterated.
///
/// A slug never holds `/`, `.`, control characters or anything but `a-z`, `0-9` and single
/// inner hyphens, so no slug can name a path outside its folder.
public enum Slug {
  public static let maximumLength = 80

  public static func make(_ text: String) -> String {
    capped(text.utf8.allSatisfy { $0 < 0x80 } ? hyphenatedASCII(text) : hyphenatedScalars(text))
  }

  /// The slug of any text, before the length cap.
  static func hyphenatedScalars(_ text: String) -> String {
    // Invisible format characters (soft hyphen, zero-width space, bidi controls) join the
    // letters around them instead of becoming hyphens: "Patru\u{AD}shev" → "patrushev".
    let visible = String(
      String.UnicodeScalarView(
        leadingPart(text).unicodeScalars.filter { $0.properties.generalCategory != .format }))
    let latin = transliterate(visible)
    var slug = ""
    var pendingHyphen = false
    for scalar in latin.unicodeScalars {
      let value = scalar.value
      let isLetter = (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
      let isUpper = (0x41...0x5A).contains(value)
      if isLetter || isUpper {
        if pendingHyphen && !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(isUpper ? Unicode.Scalar(value + 32)! : scalar)
      } else if scalar != "'" && scalar != "’" {
        pendingHyphen = true
      }
    }
    return slug
  }

  /// `hyphenatedScalars` for ASCII text, byte by byte: ASCII has no format characters and
  /// nothing to transliterate, and Foundation's transforms and folding, even with nothing
  /// to do, were a second of every 10,000-article build (the slugs of the file names).
  static func hyphenatedASCII(_ text: String) -> String {
    var slug: [UInt8] = []
    var pendingHyphen = false
    var letters = 0
    for byte in text.utf8 {
      let isDigit = (0x30...0x39).contains(byte)
      let isLetter = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
      if isDigit || isLetter {
        letters += 1
        if letters > 2 * maximumLength { break }  // where `leadingPart` ends
        if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
        pendingHyphen = false
        slug.append(isLetter ? byte | 0x20 : byte)
      } else if byte != UInt8(ascii: "'") {
        pendingHyphen = true
      }
    }
    return String(decoding: slug, as: UTF8.self)
  }

  static func capped(_ slug: String) -> String {
    var slug = slug
    if slug.count > maximumLength {
      slug = String(slug.prefix(maximumLength))
      if let cut = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: cut) > 40 {
        slug = String(slug[..<cut])
      }
      while slug.hasSuffix("-") { slug.removeLast() }
    }
    return slug
  }

  /// The start of `text` that can reach a slug: twice as many letters and digits as a slug
  /// holds. Transliterating a whole 1 MB title would take seconds for nothing.
  static func leadingPart(_ text: String) -> Substring {
    var count = 0
    for index in text.indices where text[index].isLetter || text[index].isNumber {
      count += 1
      if count > 2 * maximumLength { return text[..<index] }
    }
    return text[...]
  }

  /// True when `text` is already a well-formed slug.
  public static func isValid(_ text: String) -> Bool {
    !text.isEmpty && text.count <= maximumLength && make(text) == text
  }

  /// Latin letters for any script: Russian by BGN/PCGN (as English-language newsrooms
  /// write Russian names), other scripts by ICU's generic Any-Latin, then accents folded.
  /// Only for short strings (names, titles): transforms are slow on long text.
  public static func transliterate(_ text: String) -> String {
    var latin = text
    if latin.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
      latin = latin.applyingTransform(StringTransform("Russian-Latin/BGN"), reverse: false) ?? latin
    }
    if latin.unicodeScalars.contains(where: { $0.value > 0x024F }) {
      latin = latin.applyingTransform(.toLatin, reverse: false) ?? latin
    }
    latin = latin.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "Oe")
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ß", with: "ss")
    return latin.folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
  }

  /// Gives each key a unique slug: the first keeps `base`, later ones get `-2`, `-3`…
  /// Callers pass keys in a stable order so the same dossier always gets the same slugs.
  public static func uniqued(_ bases: [String], fallback: String) -> [String] {
    var used = Set<String>()
    var result: [String] = []
    for base in bases {
      let root = base.isEmpty ? fallback : base
      var candidate = root
      var counter = 2
      while used.contains(candidate) {
        // The suffix must not push a long slug past the maximum length.
        let suffix = "-\(counter)"
        var stem = root.prefix(maximumLength - suffix.count)
        while stem.hasSuffix("-") { stem.removeLast() }
        candidate = stem + suffix
        counter += 1
      }
      used.insert(candidate)
      result.append(candidate)
    }
    return result
  }
}
