import DossierKit
import Foundation

/// The browser side of live reload, and how the server adds it to HTML pages.
///
/// The script is only ever added to responses by the preview server: the files of a build
/// (`dossier build`, and the serve folder on disk) never contain it.
public enum LiveReloadScript {
  /// Paths under this prefix belong to the preview server, not to the site.
  public static let prefix = "/__dossier/"
  public static let scriptPath = "/__dossier/live-reload.js"
  public static let eventsPath = "/__dossier/events"

  /// The tag inserted into every HTML page; `build` names the build the page came from, so
  /// a page that missed a reload (its tab was hidden, the server restarted) reloads itself
  /// when it reconnects.
  public static func tag(build: String) -> String {
    "<script src=\"\(scriptPath)\" data-dossier-build=\"\(HTMLEscaping.escape(build))\"></script>\n"
  }

  /// `html` with `snippet` inserted before its last `</body>` (any case), or appended when
  /// the page has none.
  public static func inject(_ snippet: String, into html: Data) -> Data {
    let closing = Array("</body".utf8)
    let bytes = [UInt8](html)
    var position: Int?
    if bytes.count >= closing.count {
      var start = bytes.count - closing.count
      while start >= 0 {
        var matches = true
        for offset in 0..<closing.count where asciiLowercased(bytes[start + offset]) != closing[offset] {
          matches = false
          break
        }
        if matches {
          position = start
          break
        }
        start -= 1
      }
    }
    var result = Data(capacity: bytes.count + snippet.utf8.count)
    let cut = position ?? bytes.count
    result.append(contentsOf: bytes[..<cut])
    result.append(contentsOf: Array(snippet.utf8))
    result.append(contentsOf: bytes[cut...])
    return result
  }

  static func asciiLowercased(_ byte: UInt8) -> UInt8 {
    (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
  }

  /// Listens to the server's events: `reload` after a good build, `build-error` with the
  /// error text after a failed one (shown in an overlay until the next good build reloads
  /// the page). Text goes in with `textContent` only, never parsed as HTML. Hidden tabs
  /// close their connection (browsers allow only six per host over HTTP/1.1) and compare
  /// build ids when they come back.
  public static let source = """
    (function () {
      "use strict";
      var me = document.currentScript;
      var build = me ? me.getAttribute("data-dossier-build") : "";
      var events = null;
      var overlay = null;

      function hideError() {
        if (overlay) { overlay.remove(); overlay = null; }
      }

      function showError(text) {
        hideError();
        overlay = document.createElement("div");
        overlay.setAttribute("role", "alert");
        Object.assign(overlay.style, {
          position: "fixed", left: "0", right: "0", bottom: "0", zIndex: "2147483647",
          maxHeight: "60vh", overflow: "auto", margin: "0", padding: "1em 1.25em",
          background: "#fff5f5", color: "#1a1a1a", borderTop: "4px solid #c0392b",
          boxShadow: "0 -4px 16px rgba(0,0,0,.25)", font: "14px/1.45 system-ui, sans-serif"
        });
        var title = document.createElement("strong");
        title.textContent = "dossier serve: the last build failed. This page shows the previous build; fix the error and save.";
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "\\u00d7";
        close.setAttribute("aria-label", "Hide");
        Object.assign(close.style, { float: "right", font: "inherit", fontSize: "1.4em", lineHeight: "1",
          border: "0", background: "none", cursor: "pointer" });
        close.addEventListener("click", hideError);
        var details = document.createElement("pre");
        Object.assign(details.style, { whiteSpace: "pre-wrap", margin: ".75em 0 0",
          font: "13px/1.45 ui-monospace, monospace" });
        details.textContent = text;
        overlay.appendChild(close);
        overlay.appendChild(title);
        overlay.appendChild(details);
        (document.body || document.documentElement).appendChild(overlay);
      }

      function connect() {
        if (events || !window.EventSource) { return; }
        events = new EventSource("\(eventsPath)");
        events.addEventListener("hello", function (event) {
          if (event.data !== build) { location.reload(); }
        });
        events.addEventListener("reload", function () { location.reload(); });
        events.addEventListener("build-error", function (event) { showError(event.data); });
      }

      function disconnect() {
        if (events) { events.close(); events = null; }
      }

      document.addEventListener("visibilitychange", function () {
        if (document.hidden) { disconnect(); } else { connect(); }
      });
      window.addEventListener("pagehide", disconnect);
      window.addEventListener("pageshow", function () { if (!document.hidden) { connect(); } });
      if (!document.hidden) { connect(); }
    })();

    """
}
