/// Capitalised nationality words that are not entities: English adjectives ("Russian
/// troops") and French nouns for peoples (« les Américains »). Most are found by their
/// shape against the gazetteer's country names (`MentionExtractor.isDemonym`); these are
/// the irregular ones. Folded. General knowledge.
enum Demonyms {
  static let irregular: Set<String> = [
    "french", "british", "english", "scottish", "welsh", "irish", "dutch", "swiss", "greek", "thai",
    "danish", "swedish", "finnish", "polish", "turkish", "spanish", "portuguese", "german", "germans",
    "flemish", "czech", "slovak", "croat", "serb", "kurdish", "kurds", "kurde", "kurdes", "arab", "arabs",
    "arabe", "arabes", "jewish", "juif", "juifs", "muslim", "muslims", "christian", "christians",
    "allemand", "allemande", "allemands", "allemandes", "anglais", "anglaise", "britannique",
    "britanniques", "belge", "belges", "suisse", "suisses", "grec", "grecque", "grecs", "turc", "turque",
    "turcs", "occidentaux", "occidental", "occidentale", "occidentales", "western", "westerners",
    "europeen", "europeens", "europeenne", "europeennes", "european", "europeans", "african", "africans",
    "asian", "asians", "latino", "latinos", "yankee", "yankees", "soviet", "soviets", "sovietique",
    "sovietiques",
  ]

  /// Endings a demonym adds to a country's stem (Russ-ian, Ukrain-ien, Chin-ese, Améric-ains).
  static let endings: [String] = [
    "iennes", "ienne", "iens", "ien", "ians", "ian", "aines", "aine", "ains", "ain", "aises", "aise",
    "ais", "oises", "oise", "ois", "eses", "ese", "ans", "an", "es", "e", "is", "i", "s",
  ]
}
