/// A problem the user must fix, located in a file when it comes from one.
///
/// Printed as `file:line: message` (the form editors and CI annotate), followed by what to do.
public struct DossierError: Error, CustomStringConvertible, Equatable, Sendable {
  public var file: String?
  public var line: Int?
  public var message: String
  public var hint: String?

  public init(file: String? = nil, line: Int? = nil, _ message: String, hint: String? = nil) {
    self.file = file
    self.line = line
    self.message = message
    self.hint = hint
  }

  /// Control characters from file names or content are shown escaped (`TextHygiene`).
  public var description: String {
    var location = ""
    if let file {
      location = file + (line.map { ":\($0)" } ?? "") + ": "
    }
    var text = location + "error: " + message
    if let hint { text += "\n  hint: " + hint }
    return TextHygiene.visibleControls(text)
  }
}

/// Several problems found in one pass, so the user can fix them all at once.
public struct DossierErrors: Error, CustomStringConvertible, Sendable {
  public var errors: [DossierError]
  public init(_ errors: [DossierError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Something worth telling the user that does not stop the work.
public struct Notice: CustomStringConvertible, Equatable, Sendable {
  public var file: String?
  public var line: Int?
  public var message: String

  public init(file: String? = nil, line: Int? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    let location = file.map { $0 + (line.map { ":\($0)" } ?? "") + ": " } ?? ""
    return TextHygiene.visibleControls(location + "warning: " + message)
  }
}
