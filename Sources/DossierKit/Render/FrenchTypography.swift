/// French spacing for rendered text: a non-breaking space before « : ; ! ? » and inside
/// guillemets, so a line never starts with « ? » or ends with « « ». Scraped French text
/// usually has ordinary spaces there (which a browser may break) or none at all (English
/// habits). Applied to the rendered copy only: the Markdown files keep their bytes.
///
/// A narrow no-break space (U+202F) goes before ; ! ? and inside guillemets, a full one
/// (U+00A0) before the colon, as the Imprimerie nationale's rules ask. Spaces the source
/// already made non-breaking are kept. URLs, e-mail addresses and times (10:30) are left
/// alone, and so is any mark not followed by a space or the end of the text (« a:b »).
public enum FrenchTypography {
  static let narrowNoBreak: Unicode.Scalar = "\u{202F}"
  static let noBreak: Unicode.Scalar = "\u{A0}"

  /// `text` with French spacing. `before` and `after` are the characters just outside
  /// `text` in the same paragraph (the end of the previous text node, the start of the
  /// next), so a mark at the edge of a node is judged in context; nil means the paragraph
  /// starts or ends there.
  public static func apply(_ text: String, before: Unicode.Scalar? = nil, after: Unicode.Scalar? = nil)
    -> String
  {
    guard mayNeedSpacing(text) else { return text }
    let input = Array(text.unicodeScalars)
    let isProtected = protectedPositions(input)
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(input.count + 8)
    var index = 0
    while index < input.count {
      let scalar = input[index]
      let next = index + 1 < input.count ? input[index + 1] : after
      let previous = output.last ?? before
      switch scalar {
      case ":", ";", "!", "?":
        if !isProtected[index], endsClause(next) {
          let space = scalar == ":" ? noBreak : narrowNoBreak
          if let last = output.last, isBreakingSpace(last) {
            output[output.count - 1] = space
          } else if let previous, takesSpaceAfter(previous) {
            output.append(space)
          }
        }
        output.append(scalar)
      case "«":
        output.append(scalar)
        if index + 1 < input.count, isBreakingSpace(input[index + 1]) {
          output.append(narrowNoBreak)
          index += 1
        } else if let next, !isWhitespace(next), !isNoBreakSpace(next) {
          output.append(narrowNoBreak)
        }
      case "»":
        if let last = output.last, isBreakingSpace(last) {
          output[output.count - 1] = narrowNoBreak
        } else if let previous, !isWhitespace(previous), !isNoBreakSpace(previous) {
          output.append(narrowNoBreak)
        }
        output.append(scalar)
      default:
        output.append(scalar)
      }
      index += 1
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: output)
    return String(result)
  }

  /// Cheap test on bytes: most text nodes hold none of the marks.
  static func mayNeedSpacing(_ text: String) -> Bool {
    var afterC2 = false
    for byte in text.utf8 {
      switch byte {
      case 0x3A, 0x3B, 0x21, 0x3F: return true
      case 0xAB, 0xBB: if afterC2 { return true }
      default: break
      }
      afterC2 = byte == 0xC2
    }
    return false
  }

  /// Positions inside a word that is a URL, a domain or an e-mail address.
  static func protectedPositions(_ scalars: [Unicode.Scalar]) -> [Bool] {
    var result = [Bool](repeating: false, count: scalars.count)
    var start = 0
    while start < scalars.count {
      while start < scalars.count, isWhitespace(scalars[start]) { start += 1 }
      var end = start
      while end < scalars.count, !isWhitespace(scalars[end]) { end += 1 }
      if end > start, looksLikeAddress(scalars[start..<end]) {
        for position in start..<end { result[position] = true }
      }
      start = end
    }
    return result
  }

  static func looksLikeAddress(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    // Most words have none of `: @` and do not start with a w: no string to build.
    guard word.first == "w" || word.first == "W" || word.contains(where: { $0 == ":" || $0 == "@" })
    else { return false }
    let text = String(String.UnicodeScalarView(word)).lowercased()
    return text.contains("://") || text.hasPrefix("www.") || text.hasPrefix("mailto:")
      || (text.contains("@") && text.contains("."))
  }

  /// A mark ends a clause when a space, the end of the paragraph or closing punctuation
  /// follows; « 10:30 », « a:b » and « ?x » do not get a space.
  static func endsClause(_ next: Unicode.Scalar?) -> Bool {
    guard let next else { return true }
    if isWhitespace(next) || isNoBreakSpace(next) { return true }
    return "!?»)]”\"’'.,…".unicodeScalars.contains(next)
  }

  /// What a mark may be pushed away from: a word, a number or closing punctuation; not
  /// another mark (« ?! » keeps its pair together) nor an opening bracket.
  static func takesSpaceAfter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
    return "»)]”\"’'…".unicodeScalars.contains(scalar)
  }

  static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{2009}" || scalar == "\u{2006}" || scalar == "\u{2005}"
  }

  static func isNoBreakSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == noBreak || scalar == narrowNoBreak || scalar == "\u{2007}" || scalar == "\u{2060}"
  }

  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace && !isNoBreakSpace(scalar)
  }
}
