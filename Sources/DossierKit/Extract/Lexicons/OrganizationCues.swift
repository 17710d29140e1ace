/// Words that mark a name as an organisation when they are part of it (« Wall Street
/// Journal », « Commission européenne », « Parti socialiste », "Department of Justice"),
/// folded. General knowledge of how French and English institutions are named.
enum OrganizationCues {
  static let words: Set<String> = [
    // French
    "journal", "commission", "ministere", "parti", "agence", "conseil", "cour", "banque", "universite",
    "assemblee", "senat", "gouvernement", "armee", "organisation", "union", "federation", "fondation",
    "association", "institut", "office", "fonds", "societe", "groupe", "compagnie", "entreprise",
    "tribunal", "parlement", "comite", "syndicat", "mouvement", "front", "alliance", "ligue", "police",
    "gendarmerie", "marine", "presse", "radio", "television", "tele", "chaine", "quotidien", "hebdomadaire",
    "magazine", "revue", "maison", "etat-major", "direction", "service", "services", "bureau", "autorite",
    "haute autorite", "observatoire", "academie", "ecole", "lycee", "college", "hopital", "centre",
    "nations", "brigade", "brigades", "regiment", "bataillon", "division", "garde", "forces", "pentagone",
    "prefecture", "mairie", "tribune", "echos", "monde", "figaro", "liberation", "express", "obs",
    // English
    "post", "times", "agency", "department", "ministry", "party", "council", "court", "bank",
    "university", "assembly", "senate", "government", "army", "navy", "organization", "organisation",
    "foundation", "institute", "fund", "company", "corporation", "corp", "inc", "ltd", "group",
    "committee", "parliament", "congress", "movement", "league", "guard", "house", "office", "bureau",
    "authority", "commission", "school", "college", "hospital", "center", "centre", "network", "news",
    "press", "tribune", "herald", "gazette", "telegraph", "guardian", "observer", "daily", "weekly",
    "review", "magazine", "broadcasting", "television", "radio", "airlines", "airways", "pentagon",
    "reuters", "associated", "federal", "reserve", "board", "administration", "service", "nations",
    "union", "federation", "alliance", "treaty organization", "bloomberg", "politico", "axios",
  ]

  /// Cue words that open a French institution's name and may take lower-case adjectives
  /// after them (« Commission consultative bilatérale », « Cour suprême »).
  static let frenchHeads: Set<String> = [
    "commission", "ministere", "parti", "agence", "conseil", "cour", "banque", "universite", "assemblee",
    "armee", "organisation", "union", "federation", "fondation", "association", "institut", "office",
    "fonds", "tribunal", "parlement", "comite", "syndicat", "mouvement", "front", "alliance", "ligue",
    "police", "gendarmerie", "marine", "garde", "forces", "autorite", "haute", "observatoire", "academie",
    "nations", "brigade", "brigades", "direction", "services", "service", "etat-major", "gouvernement",
  ]

  /// Endings of French adjectives that can follow an institution's head word.
  static let adjectiveEndings: [String] = [
    "ale", "ales", "aux", "el", "elle", "els", "elles", "ique", "iques", "aire", "aires", "if", "ive",
    "ifs", "ives", "ien", "ienne", "iens", "iennes", "een", "eenne", "ais", "aise", "ois", "oise", "ain",
    "aine", "ral", "rale", "ere", "ier", "iere", "ant", "ante", "ent", "ente", "eme", "unie", "unies",
    "uni", "unis", "ee", "ees",
  ]

  static func isAdjectiveLike(_ folded: String) -> Bool {
    folded.count > 3 && adjectiveEndings.contains { folded.hasSuffix($0) }
  }
}
