/// Words before a person's name that are not part of it: honorifics, offices, ranks and
/// roles (« M. Sullivan », « le président Joe Biden », "Secretary Blinken"), folded. The
/// name that follows is typed person and the title is left out of it. General knowledge.
enum Titles {
  /// Abbreviated honorifics, written with or without a full stop.
  static let honorifics: Set<String> = [
    "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "dr", "pr", "mr", "mrs", "ms", "messrs",
    "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "st", "hon", "rev", "sir", "dame",
    "lord", "lady", "monsieur", "madame", "mademoiselle", "messieurs", "mesdames",
  ]

  /// Honorifics that are also ordinary words or initials, only read as titles with a full
  /// stop ("Me" is a pronoun in English, "M." a French « monsieur »).
  static let needPeriod: Set<String> = ["m", "mm", "me", "st", "gen", "col", "rep", "sen", "gov", "lt"]

  /// Offices, ranks and roles (singular and plural) in French texts.
  static let frenchOffices: Set<String> = [
    "president", "presidente", "presidents", "vice-president", "vice-presidente", "ministre", "ministres",
    "secretaire", "secretaires", "general", "generale", "generaux", "conseiller", "conseillere",
    "conseillers", "chancelier", "chanceliere", "senateur", "senatrice", "depute", "deputee", "maire",
    "gouverneur", "gouverneure", "ambassadeur", "ambassadrice", "porte-parole", "directeur",
    "directrice", "patron", "patronne", "chef", "cheffe", "juge", "procureur", "procureure", "roi",
    "reine", "prince", "princesse", "pape", "cardinal", "colonel", "capitaine", "lieutenant",
    "commandant", "amiral", "marechal", "sergent", "commissaire", "emir", "cheikh", "ayatollah",
    "imam", "rabbin", "abbe", "monseigneur", "homologue", "collaborateur", "collaboratrice", "dirigeant",
    "dirigeante", "opposant", "opposante", "candidat", "candidate", "envoye", "envoyee", "emissaire",
    "negociateur", "negociatrice", "militant", "militante", "journaliste", "ecrivain", "ecrivaine",
    "avocat", "avocate", "professeur", "professeure", "docteur", "chercheur", "chercheuse", "analyste",
    "correspondant", "correspondante", "pdg", "fondateur", "fondatrice", "oligarque", "milliardaire",
    "leader", "adjoint", "adjointe", "successeur", "predecesseur", "epouse", "mari", "fils", "fille",
    "frere", "soeur", "president-directeur",
  ]

  /// Offices, ranks and roles in English texts.
  static let englishOffices: Set<String> = [
    "president", "president-elect", "minister", "ministers", "secretary", "secretaries", "general",
    "chancellor", "senator", "senators", "congressman", "congresswoman", "representative", "governor",
    "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "director", "chief", "judge",
    "prosecutor", "attorney", "king", "queen", "prince", "princess", "pope", "cardinal", "colonel",
    "captain", "commander", "admiral", "sergeant", "lieutenant", "commissioner", "sheikh", "counterpart",
    "adviser", "advisor", "aide", "envoy", "negotiator", "activist", "journalist", "writer", "lawyer",
    "professor", "doctor", "researcher", "analyst", "correspondent", "ceo", "founder", "oligarch",
    "billionaire", "deputy", "chairman", "chairwoman", "wife", "husband", "son", "daughter", "brother",
    "sister", "leader", "candidate", "emir", "ayatollah", "imam", "rabbi",
  ]

  /// Words that open a multi-word title: « Premier ministre », "Prime Minister", "Foreign Minister".
  static let titlePrefixes: Set<String> = [
    "premier", "premiere", "prime", "vice", "foreign", "defence", "defense", "deputy", "former", "ancien",
    "ancienne", "ex", "senior", "top",
  ]

  /// Government portfolios: a capital word after « de la », "of" in a title names the office,
  /// not an entity (« ministre de la Défense », « secrétaire d’État », "Secretary of State").
  static let portfolios: Set<String> = [
    "defense", "interieur", "affaires", "justice", "economie", "finances", "sante", "travail", "education",
    "culture", "agriculture", "environnement", "transports", "energie", "industrie", "commerce",
    "logement", "sports", "armees", "budget", "outre-mer", "etat", "tresor", "securite", "diplomatie",
    "recherche", "numerique", "transition", "solidarites", "relations", "cooperation", "developpement",
    "state", "defence", "treasury", "interior", "energy", "health", "labor", "labour", "transportation",
    "homeland", "foreign", "home", "exchequer", "staff", "staffs", "intelligence", "security", "war",
    "veterans", "housing", "trade", "industry", "environment", "communications", "information",
  ]

  static func isHonorific(_ token: NameToken) -> Bool {
    guard token.isWord, honorifics.contains(token.folded) else { return false }
    if needPeriod.contains(token.folded) { return token.hasPeriod && token.isCapitalised }
    return true
  }

  static func isOffice(_ folded: String, language: Language) -> Bool {
    language == .fr ? frenchOffices.contains(folded) : englishOffices.contains(folded)
  }
}
