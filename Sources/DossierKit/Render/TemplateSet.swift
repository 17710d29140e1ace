import DefaultTemplates
import Foundation
import Mustache

/// The Mustache templates and static assets a build renders with.
///
/// The default theme is compiled into the binary; a `Templates/` folder in the dossier
/// overrides it file by file (same relative path). `*.mustache` files are templates named by
/// their path without extension (`article`, `partials/head`); files under `assets/` are
/// copied to the output's `assets/`.
public struct TemplateSet: Sendable {
  public let library: MustacheLibrary
  /// Output path (`assets/site.css`) → bytes.
  public let assets: [String: Data]
  /// Template name → where it came from, for messages.
  let origins: [String: String]
  /// Every template's text and asset's bytes, for the fingerprints of incremental builds.
  var fingerprint = StableHash()

  public static let requiredTemplates = [
    "layout", "index", "article", "entities", "entity", "timeline", "story", "404",
  ]

  /// Loads the defaults, then the files of `overrideFolder` (if it exists) on top.
  /// `swiftPartials: false` renders every partial through Mustache (to test that the
  /// `DefaultPartials` written in Swift give the same bytes).
  public static func load(overrideFolder: URL?, swiftPartials: Bool = true) throws -> TemplateSet {
    var sources: [String: (text: String, origin: String)] = [:]
    var assets: [String: Data] = [:]
    for (path, text) in DefaultTemplates.files {
      if path.hasSuffix(".mustache") {
        sources[String(path.dropLast(9))] = (text, "(default theme) Templates/" + path)
      } else if path.hasPrefix("assets/") {
        assets[path] = Data(text.utf8)
      }
    }
    if let folder = overrideFolder?.standardizedFileURL,
      FileManager.default.fileExists(atPath: folder.path),
      let walker = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    {
      for case let url as URL in walker
      where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
        let display = "Templates/" + relative
        if relative.hasSuffix(".mustache") {
          let decoded = try TextDecoding.decode(Data(contentsOf: url), file: display)
          sources[String(relative.dropLast(9))] = (decoded.text, display)
        } else if relative.hasPrefix("assets/") {
          assets[relative] = try Data(contentsOf: url)
        }
      }
    }

    var library = MustacheLibrary()
    var errors: [DossierError] = []
    for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
      do {
        library.register(try MustacheTemplate(string: source.text), named: name)
      } catch let error as MustacheTemplate.ParserError {
        errors.append(
          DossierError(
            file: source.origin, line: error.context.lineNumber,
            "template syntax error (\(error.error)) at column \(error.context.columnNumber): \(error.context.line.trimmingCharacters(in: .whitespaces))",
            hint: "check that every {{#section}} has its {{/section}} and every tag is closed"))
      }
      errors += missingReferences(in: source.text, origin: source.origin, known: sources)
    }
    for name in requiredTemplates where sources[name] == nil {
      errors.append(DossierError("the template `\(name).mustache` is missing"))
    }
    if !errors.isEmpty { throw DossierErrors(errors) }
    let isDefault = { (name: String) in sources[name]?.origin.hasPrefix("(default theme)") == true }
    for standIn in DefaultPartials.standIns
    where swiftPartials && isDefault(standIn.name) && standIn.includes.allSatisfy(isDefault) {
      library.register(try MustacheTemplate(string: standIn.template), named: standIn.name)
    }
    var fingerprint = StableHash()
    fingerprint.add(swiftPartials ? 1 : 0)
    for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
      fingerprint.add(name)
      fingerprint.add(source.text)
    }
    for (path, data) in assets.sorted(by: { $0.key < $1.key }) {
      fingerprint.add(path)
      fingerprint.add(data.count)
      for byte in data { fingerprint.add(byte) }
    }
    return TemplateSet(
      library: library, assets: assets, origins: sources.mapValues { $0.origin },
      fingerprint: fingerprint)
  }

  /// swift-mustache renders a missing partial as nothing; a theme author wants to know.
  static func missingReferences(
    in text: String, origin: String, known: [String: (text: String, origin: String)]
  ) -> [DossierError] {
    var errors: [DossierError] = []
    for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var rest = Substring(line)
      while let open = rest.range(of: "{{") {
        rest = rest[open.upperBound...]
        guard let first = rest.first, first == ">" || first == "<" else { continue }
        guard let close = rest.range(of: "}}") else { break }
        let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound]
          .trimmingCharacters(in: .whitespaces)
        if known[name] == nil {
          errors.append(
            DossierError(
              file: origin, line: lineIndex + 1,
              "the template refers to `\(name)`, which does not exist",
              hint: "create Templates/\(name).mustache or fix the name"))
        }
        rest = rest[close.upperBound...]
      }
    }
    return errors
  }

  public func hasTemplate(_ name: String) -> Bool { origins[name] != nil }

  public func render(_ name: String, _ context: Any) throws -> String {
    guard let html = library.render(TemplateValues.flatten(context) ?? context, withTemplate: name) else {
      throw DossierError("the template `\(name).mustache` is missing")
    }
    return html
  }
}
