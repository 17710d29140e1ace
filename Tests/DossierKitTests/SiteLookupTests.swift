import Foundation
import Testing

@testable import DossierServe

/// How the preview server maps request paths to files, and the pieces it adds to pages.
@Suite("Preview server: paths, types, reload script")
struct SiteLookupTests {
  /// A synthetic site folder: `index.html`, `articles/a/index.html`, `assets/site.css`.
  func withSite(_ body: (URL) throws -> Void) throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "site-lookup-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let site = root.appending(path: "site")
    for path in ["index.html", "articles/a/index.html", "assets/site.css"] {
      let url = site.appending(path: path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("synthetic \(path)".utf8).write(to: url)
    }
    try Data("outside".utf8).write(to: root.appending(path: "outside.txt"))
    try body(site)
  }

  @Test func mapsFolderURLsToTheirIndexAndRedirectsWithoutTheSlash() throws {
    try withSite { site in
      let lookup = SiteLookup(site: site)
      let real = try #require(SiteLookup.realPath(site.path))
      #expect(lookup.resolve(rawPath: "/") == .file(URL(fileURLWithPath: real + "/index.html")))
      #expect(
        lookup.resolve(rawPath: "/articles/a/")
          == .file(URL(fileURLWithPath: real + "/articles/a/index.html")))
      #expect(lookup.resolve(rawPath: "/articles/a") == .redirect(location: "/articles/a/"))
      #expect(lookup.resolve(rawPath: "/articles/a", query: "x=1") == .redirect(location: "/articles/a/?x=1"))
      #expect(lookup.resolve(rawPath: "/articles/") == .notFound)
      #expect(
        lookup.resolve(rawPath: "/assets/site.css") == .file(URL(fileURLWithPath: real + "/assets/site.css")))
      #expect(lookup.resolve(rawPath: "/assets/site.css/") == .notFound)
      #expect(lookup.resolve(rawPath: "/nothing") == .notFound)
      #expect(SiteLookup(site: site.appending(path: "absent")).resolve(rawPath: "/") == .siteMissing)
    }
  }

  @Test func refusesTraversalInEveryEncoding() throws {
    try withSite { site in
      let lookup = SiteLookup(site: site)
      for target in [
        "/../outside.txt", "/%2e%2e/outside.txt", "/%2E%2e/outside.txt", "/..%2foutside.txt",
        "/..%2Foutside.txt", "/a/%2e%2e/%2e%2e/outside.txt", "/.%2e/outside.txt", "/..\\outside.txt",
        "/..%5coutside.txt", "//outside.txt", "/%2Foutside.txt", "/./index.html", "/%2e/index.html",
        "/index.html%00", "/%zz", "outside.txt", "*", "http://example.org/index.html",
      ] {
        guard case .refused = lookup.resolve(rawPath: target) else {
          Issue.record("\(target) was not refused: \(lookup.resolve(rawPath: target))")
          continue
        }
      }
    }
  }

  @Test func refusesSymlinksLeadingOutOfTheSite() throws {
    try withSite { site in
      let fileManager = FileManager.default
      try fileManager.createSymbolicLink(
        atPath: site.appending(path: "leak.txt").path,
        withDestinationPath: site.deletingLastPathComponent().appending(path: "outside.txt").path)
      try fileManager.createSymbolicLink(
        atPath: site.appending(path: "up").path, withDestinationPath: site.deletingLastPathComponent().path)
      try fileManager.createSymbolicLink(
        atPath: site.appending(path: "inside.css").path, withDestinationPath: "assets/site.css")
      let lookup = SiteLookup(site: site)
      for target in ["/leak.txt", "/up/outside.txt", "/up/", "/up"] {
        guard case .refused = lookup.resolve(rawPath: target) else {
          Issue.record("\(target) was not refused: \(lookup.resolve(rawPath: target))")
          continue
        }
      }
      guard case .file = lookup.resolve(rawPath: "/inside.css") else {
        Issue.record("a symlink within the site is served")
        return
      }
    }
  }

  @Test func givesTextTypesACharset() {
    #expect(ContentType.forPath("index.html") == "text/html; charset=utf-8")
    #expect(ContentType.forPath("a/site.CSS") == "text/css; charset=utf-8")
    #expect(ContentType.forPath("app.js") == "text/javascript; charset=utf-8")
    #expect(ContentType.forPath("data/articles.json") == "application/json; charset=utf-8")
    #expect(ContentType.forPath("feed.xml") == "application/xml; charset=utf-8")
    #expect(ContentType.forPath("logo.svg") == "image/svg+xml; charset=utf-8")
    #expect(ContentType.forPath("robots.txt") == "text/plain; charset=utf-8")
    #expect(ContentType.forPath("a.png") == "image/png")
    #expect(ContentType.forPath("a.jpg") == "image/jpeg")
    #expect(ContentType.forPath("a.gif") == "image/gif")
    #expect(ContentType.forPath("a.webp") == "image/webp")
    #expect(ContentType.forPath("favicon.ico") == "image/x-icon")
    #expect(ContentType.forPath("f.woff2") == "font/woff2")
    #expect(ContentType.forPath("a.dir/README") == "application/octet-stream")
  }

  @Test func insertsTheScriptBeforeTheLastClosingBody() {
    let page = "<html><body><p>&lt;/body&gt; in text</p></BODY>\n</html>"
    let result = String(decoding: LiveReloadScript.inject("<s/>", into: Data(page.utf8)), as: UTF8.self)
    #expect(result == "<html><body><p>&lt;/body&gt; in text</p><s/></BODY>\n</html>")
    let fragment = String(
      decoding: LiveReloadScript.inject("<s/>", into: Data("<p>x</p>".utf8)), as: UTF8.self)
    #expect(fragment == "<p>x</p><s/>")
    #expect(LiveReloadScript.tag(build: "a\"b").contains("data-dossier-build=\"a&quot;b\""))
  }

  @Test func reloadScriptShowsErrorsAsTextOnly() {
    #expect(LiveReloadScript.source.contains("textContent = text"))
    #expect(!LiveReloadScript.source.contains("innerHTML"))
    #expect(!LiveReloadScript.source.contains("insertAdjacentHTML"))
  }

  @Test func eventsCarryEveryLineOfTheirData() {
    let event = String(
      decoding: LiveReloadChannel.event("build-error", "a.md:2: error: x\r\n  hint: y"), as: UTF8.self)
    #expect(event == "event: build-error\ndata: a.md:2: error: x\ndata:   hint: y\n\n")
  }

  @Test func watchesContentTemplatesAndConfigButNotEditorScratchFiles() {
    for path in [
      "dossier.yml", "Content", "Content/articles/a.md", "Content/entities.yml", "Templates/layout.mustache",
      "Templates/assets/site.css",
    ] {
      #expect(WatchFilter.isRelevant(path), "\(path)")
    }
    for path in [
      "Public/index.html", ".dossier-serve/index.html", "README.md", "Content/articles/.a.md.swp",
      "Content/articles/a.md~", "Content/articles/4913", "Content/articles/#a.md#", "Content/articles/.#a.md",
      "Content/articles/a.md.swp", "Content/articles/a.md___jb_tmp___", "Content/.git/index",
      "dossier.yml.tmp",
    ] {
      #expect(!WatchFilter.isRelevant(path), "\(path)")
    }
  }
}
