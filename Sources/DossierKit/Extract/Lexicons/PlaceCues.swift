/// Context that says the next name is a place when nothing else types it: « à Siversk »,
/// « dans la région de Donetsk », « la cathédrale Saint-Volodymyr », "the town of X".
/// Folded. General knowledge of French and English phrasing.
enum PlaceCues {
  /// Nouns that, right before a name or before « de » + a name, make it a place.
  static let nouns: Set<String> = [
    "ville", "village", "region", "province", "oblast", "departement", "commune", "district", "canton",
    "quartier", "banlieue", "faubourg", "localite", "bourg", "port", "ile", "iles", "presqu'ile",
    "peninsule", "vallee", "fleuve", "riviere", "lac", "mont", "mer", "golfe", "detroit", "desert",
    "plaine", "foret", "frontiere", "territoire", "etat", "cathedrale", "eglise", "basilique", "mosquee",
    "synagogue", "temple", "monastere", "rue", "avenue", "boulevard", "place", "pont", "gare", "aeroport",
    "base", "centrale", "barrage", "camp", "prison", "hopital", "stade", "palais", "chateau", "citadelle",
    "city", "town", "village", "region", "province", "county", "state", "district", "suburb", "island",
    "islands", "peninsula", "valley", "river", "lake", "mount", "sea", "gulf", "strait", "desert",
    "border", "territory", "cathedral", "church", "mosque", "street", "square", "bridge", "station",
    "airport", "plant", "dam", "camp", "prison", "stadium", "palace", "castle",
  ]

  /// Prepositions that put the next name in a place: « à Siversk », "near Bakhmut".
  static let prepositions: Set<String> = ["a", "près", "pres", "vers", "near", "outside", "via"]
}
