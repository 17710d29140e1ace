/// French sentence templates for the synthetic corpus. The slots are filled with invented
/// names and date expressions; the story they tell (negotiations, an inquiry, protests) is
/// generic and fictional.
///
/// Slots: `{P}` `{P2}` people (full name on first mention in an article, then « M. X » or the
/// full name), `{O}` `{O2}` organisations with their article, `{deO}` `{aO}` the same after
/// « de » / « à », `{L}` `{L2}` places, `{D}` a date expression, `{N}` a count, `{PCT}` a
/// percentage, `{Q}` a short quotation, `{e}` the feminine ending when `{P}` is a woman.
enum SentenceTemplates {
  enum Slot: String, CaseIterable {
    case person = "P", otherPerson = "P2", organization = "O", otherOrganization = "O2"
    case deOrganization = "deO", aOrganization = "aO", place = "L", otherPlace = "L2"
    case date = "D", count = "N", percent = "PCT", quote = "Q", agreement = "e"
  }

  enum Piece {
    case text(String)
    case slot(Slot)
  }

  static let sentences: [[Piece]] = sentenceTexts.map(parse)
  static let titles: [[Piece]] = titleTexts.map(parse)
  static let headings: [[Piece]] = headingTexts.map(parse)

  static let sentenceTexts = [
    "{D}, {P} a rencontré des représentants {deO} à {L}.",
    "Selon {O}, la situation à {L} s'est nettement dégradée {D}.",
    "« {Q} », a déclaré {P} devant la presse {D}.",
    "{P} a confirmé que les discussions avec {O} reprendraient {D}.",
    "Les négociations entre {O} et {O2} se poursuivent à {L} depuis plusieurs semaines.",
    "{D}, plus de {N} personnes se sont rassemblées dans le centre de {L}.",
    "Interrogé{e} par nos soins, {P} n'a pas souhaité commenter ces informations.",
    "{O} affirme avoir transmis le dossier à {P} {D}.",
    "Le rapport publié {D} par {O} évoque une hausse de {PCT} des dépenses.",
    "À {L}, les habitants disent attendre des réponses concrètes.",
    "{P}, qui dirige {O}, refusait encore {D} de parler de crise.",
    "La réunion prévue {D} à {L} a finalement été reportée.",
    "{P} et {P2} se sont entretenus {D}, sans parvenir à un accord.",
    "D'après un document consulté par la rédaction, {O} aurait engagé {N} euros dans le projet.",
    "Les élus de {L} ont voté une motion de soutien {D}.",
    "{P} a rappelé que {O2} avait déjà été mis en garde {D}.",
    "Aucun accord n'a pour l'instant été annoncé.",
    "Les observateurs restent prudents quant à l'issue de ces échanges.",
    "La question divise jusqu'au sein {deO}.",
    "{D}, {P} s'est rendu{e} à {L} pour rencontrer les responsables locaux.",
    "Le projet, estimé à {N} euros, concerne surtout la région de {L}.",
    "{O} a publié un communiqué {D} pour démentir ces accusations.",
    "Plusieurs témoins affirment avoir vu {P} quitter les locaux {deO} {D}.",
    "Le calendrier, lui, n'a pas changé.",
    "« {Q} », résume {P}, proche du dossier.",
    "Entre {L} et {L2}, la circulation est restée perturbée {D}.",
    "Près de {PCT} des personnes interrogées se disent inquiètes.",
    "{P} doit être entendu{e} par la commission d'enquête {D}.",
    "{O} dément toute irrégularité et promet de coopérer avec les enquêteurs.",
    "Un porte-parole {deO} a indiqué que {N} dossiers restaient en suspens.",
    "Depuis, les contacts entre {P} et {O} se sont multipliés.",
    "La décision a été accueillie avec scepticisme à {L}.",
    "{D}, la tension est encore montée d'un cran entre {O} et {O2}.",
    "Le texte sera examiné {D}, a précisé {P}.",
    "Sur place, la plupart des commerces ont rouvert.",
    "Les syndicats dénoncent une décision prise « dans la précipitation ».",
    "{P} a de nouveau exclu toute démission.",
    "Selon {P2}, {O} savait {D} que le budget serait dépassé.",
    "Le dossier a été confié à {O} {D}.",
    "Les premiers résultats sont attendus {D}, selon {O}.",
    "Plus de {N} courriers ont été adressés {aO} depuis le début de l'affaire.",
    "Reste à savoir si {P} obtiendra le soutien {deO}.",
  ]

  static let titleTexts = [
    "{L} : {O} relance les négociations",
    "{P} sous pression après les révélations {deO}",
    "Ce que l'on sait de l'affaire de {L}",
    "{O} et {O2} : l'accord de {L} en question",
    "À {L}, {P} défend son bilan",
    "Les zones d'ombre autour {deO}",
    "{P} rompt le silence",
    "Tensions à {L} : {O} hausse le ton",
    "Enquête sur les comptes {deO}",
    "{P} et {P2}, une rivalité qui s'installe",
    "À {L}, la colère ne retombe pas",
    "Le projet de {L} suspendu, {O} proteste",
  ]

  static let headingTexts = [
    "Une enquête qui piétine", "Des réactions en chaîne", "Le rôle {deO}", "À {L}, l'inquiétude",
    "Un calendrier serré", "Ce que dit le rapport", "Les prochaines étapes",
  ]

  static let quotes = [
    "Nous ne céderons pas", "Il faut laisser le temps au dialogue", "Rien n'est encore décidé",
    "Nous avons respecté toutes les règles", "La situation est grave mais pas désespérée",
    "Je n'ai rien à cacher", "Les chiffres parlent d'eux-mêmes", "Nous attendons des actes",
  ]

  /// "Le {L} {D}." → text and slot pieces, once per template.
  static func parse(_ template: String) -> [Piece] {
    var pieces: [Piece] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
      let name = String(rest[rest.index(after: open)..<close])
      guard let slot = Slot(rawValue: name) else { fatalError("unknown slot {\(name)} in \(template)") }
      pieces.append(.slot(slot))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { pieces.append(.text(String(rest))) }
    return pieces
  }
}
