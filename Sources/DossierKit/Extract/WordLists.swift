/// The generated word lists (`CommonWordsData`, `FirstNamesData`), parsed once on first use
/// into sets of folded words.
enum WordLists {
  /// Frequent French and English words: a capitalised one at the start of a sentence is
  /// not taken for a name unless the dossier confirms it elsewhere.
  static let commonWords: Set<String> = parse(CommonWordsData.french).union(parse(CommonWordsData.english))

  /// Given names: a capitalised sequence starting with one is a person.
  static let firstNames: Set<String> = parse(FirstNamesData.names)

  private static func parse(_ text: String) -> Set<String> {
    var words = Set<String>()
    for line in text.split(separator: "\n") where !line.isEmpty {
      words.insert(TextFold.fold(line.unicodeScalars))
    }
    return words
  }
}
