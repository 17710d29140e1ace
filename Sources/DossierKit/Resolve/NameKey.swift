/// A key under which spellings and transliterations of one name meet:
/// « Nikolaï Potrouchev » and "Nikolai Potrushev", « Iouri Ouchakov » and "Yuri Ushakov",
/// "Zelensky", "Zelenskyy" and « Zelenski » all fold to one key.
///
/// Steps, in order, on each word:
/// 1. other scripts to Latin (`Slug.transliterate`), accents and case folded, œ → oe,
///    apostrophes dropped, hyphens read as spaces (« Maison-Blanche » = "Maison Blanche");
/// 2. French and German spellings of Slavic sounds to English ones: tch → ch, sch → sh,
///    ch → sh, zh → j, kh → h, ou → u, w → v, ph → f, ck → k, x → ks, gue/gui → ge/gi;
/// 3. y → i (Yuri/Iouri, Zelensky/Zelenski, Nikolay/Nikolai);
/// 4. doubled letters to one (Zelenskyy → zelenskii → zelenski, Oleksii/Oleksiy → oleksi);
/// 5. the French ending -ine of a Russian -in (« Poutine », « Staline ») to -in, on words
///    longer than five letters.
/// The folding is deliberately coarse for transliteration variants but never drops a
/// consonant skeleton, so different names stay apart; see `EntityResolver` for the looser
/// one-vowel match it allows only when a name is otherwise unique.
public enum NameKey {
  public static func make(_ name: String) -> String {
    words(name).joined(separator: " ")
  }

  /// The folded words of `name`.
  public static func words(_ name: String) -> [String] {
    var text = name
    if text.unicodeScalars.contains(where: { $0.value > 0x024F && $0.properties.isAlphabetic }) {
      text = Slug.transliterate(text)
    }
    var folded = TextFold.fold(text)
    folded = folded.replacingOccurrences(of: "'", with: "")
    let pieces = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    return pieces.map { fold(word: String($0)) }.filter { !$0.isEmpty }
  }

  static let rewrites: [(String, String)] = [
    ("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("zh", "j"), ("kh", "h"), ("ou", "u"), ("w", "v"),
    ("ph", "f"), ("ck", "k"), ("x", "ks"), ("gue", "ge"), ("gui", "gi"), ("y", "i"),
  ]

  static func fold(word: String) -> String {
    var word = word
    for (from, to) in rewrites where word.contains(from) {
      word = word.replacingOccurrences(of: from, with: to)
    }
    var collapsed = ""
    var previous: Character?
    for character in word where character != previous {
      collapsed.append(character)
      previous = character
    }
    if collapsed.count > 5, collapsed.hasSuffix("ine") { collapsed.removeLast() }
    return collapsed
  }

  /// True when two folded words differ by exactly one vowel ("patrushev", "potrushev"):
  /// the unstressed-vowel variation of transliterations. Only for words of six letters
  /// or more.
  public static func differByOneVowel(_ a: String, _ b: String) -> Bool {
    guard a.count == b.count, a.count >= 6, a != b else { return false }
    var differences = 0
    for (x, y) in zip(a, b) where x != y {
      differences += 1
      if differences > 1 || !"aeiou".contains(x) || !"aeiou".contains(y) { return false }
    }
    return differences == 1
  }
}
