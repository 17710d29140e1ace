/// Tells French from English by counting each language's most frequent short words, which
/// every sentence holds and the other language rarely shares.
enum LanguageDetector {
  static let french: Set<String> = [
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour",
    "pas", "sur", "avec", "au", "aux", "ce", "cette", "il", "elle", "ils", "ont", "été", "mais",
    "plus", "par", "son", "sa", "ses", "leur", "nous", "vous", "être", "sont", "l'", "d'", "qu'",
    "n'", "s'", "c'", "j'", "à", "où", "aussi", "entre", "selon",
  ]
  static let english: Set<String> = [
    "the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "on", "with", "as", "are",
    "by", "this", "be", "at", "have", "from", "has", "had", "were", "which", "their", "they",
    "but", "not", "an", "will", "would", "been", "said", "who", "its", "his", "her", "after",
  ]

  /// The language and the two counts behind the verdict; nil when the text has too few
  /// of either language's words to tell (fewer than 5, or no clear majority).
  static func detect(_ text: String) -> (language: Language?, french: Int, english: Int) {
    var frenchCount = 0
    var englishCount = 0
    for word in TextShape.words(text) {
      if french.contains(word) { frenchCount += 1 }
      if english.contains(word) { englishCount += 1 }
    }
    let total = frenchCount + englishCount
    guard total >= 5 else { return (nil, frenchCount, englishCount) }
    if Double(frenchCount) >= Double(total) * 0.65 { return (.fr, frenchCount, englishCount) }
    if Double(englishCount) >= Double(total) * 0.65 { return (.en, frenchCount, englishCount) }
    return (nil, frenchCount, englishCount)
  }
}
