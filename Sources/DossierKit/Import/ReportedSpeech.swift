import Foundation

/// Attribution, the mark of news prose: « a déclaré », « selon », "said", "according to".
/// A paragraph that attributes what it says is reporting; reader comments rarely do.
enum ReportedSpeech {
  static let cues: [String] = [
    "a déclaré", "ont déclaré", "a dit", "ont dit", "a indiqué", "ont indiqué", "a affirmé",
    "ont affirmé", "a annoncé", "ont annoncé", "a ajouté", "ont ajouté", "a précisé",
    "ont précisé", "a expliqué", "ont expliqué", "a souligné", "ont souligné", "a estimé",
    "ont estimé", "a assuré", "ont assuré", "a rapporté", "ont rapporté", "selon", "d' après",
    "said", "says", "told", "according to", "announced", "reported", "added", "stated",
    "explained",
  ]

  /// The cues as they come out of `TextShape.words`, with and without accents (scraped
  /// text sometimes loses them): one word, or two words joined by a space.
  static let cueForms: Set<String> = {
    var forms = Set<String>()
    for cue in cues {
      forms.insert(cue)
      forms.insert(cue.folding(options: [.diacriticInsensitive], locale: Folding.locale))
    }
    return forms
  }()

  /// True when the paragraph's own words (outside quotation marks) attribute something.
  static func attributes(_ text: String) -> Bool {
    attributes(words: TextShape.words(TextShape.outsideQuotes(text)))
  }

  /// Same, for words already taken from outside the quotes.
  static func attributes(words: [String]) -> Bool {
    for (index, word) in words.enumerated() {
      if cueForms.contains(word) { return true }
      if index + 1 < words.count, cueForms.contains(word + " " + words[index + 1]) { return true }
    }
    return false
  }
}
