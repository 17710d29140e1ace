/// French and English words that are never names on their own: articles, pronouns,
/// prepositions, conjunctions, auxiliaries, frequent adverbs and sentence openers, months
/// and weekdays. Written folded (lower case, no accents). General language knowledge.
enum FunctionWords {
  static let french: Set<String> = [
    // articles, determiners, pronouns
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce", "cet", "cette",
    "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
    "leur", "leurs", "quel", "quelle", "quels", "quelles", "tout", "toute", "tous", "toutes", "aucun",
    "aucune", "chaque", "plusieurs", "certains", "certaines", "quelques", "autre", "autres", "meme",
    "memes", "tel", "telle", "tels", "telles", "je", "tu", "il", "elle", "on", "nous", "vous", "ils",
    "elles", "me", "te", "se", "lui", "eux", "moi", "toi", "soi", "y", "en", "c'", "ca", "cela", "ceci",
    "celui", "celle", "ceux", "celles", "qui", "que", "qu'", "quoi", "dont", "ou", "lequel", "laquelle",
    "lesquels", "lesquelles", "personne", "rien", "chacun", "chacune",
    // prepositions and conjunctions
    "a", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers", "entre", "contre",
    "depuis", "pendant", "avant", "apres", "selon", "malgre", "parmi", "durant", "envers", "hors",
    "outre", "via", "des", "lors", "et", "mais", "or", "ni", "car", "donc", "puis", "si", "comme",
    "quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "quoique", "bien", "afin", "ainsi", "alors",
    "cependant", "pourtant", "toutefois", "neanmoins", "enfin", "ensuite", "aussi", "encore", "deja",
    "desormais", "maintenant", "aujourd'hui", "hier", "demain", "ici", "la-bas", "partout", "ailleurs",
    "surtout", "notamment", "egalement", "meme", "seulement", "jamais", "toujours", "souvent", "parfois",
    "peut-etre", "sans doute", "oui", "non", "certes", "d'ailleurs", "par ailleurs", "en effet", "voici",
    "voila", "beaucoup", "peu", "trop", "tres", "plus", "moins", "autant", "tant", "assez", "environ",
    "presque", "pres", "loin", "jusqu'", "jusque", "tandis", "quant", "outre", "soit", "sinon", "certes",
    "pourquoi", "comment", "combien", "ou", "dorenavant", "aussitot", "autrefois", "bientot", "tard",
    "tot", "vite", "mieux", "pis", "plutot", "quasiment", "vraiment", "evidemment", "heureusement",
    "malheureusement", "finalement", "recemment", "actuellement", "auparavant", "dernierement",
    // auxiliaries and very frequent verbs
    "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "ete", "etre", "suis",
    "es", "sommes", "etes", "fut", "soit", "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient",
    "aura", "auront", "aurait", "auraient", "eu", "avoir", "fait", "faire", "peut", "peuvent", "doit",
    "doivent", "va", "vont", "il y a", "selon",
    // months and weekdays
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  ]

  static let english: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our",
    "their", "some", "any", "each", "every", "all", "both", "either", "neither", "no", "other",
    "another", "such", "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them",
    "who", "whom", "whose", "which", "what", "there", "here", "of", "in", "on", "at", "by", "for",
    "with", "from", "to", "into", "onto", "about", "after", "before", "during", "since", "until",
    "against", "among", "between", "through", "over", "under", "without", "within", "despite",
    "according", "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "where", "why", "how",
    "because", "although", "though", "as", "than", "then", "also", "however", "meanwhile", "moreover",
    "still", "now", "today", "yesterday", "tomorrow", "yes", "not", "only", "even", "just", "already",
    "again", "perhaps", "maybe", "instead", "indeed", "thus", "therefore", "finally", "later", "earlier",
    "recently", "last", "next", "first", "many", "much", "more", "most", "few", "several", "once",
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  static func contains(_ folded: String, language: Language) -> Bool {
    // A French text quotes English and the reverse: either list stops a name.
    french.contains(folded) || english.contains(folded)
  }
}
