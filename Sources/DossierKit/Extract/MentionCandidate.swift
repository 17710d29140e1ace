/// What an entity is.
public enum EntityType: String, Sendable, Codable, CaseIterable {
  case person, organization, place, other
}

/// Why the extractor gave a mention its type, weakest first. The resolver lets stronger
/// evidence win when spellings of one entity disagree, and lets a type guessed from weak
/// evidence (`shape`, `context`) join an entity of another type.
public enum TypeEvidence: Int, Sendable, Comparable, Codable {
  /// Nothing but a capitalised shape: typed `other`.
  case shape
  /// The words around it: « à X », « la région de X » (place).
  case context
  /// It starts with a known given name (person).
  case firstName
  /// A title before it (person) or an institution word inside it (organization).
  case cue
  /// A gazetteer place name.
  case gazetteer

  public static func < (lhs: TypeEvidence, rhs: TypeEvidence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A name found in one sentence.
public struct MentionCandidate: Sendable, Hashable {
  /// UTF-8 range of the name in the sentence: the name only, without a title before it
  /// (« M. ») or an elided article (« l’ »).
  public var range: Range<Int>
  /// The sentence's text over `range`.
  public var surface: String
  /// `surface` with white space normalised and a leading English "The" dropped.
  public var name: String
  public var type: EntityType
  public var evidence: TypeEvidence
  /// For a gazetteer place, the key every spelling of that place shares (`country:UA`).
  public var placeKey: String?
  /// A capitalised common word opening a sentence (« Famine », "Trump"): a name only if
  /// the dossier also writes it as one elsewhere, which the resolver checks.
  public var isTentative: Bool

  public init(
    range: Range<Int>, surface: String, name: String, type: EntityType,
    evidence: TypeEvidence = .shape, placeKey: String? = nil, isTentative: Bool = false
  ) {
    self.range = range
    self.surface = surface
    self.name = name
    self.type = type
    self.evidence = evidence
    self.placeKey = placeKey
    self.isTentative = isTentative
  }
}
