/// The time a sentence speaks of, as far as its verbs tell.
enum Tense: Sendable, Hashable {
  case past, future, unknown
}

/// Finds the verb forms of a sentence that tell past from future, so a weekday or a month
/// without a year can be placed before or after the publication date.
///
/// French: passé composé (« a déclaré », « s’est engagé », « a été impliqué »; « est » + a
/// participle only for reflexive or motion verbs, since « est prévu » is a present passive),
/// imparfait and plus-que-parfait (« avait averti », « était »), passé simple (« fut »)
/// read as past; futur (« sera », « votera », « se réuniront »), futur proche (« va
/// voter ») and conditionnel (« devrait », « pourrait ») as future, except the
/// conditionnel passé (« aurait déclaré », past). English: "will", "'ll", "shall", "going
/// to", "is set to", "would" as future; "was", "had", "said" and "-ed" forms (not after
/// "is"/"be": "is expected" is present) as past. The présent says nothing by itself;
/// « demain », « prochain », « bientôt », "tomorrow", "next", "upcoming" make a
/// present-tense sentence future.
///
/// Only the cue nearest to a date expression counts: in « X, qui a été élu en 2020, se
/// rendra vendredi à Kyiv » the weekday takes « se rendra », not « a été élu ».
struct TenseCues {
  struct Cue {
    var token: Int
    var tense: Tense
  }

  let cues: [Cue]
  /// Tokens of words that point to the future without being verbs.
  let futureWords: [Int]

  init(tokens: [DateToken], language: Language) {
    let words = tokens.map { $0.kind == .word ? $0.text : ($0.kind == .punctuation ? $0.text : "#") }
    switch language {
    case .fr: (cues, futureWords) = FrenchTense.cues(words, tokens)
    case .en: (cues, futureWords) = EnglishTense.cues(words, tokens)
    }
  }

  /// The tense deciding for the expression spanning `span`: the nearest verb cue outside it,
  /// else future when a future word stands outside it, else unknown.
  func tense(around span: ClosedRange<Int>) -> Tense {
    var best: (distance: Int, tense: Tense)?
    for cue in cues where !span.contains(cue.token) {
      let distance = cue.token < span.lowerBound ? span.lowerBound - cue.token : cue.token - span.upperBound
      if best == nil || distance < best!.distance { best = (distance, cue.tense) }
    }
    if let best { return best.tense }
    return futureWords.contains(where: { !span.contains($0) }) ? .future : .unknown
  }
}

private enum FrenchTense {
  static func cues(_ words: [String], _ tokens: [DateToken]) -> ([TenseCues.Cue], [Int]) {
    var cues: [TenseCues.Cue] = []
    var future: [Int] = []
    for (index, word) in words.enumerated() where tokens[index].kind == .word {
      if futureWords.contains(word) || (word == "venir" && index > 0 && words[index - 1] == "à") {
        future.append(index)
      }
      if haveForms.contains(word) || beForms.contains(word) {
        if let participle = participle(after: index, words),
          haveForms.contains(word) || isReflexive(before: index, words)
            || motionParticiples.contains(stem(words[participle]))
        {
          cues.append(.init(token: participle, tense: .past))
        } else if let tense = tenseOfForm(word) {
          cues.append(.init(token: index, tense: tense))  // « avait », « était » alone
        }
        continue
      }
      if word == "aurait" || word == "auraient", participle(after: index, words) != nil {
        cues.append(.init(token: index, tense: .past))
        continue
      }
      if goForms.contains(word), infinitive(after: index, words) {
        cues.append(.init(token: index, tense: .future))
        continue
      }
      if tokens[index].isCapitalized && index > 0 { continue }  // names: « Sahara », « Ferrari »
      if let tense = tenseOfForm(word) { cues.append(.init(token: index, tense: tense)) }
    }
    return (cues, future)
  }

  /// The tense a single verb form shows by its ending, if any.
  static func tenseOfForm(_ word: String) -> Tense? {
    if irregularFutures.contains(word) { return .future }
    if pastSimple.contains(word) || word == "était" || word == "étaient" || word == "etait" { return .past }
    let count = word.count
    guard count >= 5 else { return nil }
    if word.hasSuffix("ait") || word.hasSuffix("aient") {
      if nounsInAit.contains(word) { return nil }
      let stem = word.hasSuffix("aient") ? word.dropLast(5) : word.dropLast(3)
      return isConditionalStem(stem) ? .future : .past
    }
    if word.hasSuffix("eront") || word.hasSuffix("iront") { return notFutures.contains(word) ? nil : .future }
    if word.hasSuffix("era") || word.hasSuffix("ira") { return notFutures.contains(word) ? nil : .future }
    return nil
  }

  /// The conditionnel is built on the future stem, which ends in r: « serait », « pourrait »,
  /// « devrait », « faudrait », « mettrait ». Imparfaits of verbs in -rer/-vrir
  /// (« montrait », « ouvrait », « tirait ») end alike and are listed apart.
  static func isConditionalStem(_ stem: Substring) -> Bool {
    guard stem.hasSuffix("r") else { return false }
    let word = String(stem) + "ait"
    if imparfaitsInRait.contains(word) { return false }
    return stem.hasSuffix("er") || stem.hasSuffix("rr") || stem.hasSuffix("dr") || stem.hasSuffix("ttr")
      || stem.hasSuffix("aur") || stem.hasSuffix("ir") || stem.hasSuffix("vr") || stem.hasSuffix("îtr")
      || stem.hasSuffix("itr")
  }

  /// A past participle among the next few words after an auxiliary, skipping adverbs and
  /// negation (« a également été », « n’a pas encore dit »); stops at punctuation.
  static func participle(after index: Int, _ words: [String]) -> Int? {
    var next = index + 1
    while next < words.count, next <= index + 4 {
      let word = words[next]
      if word == "'" || word == "-" {
        next += 1
        continue
      }
      if word.count == 1 && !word.first!.isLetter { return nil }
      if isParticiple(word) { return next }
      next += 1
    }
    return nil
  }

  static func isParticiple(_ word: String) -> Bool {
    if irregularParticiples.contains(word) || irregularParticiples.contains(stem(word)) { return true }
    return word.hasSuffix("é") || word.hasSuffix("ée") || word.hasSuffix("és") || word.hasSuffix("ées")
  }

  /// The masculine singular of a listed participle (« parties » → « parti »), for look-ups;
  /// other words come back unchanged.
  static func stem(_ word: String) -> String {
    if irregularParticiples.contains(word) || motionParticiples.contains(word) { return word }
    var stem = Substring(word)
    if stem.count > 2, stem.hasSuffix("s") { stem = stem.dropLast() }
    if stem.count > 2, stem.hasSuffix("e") {
      let masculine = String(stem.dropLast())
      if irregularParticiples.contains(masculine) || motionParticiples.contains(masculine) {
        return masculine
      }
    }
    return String(stem)
  }

  static func isReflexive(before index: Int, _ words: [String]) -> Bool {
    var previous = index - 1
    if previous >= 0, words[previous] == "'" { previous -= 1 }
    guard previous >= 0 else { return false }
    return ["s", "se", "me", "m", "te", "t", "nous", "vous"].contains(words[previous])
  }

  static func infinitive(after index: Int, _ words: [String]) -> Bool {
    var next = index + 1
    while next < words.count, next <= index + 3 {
      let word = words[next]
      if [
        "se", "s", "'", "y", "en", "lui", "leur", "le", "la", "les", "l", "ne", "pas", "me", "nous", "vous",
      ]
      .contains(word) {
        next += 1
        continue
      }
      return word.count > 3 && (word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re"))
    }
    return false
  }

  static let haveForms: Set<String> = [
    "ai", "as", "a", "avons", "avez", "ont", "ait", "aient", "avait", "avaient",
  ]
  static let beForms: Set<String> = [
    "suis", "es", "est", "sommes", "êtes", "etes", "sont", "était", "étaient", "etait", "etaient",
  ]
  static let goForms: Set<String> = ["va", "vont", "vais", "vas", "allons", "allez"]
  static let futureWords: Set<String> = [
    "demain", "prochain", "prochaine", "prochains", "prochaines", "bientôt", "bientot",
  ]
  static let irregularFutures: Set<String> = [
    "sera", "seront", "serai", "serons", "serez", "aura", "auront", "aurai", "fera", "feront", "ira",
    "iront", "pourra", "pourront", "devra", "devront", "viendra", "viendront", "tiendra", "tiendront",
    "faudra", "verra", "verront", "voudra", "voudront", "saura", "sauront", "dira", "diront", "prendra",
    "prendront", "mettra", "mettront", "rendra", "rendront", "recevra", "recevront", "enverra",
  ]
  static let pastSimple: Set<String> = ["fut", "furent", "eut", "eurent", "fit", "firent"]
  /// Words ending like a futur that are not verbs.
  static let notFutures: Set<String> = [
    "caméra", "camera", "opéra", "opera", "choléra", "cholera", "riviera", "chimère", "affront",
    "environs", "satira", "lira", "mira", "tira",
  ]
  /// Nouns and adjectives ending in -ait.
  static let nounsInAit: Set<String> = [
    "souhait", "parfait", "portrait", "extrait", "retrait", "attrait", "forfait", "bienfait", "méfait",
    "satisfait", "abstrait", "distrait", "soustrait", "imparfait", "surfait", "contrefait", "trait",
    "portraits",
  ]
  /// Imparfaits that look like conditionnels.
  static let imparfaitsInRait: Set<String> = [
    "tirait", "retirait", "attirait", "admirait", "inspirait", "expirait", "aspirait", "désirait",
    "soupirait", "virait", "ouvrait", "couvrait", "livrait", "délivrait", "découvrait", "recouvrait",
    "œuvrait", "manœuvrait", "entrait", "rentrait", "montrait", "démontrait", "rencontrait", "ignorait",
    "déclarait", "préparait", "réparait", "séparait", "comparait", "durait", "assurait", "figurait",
    "mesurait", "pleurait", "demeurait", "espérait", "opérait", "considérait", "gérait", "tolérait",
    "générait", "modérait", "accélérait", "libérait", "encadrait", "illustrait", "enregistrait",
    "administrait", "filtrait", "pénétrait", "concentrait", "explorait", "adorait", "honorait",
    "restaurait", "quadrait", "serrait", "barrait", "parait",
  ]
  static let irregularParticiples: Set<String> = [
    "été", "eu", "fait", "dit", "pris", "mis", "vu", "su", "pu", "dû", "voulu", "venu", "tenu", "reçu",
    "connu", "ouvert", "offert", "mort", "né", "écrit", "produit", "conduit", "atteint", "craint",
    "rejoint", "apparu", "disparu", "paru", "lu", "cru", "vécu", "perdu", "rendu", "attendu", "entendu",
    "répondu", "vendu", "battu", "élu", "parti", "sorti", "fini", "choisi", "réussi", "saisi", "agi",
    "averti", "réuni", "établi", "accueilli", "suivi", "servi", "permis", "promis", "soumis", "compris",
    "appris", "repris", "surpris", "admis", "transmis", "remis", "inscrit", "décrit", "construit",
    "détruit", "introduit", "traduit", "réduit", "contraint", "devenu", "revenu", "intervenu", "survenu",
    "parvenu", "obtenu", "maintenu", "soutenu", "retenu", "convaincu", "vaincu", "couvert", "découvert",
    "souffert", "rouvert", "fallu", "valu", "plu", "résolu", "conclu", "exclu", "inclus", "assis", "acquis",
    "conquis", "requis", "interdit", "prédit", "contredit", "fui", "enfui", "envahi", "trahi", "bâti",
    "franchi", "garanti", "investi", "ralenti", "rempli", "subi", "accompli",
  ]
  static let motionParticiples: Set<String> = [
    "allé", "venu", "parti", "arrivé", "entré", "rentré", "mort", "né", "devenu", "revenu", "resté",
    "tombé", "retourné", "sorti", "monté", "descendu", "passé", "décédé", "apparu", "intervenu",
    "parvenu", "survenu",
  ]
}

private enum EnglishTense {
  static func cues(_ words: [String], _ tokens: [DateToken]) -> ([TenseCues.Cue], [Int]) {
    var cues: [TenseCues.Cue] = []
    var future: [Int] = []
    for (index, word) in words.enumerated() where tokens[index].kind == .word {
      let previous = index > 0 ? words[index - 1] : ""
      let beforePrevious = index > 1 ? words[index - 2] : ""
      if futureWords.contains(word) { future.append(index) }
      if futureAuxiliaries.contains(word) || (word == "ll" && previous == "'") {
        cues.append(.init(token: index, tense: .future))
      } else if word == "won", index + 2 < words.count, words[index + 1] == "'", words[index + 2] == "t" {
        cues.append(.init(token: index, tense: .future))
      } else if word == "going", index + 1 < words.count, words[index + 1] == "to" {
        cues.append(.init(token: index, tense: .future))
      } else if ["set", "due", "scheduled", "expected", "poised"].contains(word),
        ["is", "are", "am", "was", "were"].contains(previous)
      {
        cues.append(.init(token: index, tense: .future))
      } else if irregularPasts.contains(word) {
        cues.append(.init(token: index, tense: .past))
      } else if word.count >= 5, word.hasSuffix("ed"), !notPasts.contains(word),
        !(tokens[index].isCapitalized && index > 0),
        !passiveMarkers.contains(previous), !passiveMarkers.contains(beforePrevious)
      {
        cues.append(.init(token: index, tense: .past))
      }
    }
    return (cues, future)
  }

  static let futureAuxiliaries: Set<String> = ["will", "shall", "would"]
  static let futureWords: Set<String> = ["tomorrow", "next", "upcoming", "soon", "coming"]
  static let passiveMarkers: Set<String> = ["is", "are", "am", "be", "being"]
  static let irregularPasts: Set<String> = [
    "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave", "saw",
    "spoke", "wrote", "began", "left", "held", "led", "sent", "spent", "lost", "found", "thought",
    "brought", "fought", "struck", "became", "chose", "fell", "flew", "knew", "rose", "ran", "sat",
    "stood", "sold", "taught", "understood", "withdrew", "drove", "broke", "caught", "felt", "got",
    "heard", "kept", "meant", "paid", "sought", "shot", "stole", "swore", "threw", "tore", "woke",
    "wore", "ago", "been", "won", "hit", "ate", "bought", "built", "drew", "forgot", "gone", "grew",
    "hung", "laid", "lay", "lent", "lit", "overtook", "rode", "rang", "sank", "shook", "slid", "spoken",
    "spread", "sprang", "stuck", "stung", "swept", "swam", "taken", "given", "written", "seen", "done",
  ]
  static let notPasts: Set<String> = [
    "indeed", "speed", "proceed", "exceed", "succeed", "breed", "bleed", "greed", "hundred", "sacred",
    "naked", "wicked", "kindred", "hatred", "beloved", "embed", "united", "limited", "alleged",
    "unprecedented", "based", "related", "detailed", "advanced", "armed", "red", "need", "seed",
  ]
}
