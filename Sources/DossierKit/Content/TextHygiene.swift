/// Cleaning for short text values read from YAML (titles, names, sources, authors) and for
/// messages printed on a terminal.
///
/// Templates escape markup; these are the other ways a value can misbehave: control
/// characters (a NUL or an ESC in a title, invisible but carried into pages, feeds and
/// terminals) and unterminated bidi overrides (U+202E in a title reverses the rest of the
/// line it is shown on: the source and date beside it in a list, a file name in a feed
/// reader). Zero-width characters are kept: ZWJ and ZWNJ are part of emoji and of Arabic and
/// Persian spelling.
public enum TextHygiene {
  /// `text` without C0/C1 control characters (tab and line feed kept), its bidi embeddings,
  /// overrides and isolates closed at its end; and whether controls were removed.
  public static func clean(_ text: String) -> (text: String, removedControls: Bool) {
    var needsWork = false
    for scalar in text.unicodeScalars where isControl(scalar) || isBidiControl(scalar) {
      needsWork = true
      break
    }
    guard needsWork else { return (text, false) }
    var removed = false
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        removed = true
      } else {
        kept.append(scalar)
      }
    }
    return (balancingBidi(String(kept)), removed)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
  }

  static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  /// Drops closers that close nothing and appends the closers of what is left open, as the
  /// Unicode bidi algorithm pairs them (PDF closes an embedding or override, PDI an isolate
  /// and the embeddings opened inside it).
  public static func balancingBidi(_ text: String) -> String {
    let pdf: Unicode.Scalar = "\u{202C}"
    let pdi: Unicode.Scalar = "\u{2069}"
    var open: [Bool] = []  // true: isolate, false: embedding or override
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x202A, 0x202B, 0x202D, 0x202E:
        open.append(false)
      case 0x2066, 0x2067, 0x2068:
        open.append(true)
      case 0x202C:
        guard open.last == false else { continue }
        open.removeLast()
      case 0x2069:
        guard let isolate = open.lastIndex(of: true) else { continue }
        open.removeSubrange(isolate...)
      default:
        break
      }
      out.append(scalar)
    }
    for isolate in open.reversed() { out.append(isolate ? pdi : pdf) }
    return String(out)
  }

  /// Control characters shown as `\u{1B}`, so a file name or YAML key cannot drive the
  /// terminal a message is printed on (clear the screen, rewrite earlier lines).
  public static func visibleControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
