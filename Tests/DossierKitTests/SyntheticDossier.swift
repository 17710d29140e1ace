import Foundation

@testable import DossierKit

/// A SYNTHETIC dossier with a prepared graph: entities, mentions and dated events found by
/// plain string search, standing in for the entity and date engines so the reader's pages
/// (entity pages, the visual timeline, the co-mention graph, stories) can be rendered,
/// tested and looked at in a browser. Every person, place, outlet and event is invented.
enum SyntheticDossier {
  struct EntitySpec {
    var id: String
    var name: String
    var type: String
    var aliases: [String] = []
    var description: String? = nil
    /// The forms looked for in the text, besides the name and aliases.
    var forms: [String] = []
  }

  struct EventSpec {
    var expression: String
    var date: CalendarDate
  }

  static let config = """
    title: "Le pont de Ville-Fictive (dossier synthétique)"
    description: "Un dossier inventé pour essayer le thème : personnes, lieux et dates sont fictifs."
    language: fr
    """

  static let entities: [EntitySpec] = [
    EntitySpec(
      id: "jeanne-exemple", name: "Jeanne Exemple", type: "person", aliases: ["Jeanne Exampel"],
      description: "Maire (fictive) de Ville-Fictive.", forms: ["Mme Exemple"]),
    EntitySpec(
      id: "iouri-modelov", name: "Iouri Modèlov", type: "person", aliases: ["Yuri Modelov", "Youri Modelov"],
      description: "Ingénieur inventé, chef du chantier.", forms: ["M. Modèlov"]),
    EntitySpec(id: "paul-maquette", name: "Paul Maquette", type: "person", forms: ["M. Maquette"]),
    EntitySpec(id: "ville-fictive", name: "Ville-Fictive", type: "place"),
    EntitySpec(id: "genevrier-sur-mer", name: "Génévrier-sur-Mer", type: "place"),
    EntitySpec(
      id: "agence-imaginaire-des-ponts", name: "Agence imaginaire des ponts", type: "organization",
      aliases: ["AIP"]),
    EntitySpec(
      id: "federation-internationale-des-associations-d-exemple",
      name: "Fédération internationale des associations d’exemple", type: "organization"),
    EntitySpec(id: "conseil-des-rivieres", name: "Conseil des rivières inventées", type: "organization"),
    EntitySpec(id: "fete-du-pont", name: "Fête du pont", type: "other"),
  ]

  static let events: [EventSpec] = [
    EventSpec(expression: "en septembre 2021", date: CalendarDate(year: 2021, month: 9)),
    EventSpec(expression: "le 14 janvier 2022", date: CalendarDate(year: 2022, month: 1, day: 14)),
    EventSpec(expression: "le 3 mars 2022", date: CalendarDate(year: 2022, month: 3, day: 3)),
    EventSpec(expression: "en mars 2022", date: CalendarDate(year: 2022, month: 3)),
    EventSpec(expression: "le 2 mai 2022", date: CalendarDate(year: 2022, month: 5, day: 2)),
    EventSpec(expression: "on 2 May 2022", date: CalendarDate(year: 2022, month: 5, day: 2)),
    EventSpec(expression: "le 7 novembre 2022", date: CalendarDate(year: 2022, month: 11, day: 7)),
    EventSpec(expression: "en 2023", date: CalendarDate(year: 2023)),
    EventSpec(expression: "le 30 juin 2022", date: CalendarDate(year: 2022, month: 6, day: 30)),
  ]

  /// File name → article. French typography is deliberately missing in places (plain
  /// spaces, none before « ! »), as in scraped text.
  static let articles: [String: String] = [
    "annonce-du-pont.md": """
    ---
    title: "Ville-Fictive annonce un pont : « un projet pour tous »"
    date: 2021-09-20
    source: "La Gazette d’exemple"
    url: "https://example.org/gazette/annonce"
    ---
    Texte synthétique. Jeanne Exemple, maire de Ville-Fictive, a annoncé en septembre 2021 un pont suspendu vers Génévrier-sur-Mer.

    « Nous voulons relier les deux rives », a déclaré Mme Exemple devant le Conseil des rivières inventées. Le projet sera confié à l’Agence imaginaire des ponts (AIP) ; Iouri Modèlov en sera l’ingénieur.

    Pourquoi un pont ? Parce que le bac ne suffit plus!
    """,
    "premiere-pierre.md": """
    ---
    title: "Première pierre du pont de Ville-Fictive"
    date: 2022-03-04
    source: "Le Bulletin fictif"
    authors: ["Rédaction synthétique"]
    ---
    Texte synthétique. La première pierre a été posée le 3 mars 2022 à 10:30 par Jeanne Exemple et Iouri Modèlov.

    Selon l’AIP, les travaux dureront jusqu’en 2023. Paul Maquette, opposant au projet, parle d’un «gouffre financier».

    Le dossier technique est en ligne : https://example.org/dossier?page=2 (lien inventé). La commande `pont:status` affiche l’avancement.

    <!-- dossier:comments -->

    **Lecteur_imaginaire** : Enfin ! On l’attendait depuis longtemps…

    **Autre_lecteur** : Et le coût ?
    """,
    "chantier-en-cours.md": """
    ---
    title: "Le chantier du pont avance : le tablier est posé"
    date: 2022-05-03
    source: "La Gazette d’exemple"
    ---
    Texte synthétique. Le tablier a été posé le 2 mai 2022, a annoncé Iouri Modèlov.

    M. Modèlov, ingénieur de l’Agence imaginaire des ponts, affirme : « le calendrier est tenu ».

    Jeanne Exemple et Paul Maquette se sont croisés sur le chantier en mars 2022, selon la Fédération internationale des associations d’exemple.
    """,
    "bridge-deck.md": """
    ---
    title: "Ville-Fictive bridge deck in place"
    date: 2022-05-04
    source: "The Example Herald"
    lang: en
    ---
    Synthetic text. The deck of the bridge was lifted into place on 2 May 2022, said Yuri Modelov.

    Mayor Jeanne Exampel called it "a great day" for Ville-Fictive: the Agence imaginaire des ponts kept its word.
    """,
    "pont-inaugure.md": """
    ---
    title: "Le pont de Ville-Fictive est inauguré"
    date: 2022-11-08
    source: "Le Bulletin fictif"
    ---
    Texte synthétique. Le pont a été inauguré le 7 novembre 2022 par Jeanne Exemple, en présence de Paul Maquette.

    Le Conseil des rivières inventées avait validé l’ouvrage le 30 juin 2022. Génévrier-sur-Mer est désormais à dix minutes de Ville-Fictive ! La Fête du pont aura lieu en 2023.
    """,
    "recours.md": """
    ---
    title: "Un recours contre le pont rejeté"
    date: 2022-01-20
    source: "Le Courrier imaginaire"
    ---
    Texte synthétique. Le recours de Paul Maquette contre le pont a été rejeté le 14 janvier 2022.

    M. Maquette dénonce « une décision politique » et cite la Fédération internationale des associations d’exemple.
    """,
  ]

  /// The graph a real build would give, plus the synthetic entities and events.
  static func graph(for analyzed: [AnalyzedArticle], config: DossierConfig) -> DossierGraph {
    var graph = DossierLinker.link(analyzed, config: config)
    // The prepared entities replace what extraction found, links included.
    graph.mentionLinks = [:]
    var records: [String: DossierGraph.EntityRecord] = [:]
    var foundEvents: [DossierGraph.Event] = []
    let byDate = analyzed.sorted {
      ($0.article.date ?? CalendarDate(year: 0)) > ($1.article.date ?? CalendarDate(year: 0))
    }
    for item in byDate {
      let slug = item.article.slug
      for sentence in item.text.sentences {
        var taken: [Range<Int>] = []
        var sentenceEntities: [String] = []
        for entity in entities {
          for form in ([entity.name] + entity.aliases + entity.forms).sorted(by: { $0.count > $1.count }) {
            for range in byteRanges(of: form, in: sentence.text)
            where !taken.contains(where: { $0.overlaps(range) }) {
              taken.append(range)
              sentenceEntities.append(entity.id)
              var record =
                records[entity.id]
                ?? DossierGraph.EntityRecord(
                  id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases,
                  description: entity.description, wikidata: nil, mentions: [], articles: [])
              record.mentions.append(
                DossierGraph.Mention(
                  article: slug, anchor: sentence.anchor, sentence: sentence.text, surface: form))
              if !record.articles.contains(slug) { record.articles.append(slug) }
              records[entity.id] = record
              graph.mentionLinks[slug, default: []].append(
                ArticleAnnotator.InlineLink(
                  sentence: sentence.anchor, range: range,
                  url: SitePaths.relative(from: SitePaths.article(slug), to: SitePaths.entity(entity.id)),
                  title: entity.name))
            }
          }
        }
        for event in events where sentence.text.contains(event.expression) {
          foundEvents.append(
            DossierGraph.Event(
              date: event.date, expression: event.expression, text: sentence.text, article: slug,
              anchor: sentence.anchor, entities: sentenceEntities, alsoReportedBy: []))
        }
      }
    }
    graph.entities = entities.compactMap { records[$0.id] }
    // One event per date and expression meaning; later reports become citations.
    var merged: [DossierGraph.Event] = []
    for event in foundEvents.sorted(by: { $0.date < $1.date }) {
      if let index = merged.firstIndex(where: { $0.date == event.date && $0.article != event.article }) {
        merged[index].alsoReportedBy.append(
          DossierGraph.Citation(article: event.article, anchor: event.anchor, text: event.text))
      } else {
        merged.append(event)
      }
    }
    graph.events = merged
    if graph.stories.isEmpty { graph.stories = [["chantier-en-cours", "bridge-deck"]] }
    return graph
  }

  /// UTF-8 ranges of whole-word occurrences of `form` in `text`.
  static func byteRanges(of form: String, in text: String) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var searchStart = text.startIndex
    while let found = text.range(of: form, range: searchStart..<text.endIndex) {
      let beforeOK =
        found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter
      let afterOK = found.upperBound == text.endIndex || !text[found.upperBound].isLetter
      if beforeOK && afterOK {
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        result.append(start..<start + form.utf8.count)
      }
      searchStart = found.upperBound
    }
    return result
  }

  /// Writes the synthetic dossier to a temporary folder and renders its site with the
  /// prepared graph into `output` (default: the dossier's `Public/`).
  static func build(output: URL? = nil) throws -> (dossier: TestDossier, output: URL) {
    let dossier = try TestDossier(config: config, articles: articles)
    let target = output ?? dossier.output
    let content = try ContentLoader(root: dossier.root).load()
    let templates = try TemplateSet.load(overrideFolder: dossier.root.appending(path: "Templates"))
    let analyzed = content.articles.map { AnalyzedArticle(article: $0) }
    let graph = graph(for: analyzed, config: content.config)
    let files = try SiteRenderer(dossier: content, graph: graph, templates: templates, baseURL: nil)
      .render(analyzed)
    _ = try SiteWriter(output: target, root: dossier.root).write(files)
    return (dossier, target)
  }
}
