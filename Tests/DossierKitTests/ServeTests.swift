import DossierServe
import Foundation
import Testing

@testable import DossierKit

/// `dossier serve` end to end: a real build of a synthetic dossier, served on a free port
/// of 127.0.0.1, fetched with a raw socket client. Waits are generous and nothing asserts
/// on timing: these run on loaded 2-core machines.
@Suite("dossier serve")
struct ServeTests {
  /// A synthetic dossier built and served; its serve folder is `.dossier-serve` as in the CLI.
  final class Served {
    let dossier: TestDossier
    let server: PreviewServer
    let client: RawHTTPClient
    var site: URL { dossier.root.appending(path: ".dossier-serve") }

    init(articles: [String: String] = ["reunion.md": TestDossier.sampleArticle]) async throws {
      dossier = try TestDossier(articles: articles)
      let options = BuildOptions(root: dossier.root, output: dossier.root.appending(path: ".dossier-serve"))
      server = PreviewServer(
        configuration: .init(site: options.output, host: "127.0.0.1", port: 0),
        build: { try SiteBuild.run(options) })
      if case .failed(let message) = server.rebuild() {
        throw RawHTTPClient.Failure(description: "the first build failed: \(message)")
      }
      let url = try await server.start()
      client = RawHTTPClient(port: UInt16(try #require(url.port)))
    }

    func get(_ target: String) async throws -> RawHTTPClient.Response { try await client.send("GET", target) }

    func finish() async {
      await server.stop()
      dossier.remove()
    }
  }

  /// Runs `body` against a served dossier, and always stops the server afterwards.
  func serving(_ body: (Served) async throws -> Void) async throws {
    let served = try await Served()
    do {
      try await body(served)
    } catch {
      await served.finish()
      throw error
    }
    await served.finish()
  }

  @Test func servesPagesWithTheirContentTypes() async throws {
    try await serving { served in
      let home = try await served.get("/")
      #expect(home.status == 200)
      #expect(home.headers["content-type"] == "text/html; charset=utf-8")
      #expect(home.text.contains("Une réunion à Exempleville"))

      let article = try await served.get("/articles/reunion/")
      #expect(article.status == 200)
      #expect(article.text.contains("Mme Jeanne Exemple"))

      let expected = [
        "/assets/site.css": "text/css; charset=utf-8",
        "/data/articles.json": "application/json; charset=utf-8",
        "/feed.xml": "application/xml; charset=utf-8",
        "/robots.txt": "text/plain; charset=utf-8",
        "/__dossier/live-reload.js": "text/javascript; charset=utf-8",
      ]
      for (path, type) in expected {
        let response = try await served.get(path)
        #expect(response.status == 200, "\(path)")
        #expect(response.headers["content-type"] == type, "\(path)")
        #expect(response.headers["cache-control"] == "no-store", "\(path)")
      }
    }
  }

  @Test func redirectsFolderURLsToTheirSlashForm() async throws {
    try await serving { served in
      let response = try await served.get("/articles/reunion?from=feed")
      #expect(response.status == 301)
      #expect(response.headers["location"] == "/articles/reunion/?from=feed")
      #expect(try await served.get("/articles/").status == 404, "no folder listings")
      #expect(try await served.get("/assets/site.css/").status == 404, "a file is not a folder")
    }
  }

  @Test func answersHEADLikeGETWithoutABody() async throws {
    try await serving { served in
      let get = try await served.get("/articles/reunion/")
      let head = try await served.client.send("HEAD", "/articles/reunion/")
      #expect(head.status == 200)
      #expect(head.headers["content-type"] == get.headers["content-type"])
      #expect(head.headers["content-length"] == String(get.body.count))
      #expect(head.body.isEmpty)

      let post = try await served.client.send("POST", "/")
      #expect(post.status == 405)
      #expect(post.headers["allow"] == "GET, HEAD")
      #expect(try await served.client.send("DELETE", "/index.html").status == 405)
    }
  }

  @Test func unknownPathsGetTheSites404PageWithStatus404() async throws {
    try await serving { served in
      let onDisk = try String(contentsOf: served.site.appending(path: "404.html"), encoding: .utf8)
      let response = try await served.get("/articles/no-such-article/")
      #expect(response.status == 404)
      #expect(response.headers["content-type"] == "text/html; charset=utf-8")
      let withoutScript = response.text.replacingOccurrences(
        of: LiveReloadScript.tag(build: served.server.channel.currentBuild), with: "")
      #expect(withoutScript == onDisk, "the site's own 404 page, plus the reload script")
      #expect(try await served.get("/missing.css").status == 404)
    }
  }

  @Test func refusesPathsThatLeaveTheSiteFolder() async throws {
    try await serving { served in
      // A file beside the served folder, and one in the dossier root.
      let secret = "synthetic secret 7d1f"
      try served.dossier.write("secret.txt", secret)
      try FileManager.default.createSymbolicLink(
        atPath: served.site.appending(path: "leak.txt").path,
        withDestinationPath: served.dossier.root.appending(path: "secret.txt").path)
      try FileManager.default.createSymbolicLink(
        atPath: served.site.appending(path: "outside").path, withDestinationPath: served.dossier.root.path)
      let hostile = [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt", "/articles/../../secret.txt", "/articles/%2e%2e/%2e%2e/secret.txt",
        "/..\\secret.txt", "/..%5csecret.txt", "//etc/passwd", "/%2fetc%2fpasswd", "/./index.html",
        "/leak.txt", "/outside/secret.txt", "/outside/", "/%00/index.html", "etc/passwd",
      ]
      for target in hostile {
        let response = try await served.get(target)
        #expect([400, 403, 404].contains(response.status), "\(target) → \(response.status)")
        #expect(!response.text.contains(secret), "\(target) leaked the file")
        #expect(!response.text.contains("root:"), "\(target)")
      }
      #expect(try await served.get("/index.html").status == 200, "a plain path still works")
    }
  }

  @Test func addsTheReloadScriptToServedHTMLOnly() async throws {
    try await serving { served in
      let page = try await served.get("/articles/reunion/")
      #expect(page.text.contains("<script src=\"/__dossier/live-reload.js\""))
      let script = try #require(page.text.range(of: "<script src=\"/__dossier/live-reload.js\""))
      let body = try #require(page.text.range(of: "</body>", options: .backwards))
      #expect(script.upperBound < body.lowerBound, "inserted before </body>")
      #expect(!(try await served.get("/assets/site.css").text.contains("__dossier")))
      for (path, data) in TestDossier.snapshot(served.site) {
        #expect(!String(decoding: data, as: UTF8.self).contains("__dossier"), "\(path) on disk")
      }
    }
  }

  @Test func anEditIsRebuiltServedAndReloadsOpenPages() async throws {
    try await serving { served in
      _ = served.server.watch(root: served.dossier.root)
      let events = try served.client.openEventStream()
      #expect(await events.waitFor("event: hello") != nil)

      try served.dossier.write(
        "Content/articles/reunion.md",
        TestDossier.sampleArticle.replacingOccurrences(
          of: "Une réunion à Exempleville", with: "Titre corrigé"))
      #expect(await events.waitFor("event: reload") != nil, "open pages are told to reload")
      #expect(try await served.get("/articles/reunion/").text.contains("Titre corrigé"))

      // A folder made while serving is watched too: an article saved in it is built.
      try FileManager.default.createDirectory(
        at: served.dossier.root.appending(path: "Content/articles/2021"), withIntermediateDirectories: false)
      #expect(await events.waitFor("event: reload") != nil)
      try served.dossier.write("Content/articles/2021/ancien.md", TestDossier.olderArticle)
      #expect(await events.waitFor("event: reload") != nil)
      #expect(try await served.get("/articles/ancien/").status == 200)
    }
  }

  @Test func aFailedRebuildKeepsTheLastGoodSiteAndReportsTheError() async throws {
    try await serving { served in
      _ = served.server.watch(root: served.dossier.root)
      let events = try served.client.openEventStream()
      #expect(await events.waitFor("event: hello") != nil)
      let before = try await served.get("/articles/reunion/").text

      try served.dossier.write(
        "Content/articles/broken.md", "---\ntitle: [unclosed\n---\nTexte synthétique.\n")
      let error = try #require(await events.waitFor("event: build-error"))
      let details = try #require(await events.waitFor("\n\n"))
      #expect((error + details).contains("broken.md"), "the error names the file")
      #expect(try await served.get("/articles/reunion/").text == before, "the last good site stays served")
      #expect(try await served.get("/").status == 200)

      // A page opened now learns of the error as soon as it connects.
      let late = try served.client.openEventStream()
      #expect(await late.waitFor("event: build-error") != nil)

      try FileManager.default.removeItem(
        at: served.dossier.root.appending(path: "Content/articles/broken.md"))
      #expect(
        await events.waitFor("event: reload") != nil, "the next good build reloads (and clears the overlay)")
      #expect(served.server.channel.currentError == nil)
    }
  }

  @Test func beforeAnyGoodBuildPagesShowTheErrorAndWait() async throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "dossier-serve-\(UUID().uuidString)")
    let server = PreviewServer(
      configuration: .init(site: folder.appending(path: "never-built"), port: 0),
      build: { throw DossierError(file: "Content/articles/x.md", line: 2, "synthetic failure") })
    server.rebuild()
    let url = try await server.start()
    let client = RawHTTPClient(port: UInt16(try #require(url.port)))
    do {
      let page = try await client.send("GET", "/")
      #expect(page.status == 503)
      #expect(page.text.contains("/__dossier/live-reload.js"))
      let events = try client.openEventStream()
      #expect(await events.waitFor("event: build-error") != nil)
      let error = try #require(await events.waitFor("\n\n"))
      #expect(error.contains("data: Content/articles/x.md:2: error: synthetic failure"))
    }
    await server.stop()
  }
}
