import ArgumentParser
import DossierKit
import Foundation

/// How the CLI talks: results on stdout, problems on stderr as `file:line: message`.
enum Terminal {
  /// Control characters (from file names, YAML keys, links) are shown escaped, never sent
  /// to the terminal.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((TextHygiene.visibleControls(text) + "\n").utf8))
  }

  static func warn(_ notices: [Notice]) {
    for notice in notices { error(notice.description) }
  }

  /// Runs `body`; a dossier error is printed for the user and becomes exit code 1.
  static func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DossierError {
      Terminal.error(error.description)
      throw ExitCode.failure
    } catch let errors as DossierErrors {
      Terminal.error(errors.description)
      if errors.errors.count > 1 { Terminal.error("\(errors.errors.count) problems found.") }
      throw ExitCode.failure
    }
  }
}
