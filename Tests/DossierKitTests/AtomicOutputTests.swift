import Foundation
import Testing

@testable import DossierKit

/// A build that fails while writing (a full disk, a dead process) must leave the previous
/// site exactly as it was, and the next build must clean up after an interrupted one.
@Suite("Atomic output")
struct AtomicOutputTests {
  @Test func aWriteFailureMidwayLeavesThePreviousSiteAndNoStaging() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    try dossier.build()
    let before = TestDossier.snapshot(dossier.output)
    let writer = SiteWriter(output: dossier.output, root: dossier.root)
    // The disk fills up after the first page: the error a full disk gives.
    #expect {
      _ = try writer.write { staging in
        try staging.add(OutputFile(path: "index.html", text: "<p>nouvelle page</p>"))
        throw CocoaError(.fileWriteOutOfSpace)
      }
    } throws: { error in
      let message = String(describing: error)
      return message.contains("could not write the site") && message.contains("free disk space")
        && message.contains("the previous site is untouched")
    }
    #expect(TestDossier.snapshot(dossier.output) == before)
    #expect(try dossier.stagingLeftovers().isEmpty)
  }

  @Test func theNextBuildRemovesTheStagingFolderOfAnInterruptedOne() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    // What a build killed by SIGINT or SIGTERM leaves: a staging folder named after its
    // process, which no longer exists (pid 2^22 + 1 is above Linux's pid limit).
    let stale = dossier.root.appending(path: ".Public.staging-4194305-7")
    try FileManager.default.createDirectory(
      at: stale.appending(path: "articles"), withIntermediateDirectories: true)
    try Data("moitié".utf8).write(to: stale.appending(path: "articles/index.html"))
    try dossier.build()
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(FileManager.default.fileExists(atPath: dossier.output.appending(path: "index.html").path))
  }

  @Test func twoFilesForOnePathAreRefused() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    #expect(throws: DossierError.self) {
      _ = try SiteWriter(output: dossier.output, root: dossier.root).write([
        OutputFile(path: "a/index.html", text: "un"), OutputFile(path: "a/index.html", text: "deux"),
      ])
    }
    #expect(!FileManager.default.fileExists(atPath: dossier.output.path))
  }
}
