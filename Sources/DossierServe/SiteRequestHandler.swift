import FlyingFox
import Foundation

/// Answers requests the way a static host serves the built site, plus the two live-reload
/// paths under `/__dossier/`.
///
/// FlyingFox's own `DirectoryHTTPHandler` answers folder URLs with an empty 200 and has no
/// 404 page, so the site is served here: `index.html` for folders, a redirect to add the
/// slash, the site's `404.html`, `GET` and `HEAD` only, nothing outside the site folder.
struct SiteRequestHandler: HTTPHandler {
  let lookup: SiteLookup
  let channel: LiveReloadChannel

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    let isHead = request.method == .HEAD
    guard request.method == .GET || isHead else {
      return Self.response(
        .methodNotAllowed, type: ContentType.plainText, body: Data("Only GET and HEAD are served.\n".utf8),
        head: false, extra: [HTTPHeader("Allow"): "GET, HEAD"])
    }
    let rawPath = request.target.path()
    switch rawPath {
    case LiveReloadScript.eventsPath:
      return eventStream(head: isHead)
    case LiveReloadScript.scriptPath:
      return Self.response(
        .ok, type: ContentType.javascript, body: Data(LiveReloadScript.source.utf8), head: isHead)
    default:
      break
    }

    switch lookup.resolve(rawPath: rawPath, query: request.target.query()) {
    case .file(let url):
      guard let data = FileManager.default.contents(atPath: url.path) else {
        return notFound(head: isHead)  // removed between lookup and read (a rebuild swapped it)
      }
      return page(.ok, type: ContentType.forPath(url.path), body: data, head: isHead)
    case .redirect(let location):
      return Self.response(
        .movedPermanently, type: ContentType.plainText, body: Data("Moved to \(location)\n".utf8),
        head: isHead, extra: [.location: location])
    case .notFound:
      return notFound(head: isHead)
    case .refused(let reason):
      return Self.response(
        .badRequest, type: ContentType.plainText, body: Data("Refused: \(reason).\n".utf8), head: isHead)
    case .siteMissing:
      return page(
        .serviceUnavailable, type: ContentType.html, body: Data(Self.notBuiltPage.utf8), head: isHead)
    }
  }

  /// The site's own 404 page when it has one.
  func notFound(head: Bool) -> HTTPResponse {
    if let page = lookup.notFoundPage(), let data = FileManager.default.contents(atPath: page.path) {
      return self.page(.notFound, type: ContentType.html, body: data, head: head)
    }
    return Self.response(.notFound, type: ContentType.plainText, body: Data("Not found.\n".utf8), head: head)
  }

  /// A response whose HTML, if it is HTML, carries the live-reload script.
  func page(_ status: HTTPStatusCode, type: String, body: Data, head: Bool) -> HTTPResponse {
    let body =
      ContentType.isHTML(type)
      ? LiveReloadScript.inject(LiveReloadScript.tag(build: channel.currentBuild), into: body) : body
    return Self.response(status, type: type, body: body, head: head)
  }

  func eventStream(head: Bool) -> HTTPResponse {
    var headers = Self.commonHeaders(type: ContentType.eventStream)
    guard !head else { return HTTPResponse(statusCode: .ok, headers: headers) }
    headers[HTTPHeader("X-Accel-Buffering")] = "no"
    return HTTPResponse(
      statusCode: .ok, headers: headers,
      body: HTTPBodySequence(from: channel.subscribe(), suggestedBufferSize: 4096))
  }

  /// `HEAD` gets the headers `GET` would, with the same `Content-Length`, and no body.
  static func response(
    _ status: HTTPStatusCode, type: String, body: Data, head: Bool, extra: [HTTPHeader: String] = [:]
  ) -> HTTPResponse {
    var headers = commonHeaders(type: type)
    headers[.contentLength] = String(body.count)
    for (name, value) in extra { headers[name] = value }
    return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : body)
  }

  /// Nothing is cached: after a rebuild the browser must fetch pages, styles and data anew.
  static func commonHeaders(type: String) -> HTTPHeaders {
    [
      .contentType: type,
      .cacheControl: "no-store",
      HTTPHeader("X-Content-Type-Options"): "nosniff",
    ]
  }

  /// Served (with the live-reload script) while no build has succeeded yet: the error
  /// overlay then shows why, and the first good build reloads the page.
  static let notBuiltPage = """
    <!DOCTYPE html>
    <html lang="en">
    <head><meta charset="utf-8"><title>dossier serve: not built yet</title></head>
    <body>
    <h1>The dossier has not been built yet</h1>
    <p>The first build failed. The error is shown below and in the terminal; fix it and save,
    and this page reloads by itself.</p>
    </body>
    </html>

    """
}
