/// Interface strings and date formats, per dossier language.
///
/// Dates are formatted from these tables rather than a system locale, so output does not
/// depend on the machine's ICU data or default locale.
public struct Localization: Sendable {
  public let language: Language
  public let strings: [String: String]

  public init(_ language: Language) {
    self.language = language
    self.strings = language == .fr ? Localization.french : Localization.english
  }

  public subscript(_ key: String) -> String { strings[key] ?? key }

  /// The string `key` with each `{name}` replaced by its value.
  public func fill(_ key: String, _ values: [String: String]) -> String {
    var text = self[key]
    for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
    return text
  }

  /// « 1 événement », « 3 événements »: `noun` names a `noun.one` / `noun.other` pair.
  /// French uses the singular for 0 and 1, English for 1 only.
  public func count(_ number: Int, _ noun: String) -> String {
    let singular = language == .fr ? number <= 1 : number == 1
    return "\(number)\u{A0}" + self[noun + (singular ? ".one" : ".other")]
  }

  /// Words between quotation marks, as the language writes them.
  public func quoted(_ text: String) -> String { self["quoteOpen"] + text + self["quoteClose"] }

  /// « septembre 2021 – novembre 2022 », or one date when both are the same.
  public func span(_ first: CalendarDate, _ last: CalendarDate) -> String {
    first == last ? format(first) : format(first) + " – " + format(last)
  }

  static let frenchMonths = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
  ]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  public func monthName(_ month: Int) -> String {
    (language == .fr ? Self.frenchMonths : Self.englishMonths)[month - 1]
  }

  /// « 7 novembre 2022 », « 1er mars 2022 », « septembre 2022 », « 2022 »;
  /// "7 November 2022", "September 2022", "2022".
  public func format(_ date: CalendarDate) -> String {
    guard let month = date.month else { return String(date.year) }
    let monthYear = "\(monthName(month)) \(date.year)"
    guard let day = date.day else { return monthYear }
    let dayText = language == .fr && day == 1 ? "1er" : String(day)
    return "\(dayText)\u{A0}\(monthYear)"
  }

  static let french: [String: String] = [
    "skip": "Aller au contenu",
    "home": "Accueil",
    "articles": "Articles",
    "entities": "Index",
    "timeline": "Chronologie",
    "latestArticles": "Derniers articles",
    "source": "Source",
    "published": "Publié le",
    "original": "Lire l’original",
    "readerComments": "Commentaires de lecteurs",
    "readerCommentsNote":
      "Repris de la page d’origine. Ils ne sont pas le texte de l’article et ne sont pas indexés.",
    "notFoundTitle": "Page introuvable",
    "notFoundText": "Cette page n’existe pas ou a été déplacée.",
    "backHome": "Retour à l’accueil du dossier",
    "undated": "Sans date",
    "generatedBy": "Site produit par dossier",
    "data": "Données",
    "by": "Par",
    "people": "Personnes",
    "organizations": "Organisations",
    "places": "Lieux",
    "others": "Autres",
    "mentions": "mentions",
    "mentionsInContext": "Mentions dans le texte",
    "inArticles": "Articles",
    "aliases": "Autres graphies",
    "seenWith": "Souvent cité avec",
    "wikidata": "Fiche Wikidata",
    "relatedCoverage": "À lire aussi",
    "sameStory": "La même histoire dans d’autres médias",
    "compareOutlets": "Comparer les médias",
    "stories": "Histoires",
    "story": "Histoire",
    "storyIntro":
      "Ces articles rapportent la même histoire. Ce que chacun mentionne, et ce qu’il est seul à mentionner\u{A0}:",
    "onlyHere": "seul à le mentionner",
    "spellings": "Graphies différentes",
    "events": "Événements datés",
    "inThisArticle": "Dans cet article",
    "alsoReportedBy": "Aussi rapporté par",
    "keyEntities": "Qui et quoi",
    "lastEvents": "Derniers événements",
    "noEvents": "Aucun événement daté.",
    "articleCount": "articles",
    "search": "Rechercher",
    "searchPlaceholder": "Nom, lieu, mot…",
    "searchNoResult": "Aucun résultat.",
    "type.person": "personne",
    "type.organization": "organisation",
    "type.place": "lieu",
    "type.other": "autre",
    "mainNav": "Navigation principale",
    "noEntities": "Aucun nom relevé pour l’instant.",
    "feed": "Flux Atom",
    "colon": "\u{A0}:",
    "quoteOpen": "«\u{202F}",
    "quoteClose": "\u{202F}»",
    "event.one": "événement",
    "event.other": "événements",
    "article.one": "article",
    "article.other": "articles",
    "mention.one": "mention",
    "mention.other": "mentions",
    "sentence.one": "phrase commune",
    "sentence.other": "phrases communes",
    "outlet.one": "média",
    "outlet.other": "médias",
    "homeSummary": "{articles} de {outlets}, {span}.",
    "homeSummaryNoOutlet": "{articles}, {span}.",
    "entitySummary": "{mentions} dans {articles}, {span}.",
    "entitySummaryUndated": "{mentions} dans {articles}.",
    "pageOf": "Page {page} sur {pages}",
    "pageTitle": "{title}, page {page}",
    "previousPage": "Page précédente",
    "nextPage": "Page suivante",
    "mentionPages": "Pages des mentions",
    "chartTitle": "Les événements dans le temps",
    "chartCaption": "{events} datés, {span}.",
    "timelineByMonth": "{pages} pages, une par mois.",
    "timelineByYear": "{pages} pages, une par année.",
    "timelinePeriods": "Pages de la chronologie",
    "chartMonths": "Chaque colonne est un mois et mène à ses événements.",
    "chartYears": "Chaque colonne est une année et mène à ses événements.",
    "chartMarks": "Chaque carré est un événement.",
    "chartBars": "La hauteur d’une colonne suit son nombre d’événements.",
    "chartGap": "années sans événement",
    "seenWithCaption":
      "Les noms le plus souvent cités dans les mêmes phrases que {name}. Plus le trait est épais, plus ils le sont souvent.",
  ]

  static let english: [String: String] = [
    "skip": "Skip to content",
    "home": "Home",
    "articles": "Articles",
    "entities": "Index",
    "timeline": "Timeline",
    "latestArticles": "Latest articles",
    "source": "Source",
    "published": "Published",
    "original": "Read the original",
    "readerComments": "Reader comments",
    "readerCommentsNote":
      "Copied from the original page. They are not the article's text and are not indexed.",
    "notFoundTitle": "Page not found",
    "notFoundText": "This page does not exist or has moved.",
    "backHome": "Back to the dossier's front page",
    "undated": "Undated",
    "generatedBy": "Site made with dossier",
    "data": "Data",
    "by": "By",
    "people": "People",
    "organizations": "Organisations",
    "places": "Places",
    "others": "Other",
    "mentions": "mentions",
    "mentionsInContext": "Mentions in context",
    "inArticles": "Articles",
    "aliases": "Other spellings",
    "seenWith": "Often mentioned with",
    "wikidata": "Wikidata entry",
    "relatedCoverage": "Related coverage",
    "sameStory": "The same story in other outlets",
    "compareOutlets": "Compare outlets",
    "stories": "Stories",
    "story": "Story",
    "storyIntro": "These articles report the same story. What each one mentions, and what it alone mentions:",
    "onlyHere": "only this outlet",
    "spellings": "Different spellings",
    "events": "Dated events",
    "inThisArticle": "In this article",
    "alsoReportedBy": "Also reported by",
    "keyEntities": "Who and what",
    "lastEvents": "Latest events",
    "noEvents": "No dated events.",
    "articleCount": "articles",
    "search": "Search",
    "searchPlaceholder": "Name, place, word…",
    "searchNoResult": "No results.",
    "type.person": "person",
    "type.organization": "organisation",
    "type.place": "place",
    "type.other": "other",
    "mainNav": "Main navigation",
    "noEntities": "No names found yet.",
    "feed": "Atom feed",
    "colon": ":",
    "quoteOpen": "“",
    "quoteClose": "”",
    "event.one": "event",
    "event.other": "events",
    "article.one": "article",
    "article.other": "articles",
    "mention.one": "mention",
    "mention.other": "mentions",
    "sentence.one": "shared sentence",
    "sentence.other": "shared sentences",
    "outlet.one": "outlet",
    "outlet.other": "outlets",
    "homeSummary": "{articles} from {outlets}, {span}.",
    "homeSummaryNoOutlet": "{articles}, {span}.",
    "entitySummary": "{mentions} in {articles}, {span}.",
    "entitySummaryUndated": "{mentions} in {articles}.",
    "pageOf": "Page {page} of {pages}",
    "pageTitle": "{title}, page {page}",
    "previousPage": "Previous page",
    "nextPage": "Next page",
    "mentionPages": "Pages of mentions",
    "chartTitle": "Events over time",
    "chartCaption": "{events} with a date, {span}.",
    "timelineByMonth": "{pages} pages, one per month.",
    "timelineByYear": "{pages} pages, one per year.",
    "timelinePeriods": "Pages of the timeline",
    "chartMonths": "Each column is a month and leads to its events.",
    "chartYears": "Each column is a year and leads to its events.",
    "chartMarks": "Each square is an event.",
    "chartBars": "A column's height follows its number of events.",
    "chartGap": "years without events",
    "seenWithCaption":
      "The names most often mentioned in the same sentences as {name}. The thicker the line, the more often.",
  ]
}
