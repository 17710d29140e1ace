import Foundation
import Testing

@testable import DossierKit

/// The pages a reader sees, built from the synthetic dossier with its prepared graph.
@Suite("Reader pages")
struct ReaderPagesTests {
  /// Also writes the synthetic site where `DOSSIER_SHOWCASE_OUTPUT` says, for the browser
  /// checks (`make browser-test`).
  @Test func showcaseSiteHasEveryPageType() throws {
    let requested = ProcessInfo.processInfo.environment["DOSSIER_SHOWCASE_OUTPUT"].map {
      URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
    let (dossier, output) = try SyntheticDossier.build(output: requested)
    defer { dossier.remove() }
    let files = TestDossier.snapshot(output)
    for path in [
      "index.html", "404.html", "entities/index.html", "timeline/index.html",
      "entities/jeanne-exemple/index.html", "articles/premiere-pierre/index.html",
    ] {
      #expect(files[path] != nil, "missing \(path)")
    }
    #expect(files.keys.contains { $0.hasPrefix("stories/") })
    let broken = LinkCheck.brokenLinks(in: output).map(\.description)
    #expect(broken.isEmpty, "\(broken)")
  }
}
