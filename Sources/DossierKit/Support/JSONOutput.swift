import Foundation

/// JSON for the public exports: stable key order, readable, and safe to embed in HTML
/// (`<`, `>` and `&` are written as `\u` escapes, which every JSON reader decodes).
enum JSONOutput {
  static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    let text = String(decoding: try encoder.encode(value), as: UTF8.self)
    return Data(htmlSafe(text).utf8)
  }

  static func htmlSafe(_ json: String) -> String {
    // On bytes: U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
    let bytes = Array(json.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "<"): out += #"\u003c"#.utf8
      case UInt8(ascii: ">"): out += #"\u003e"#.utf8
      case UInt8(ascii: "&"): out += #"\u0026"#.utf8
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        out += (bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
        index += 2
      default: out.append(byte)
      }
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

}
