import Yams

/// One entry of `Content/entities.yml`: what the editor says about an entity. It always
/// wins over extraction.
public struct CuratedEntity: Sendable, Hashable {
  /// The displayed name; it also matches mentions written this way.
  public var name: String
  /// Forces the type; nil keeps the extracted one.
  public var type: EntityType?
  /// Other spellings: every mention written one of these ways (after transliteration
  /// folding, see `NameKey`) belongs to this entry. Listing two extracted names here merges
  /// them; listing them under different entries splits them.
  public var aliases: [String]
  public var description: String?
  /// A Wikidata item id (`Q…`).
  public var wikidata: String?
  /// Mentions matching this entry are dropped (« Source link »).
  public var ignore: Bool
  /// Fixes the entity's id (its page address); otherwise made from `name`.
  public var id: String?
  /// Where the entry is, for messages.
  public var file: String
  public var line: Int

  public init(
    name: String, type: EntityType? = nil, aliases: [String] = [], description: String? = nil,
    wikidata: String? = nil, ignore: Bool = false, id: String? = nil, file: String = EntitiesFile.path,
    line: Int = 0
  ) {
    self.name = name
    self.type = type
    self.aliases = aliases
    self.description = description
    self.wikidata = wikidata
    self.ignore = ignore
    self.id = id
    self.file = file
    self.line = line
  }
}

/// Reads and writes `Content/entities.yml`, the editor's list of entities:
/// ```yaml
/// - name: Nikolaï Patrouchev
///   type: person            # person | organization | place | other
///   aliases: [Patrushev, Potrushev]
///   description: "Secrétaire du Conseil de sécurité russe."
///   wikidata: Q…
///   id: nikolai-patrushev   # optional: the page address
/// - name: Source link
///   ignore: true
/// ```
public enum EntitiesFile {
  public static let path = "Content/entities.yml"
  static let knownKeys = ["name", "type", "aliases", "description", "wikidata", "ignore", "id"]

  /// Parses the file's text. Every problem is reported with its line; unknown keys are
  /// notices, not errors.
  public static func parse(_ text: String, file: String = path) throws -> (
    entities: [CuratedEntity], notices: [Notice]
  ) {
    guard let root = try YAMLFields.compose(text, file: file, lineOffset: 0) else { return ([], []) }
    if case .scalar(let scalar) = root, scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
      return ([], [])
    }
    guard let sequence = root.sequence else {
      throw DossierError(
        file: file, line: root.mark?.line ?? 1,
        "\(file) must be a list of entities, each starting with `- name: …`",
        hint: "write one entry per entity:\n  - name: Jane Doe\n    type: person")
    }
    var entities: [CuratedEntity] = []
    var errors: [DossierError] = []
    var notices: [Notice] = []
    for item in sequence {
      guard let mapping = item.mapping else {
        errors.append(
          DossierError(
            file: file, line: item.mark?.line ?? 1, "each entry must be a set of `key: value` lines",
            hint: "write `- name: …` and, indented under it, `type: …`, `aliases: [...]`"))
        continue
      }
      var fields = YAMLFields(file: file, lineOffset: 0, mapping: mapping)
      let name = fields.string("name", required: true, example: "Jane Doe")
      var type: EntityType?
      if let text = fields.string("type") {
        type = EntityType(rawValue: text.lowercased())
        if type == nil {
          fields.fail(
            mapping["type"], "unknown entity type `\(text)`",
            hint: "use one of: \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
      }
      let aliases = fields.stringList("aliases").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      let description = fields.string("description")
      let wikidata = fields.string("wikidata")
      if let wikidata, !isWikidataID(wikidata) {
        fields.fail(
          mapping["wikidata"], "`wikidata` must be an item id like Q42, not `\(wikidata)`",
          hint: "copy the Q number from the item's Wikidata page")
      }
      let ignore = fields.bool("ignore") ?? false
      let id = fields.string("id")
      if let id, !Slug.isValid(id) {
        fields.fail(
          mapping["id"], "`id` must be lower-case ASCII words joined by hyphens, not `\(id)`",
          hint: "for example `id: \(Slug.make(id).isEmpty ? "jane-doe" : Slug.make(id))`")
      }
      fields.warnUnknownKeys(known: knownKeys)
      errors += fields.errors
      notices += fields.notices
      guard let name, fields.errors.isEmpty else { continue }
      entities.append(
        CuratedEntity(
          name: name, type: type, aliases: aliases,
          description: description?.isEmpty == true ? nil : description,
          wikidata: wikidata, ignore: ignore, id: id, file: file, line: fields.line(of: mapping["name"])))
    }
    if let first = errors.first { throw errors.count == 1 ? first as Error : DossierErrors(errors) }
    return (entities, notices)
  }

  static func isWikidataID(_ text: String) -> Bool {
    guard text.count >= 2, text.first == "Q" else { return false }
    return text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// The commented file `dossier init` writes: it explains every key and changes nothing
  /// until the editor uncomments an entry.
  public static let example = """
    # Entities of this dossier: people, organisations, places and other names.
    #
    # `dossier build` finds names in the articles by itself and joins spellings of one
    # name (« Iouri Exemplov », "Yuri Examplov"). This file corrects it, and always wins.
    # Each build lists the entities found that are not in this file, to review.
    #
    # One entry per entity:
    #   name         the name to display; mentions written this way belong to the entry
    #   type         person | organization | place | other
    #   aliases      other spellings; all their mentions join this entity
    #                (list two found names here to merge them; give spellings to
    #                different entries to split them)
    #   description  one line shown on the entity's page
    #   wikidata     a Wikidata item id, like Q42, shown as a link
    #   id           the entity's page address (entities/<id>/), if you want to fix it
    #   ignore       true: never show mentions of this name
    #
    # Examples with made-up names (remove the # to use such entries):
    #
    # - name: Iouri Exemplov
    #   type: person
    #   aliases: [Yuri Examplov, Examplov]
    #   description: "Conseiller fictif, pour l'exemple."
    #   wikidata: Q42
    #
    # - name: Agence Exemple
    #   type: organization
    #   aliases: [Example Agency]
    #
    # - name: Source link
    #   ignore: true

    """
}
