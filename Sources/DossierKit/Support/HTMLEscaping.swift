/// Escaping for text and attribute values the program writes into HTML itself.
/// (Templates escape on their own; this is for markup built in Swift.)
public enum HTMLEscaping {
  /// Replaces `& < > " '` with entities. Works on UTF-8 bytes, not characters: a quote
  /// followed by a combining mark is one `Character` (`"́`), which a per-character
  /// comparison would miss and leave to close an attribute.
  public static func escape(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.contains(where: isMarkup) else { return String(decoding: bytes, as: UTF8.self) }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "&"): out += "&amp;".utf8
        case UInt8(ascii: "<"): out += "&lt;".utf8
        case UInt8(ascii: ">"): out += "&gt;".utf8
        case UInt8(ascii: "\""): out += "&quot;".utf8
        case UInt8(ascii: "'"): out += "&#39;".utf8
        default: out.append(byte)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// One of the five characters escaped.
  static func isMarkup(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
      return true
    default:
      return false
    }
  }
}
