/// Lower-case words that sit inside names between capitalised words (« Charles de Gaulle »,
/// "Ursula von der Leyen", « Banque de France », "Bank of England"), and prefixes joined
/// by a hyphen to a capitalised name (« al-Assad », "bin-Salman"). Folded. General knowledge.
enum NameParticles {
  static let particles: Set<String> = [
    "de", "du", "des", "d'", "la", "le", "l'", "von", "van", "der", "den", "ter", "ten", "da", "di",
    "do", "dos", "das", "del", "della", "degli", "al", "el", "bin", "ben", "ibn", "bint", "abu", "ould",
    "of", "the", "zu", "af", "av",
  ]

  /// Particles that may stand between two capitalised words only when followed by
  /// another particle or a capital (« de la », « de l’ », "of the").
  static let articles: Set<String> = ["la", "le", "l'", "the", "der", "den"]

  /// Prefixes of Arabic names written with a hyphen: « al-Assad », « el-Sissi ».
  static let prefixes: Set<String> = [
    "al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "ben", "bin", "ibn", "abu",
  ]
}
