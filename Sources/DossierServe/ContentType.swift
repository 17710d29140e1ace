/// The `Content-Type` a static host sends for a file, by its extension.
///
/// Text types carry `charset=utf-8`: dossier writes UTF-8, and without the parameter a
/// browser may guess another encoding for CSS, scripts or plain text (French accents turn
/// into mojibake).
public enum ContentType {
  public static let html = "text/html; charset=utf-8"
  public static let eventStream = "text/event-stream; charset=utf-8"
  public static let javascript = "text/javascript; charset=utf-8"
  public static let plainText = "text/plain; charset=utf-8"
  static let fallback = "application/octet-stream"

  static let byExtension: [String: String] = [
    "html": html,
    "htm": html,
    "css": "text/css; charset=utf-8",
    "js": javascript,
    "mjs": javascript,
    "json": "application/json; charset=utf-8",
    "xml": "application/xml; charset=utf-8",
    "svg": "image/svg+xml; charset=utf-8",
    "txt": plainText,
    "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "webmanifest": "application/manifest+json; charset=utf-8",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "ico": "image/x-icon",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "pdf": "application/pdf",
  ]

  /// The type for a file name or path; unknown extensions are served as opaque bytes.
  public static func forPath(_ path: String) -> String {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return fallback }
    return byExtension[path[path.index(after: dot)...].lowercased()] ?? fallback
  }

  public static func isHTML(_ type: String) -> Bool {
    type.hasPrefix("text/html")
  }
}
