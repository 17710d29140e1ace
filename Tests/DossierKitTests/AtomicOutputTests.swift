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

  /// The exports and the search index are written as they are made: one that comes out the
  /// same is the previous site's file (linked, so it keeps its date), one that differs
  /// anywhere, or is longer or shorter, is the new bytes, and one whose making fails leaves
  /// the site as it was.
  @Test func streamedFilesAreComparedPieceByPiece() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    let writer = SiteWriter(output: dossier.output, root: dossier.root)
    func streamed(_ path: String, _ pieces: [String]) -> StreamedFile {
      StreamedFile(path: path) { write in for piece in pieces { try write(Array(piece.utf8)) } }
    }
    let first = ["[1,", "", "2,3", "]"]
    _ = try writer.write { staging in
      for name in ["same", "changed", "longer", "shorter"] {
        try staging.add(streamed("data/\(name).json", first))
      }
    }
    func inode(_ name: String) throws -> Int? {
      try FileManager.default.attributesOfItem(
        atPath: dossier.output.appending(path: "data/\(name).json").path)[
          .systemFileNumber] as? Int
    }
    let before = try inode("same")
    let result = try writer.write { staging in
      try staging.add(streamed("data/same.json", ["[1,2", ",3]"]))
      try staging.add(streamed("data/changed.json", ["[1,", "2,4", "]"]))
      try staging.add(streamed("data/longer.json", first + [" "]))
      try staging.add(streamed("data/shorter.json", ["[1,", "2,3"]))
    }
    #expect(result.unchanged == 1 && result.written == 3)
    #expect(try inode("same") == before)
    func text(_ name: String) throws -> String {
      try String(contentsOf: dossier.output.appending(path: "data/\(name).json"), encoding: .utf8)
    }
    #expect(try text("same") == "[1,2,3]")
    #expect(try text("changed") == "[1,2,4]")
    #expect(try text("longer") == "[1,2,3] ")
    #expect(try text("shorter") == "[1,2,3")
    let site = TestDossier.snapshot(dossier.output)
    #expect(throws: DossierError.self) {
      _ = try writer.write { staging in
        try staging.add(
          StreamedFile(path: "data/same.json") { write in
            try write(Array("[9,".utf8))
            throw CocoaError(.fileWriteOutOfSpace)
          })
      }
    }
    #expect(TestDossier.snapshot(dossier.output) == site)
    #expect(try dossier.stagingLeftovers().isEmpty)
  }

  /// Pages written at once into new folders of a reused spare (as the renderer's threads
  /// do): a thread making a folder must never remove one another thread has just made.
  @Test func threadsMakingTheSameFoldersInTheSpareLoseNoFile() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    let writer = SiteWriter(output: dossier.output, root: dossier.root)
    _ = try writer.write { try $0.add(OutputFile(path: "index.html", text: "A")) }
    for round in 0..<30 {
      // Each round's folders are new to the spare (the site before last).
      let paths = (0..<240).map { "r\(round)/f\($0 % 6)/g\($0 % 4)/p\($0).html" }
      _ = try writer.write { staging in
        try staging.add(OutputFile(path: "index.html", text: "A"))
        _ = try paths.parallelMap { try staging.add(OutputFile(path: $0, text: $0)) }
      }
      let site = TestDossier.snapshot(dossier.output)
      #expect(paths.allSatisfy { site[$0] == Data($0.utf8) }, "round \(round)")
    }
  }

  /// The site a build replaces is kept as the spare and the next build stages into it: the
  /// result must be exactly that build's files (nothing of the older site left, a file
  /// where a folder was and the other way round), and a file the spare shares with the
  /// live site (hard-linked, unchanged then) must never be written through while staging.
  @Test func theNextBuildStagesIntoTheSiteBeforeAndKeepsNothingOfIt() throws {
    let dossier = try TestDossier(articles: ["reunion.md": TestDossier.sampleArticle])
    defer { dossier.remove() }
    let writer = SiteWriter(output: dossier.output, root: dossier.root)
    func site(_ files: [String: String], streamed: String) throws -> SiteWriter.Result {
      try writer.write { staging in
        for (path, text) in files { try staging.add(OutputFile(path: path, text: text)) }
        try staging.add(StreamedFile(path: "data/all.json") { write in try write(Array(streamed.utf8)) })
      }
    }
    _ = try site(
      [
        "index.html": "A", "shared/index.html": "partagé", "gone/index.html": "x", "c": "fichier",
        "d/index.html": "dossier",
      ], streamed: "[1]")
    // A name no site path can have, in the site that will become the spare.
    let junk = dossier.output.path + "/gone/\u{1}"
    let odd = Array(junk.utf8).map { $0 == 1 ? 0xFF : $0 } + [0]
    let handle = odd.withUnsafeBufferPointer {
      $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    #expect(handle >= 0)
    close(handle)
    _ = try site(["index.html": "B", "shared/index.html": "partagé"], streamed: "[1]")
    let spare = dossier.root.appending(path: ".Public.spare")
    #expect(FileManager.default.fileExists(atPath: spare.appending(path: "gone/index.html").path))
    let before = TestDossier.snapshot(dossier.output)

    let result = try site(
      ["index.html": "C", "shared/index.html": "changé", "c/index.html": "un dossier", "d": "un fichier"],
      streamed: "[2]")
    #expect(result.written == 5 && result.unchanged == 0)
    var expected = [
      "index.html": "C", "shared/index.html": "changé", "c/index.html": "un dossier", "d": "un fichier",
      "data/all.json": "[2]",
    ].mapValues { Data($0.utf8) }
    expected[OutputGuard.markerName] = before[OutputGuard.markerName]
    #expect(TestDossier.snapshot(dossier.output) == expected)
    // The site before is now the spare, as it was: staging wrote beside its files, not into them.
    #expect(TestDossier.snapshot(spare) == before)
    #expect(try dossier.stagingLeftovers().isEmpty)
  }
}
