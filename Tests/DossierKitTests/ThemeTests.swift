import DefaultTemplates
import Foundation
import Testing

@testable import DossierKit

/// The default theme's colours meet WCAG 2.2 AA contrast in light and dark: 4.5:1 for text,
/// 3:1 for what must be seen but is not text (focus ring, chart marks, input border).
@Suite("Theme")
struct ThemeTests {
  static let css = DefaultTemplates.files["assets/site.css"] ?? ""

  /// Custom properties of the first `:root` block after `marker`.
  static func palette(after marker: String) -> [String: String] {
    guard let start = css.range(of: marker),
      let open = css.range(of: ":root {", range: start.upperBound..<css.endIndex),
      let close = css.range(of: "}", range: open.upperBound..<css.endIndex)
    else { return [:] }
    var colours: [String: String] = [:]
    for declaration in css[open.upperBound..<close.lowerBound].split(separator: ";") {
      let parts = declaration.split(separator: ":", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      if parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") {
        colours[String(parts[0].dropFirst(2))] = parts[1]
      }
    }
    return colours
  }

  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16) ?? 0
    func channel(_ shift: Int) -> Double {
      let c = Double((value >> shift) & 0xFF) / 255
      return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
  }

  static func contrast(_ a: String, _ b: String) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  static let textPairs = [
    ("text", "background"), ("text", "surface"), ("text", "mark"), ("muted", "background"),
    ("muted", "surface"),
    ("accent", "background"), ("accent", "surface"), ("accent", "mark"), ("accent-visited", "background"),
    ("accent-visited", "surface"),
  ]
  static let graphicPairs = [
    ("accent", "background"), ("accent", "surface"), ("chart", "background"), ("chart", "surface"),
    ("muted", "background"), ("text", "background"),
  ]

  @Test(arguments: [("light", "/* dossier default theme"), ("dark", "prefers-color-scheme: dark")])
  func coloursMeetAAContrast(scheme: String, marker: String) {
    let colours = Self.palette(after: marker)
    #expect(colours.count >= 10, "could not read the \(scheme) palette from site.css")
    for (pairs, minimum) in [(Self.textPairs, 4.5), (Self.graphicPairs, 3.0)] {
      for (foreground, background) in pairs {
        guard let f = colours[foreground], let b = colours[background] else {
          Issue.record("\(scheme): --\(foreground) or --\(background) missing")
          continue
        }
        let ratio = Self.contrast(f, b)
        #expect(
          ratio >= minimum,
          "\(scheme): --\(foreground) \(f) on --\(background) \(b) is \(String(format: "%.2f", ratio)):1, below \(minimum)"
        )
      }
    }
  }

  @Test func contrastFormulaMatchesWCAG() {
    #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
    #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
  }

  /// Self-contained: no web fonts, CDNs or trackers; the only addresses in a page come
  /// from the content (an article's original URL).
  @Test func themeFetchesNothingFromElsewhere() {
    for (path, text) in DefaultTemplates.files {
      #expect(!text.contains("http://") && !text.contains("https://"), "\(path) names an address")
      #expect(!text.contains("@import") && !text.contains("url("), "\(path) loads a resource")
    }
  }
}
