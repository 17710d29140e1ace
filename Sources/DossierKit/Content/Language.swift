/// The languages the extraction grammars and the interface strings cover.
public enum Language: String, Sendable, CaseIterable, Codable {
  case fr, en

  public var localeIdentifier: String {
    switch self {
    case .fr: return "fr_FR"
    case .en: return "en_GB"
    }
  }
}
