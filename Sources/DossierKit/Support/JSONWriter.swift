/// JSON written straight into bytes, for the large exports: the same text `JSONOutput`
/// gives through Foundation's `JSONEncoder` (sorted keys, pretty or compact, slashes
/// unescaped, HTML-safe), which spent seconds on a big dossier's 130 MB of exports boxing
/// every value. Callers write an object's keys in sorted order; `JSONWriterTests` compares
/// the bytes with `JSONOutput`'s.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  let pretty: Bool
  /// One entry per open array or object: whether it has a value yet.
  private var filled: [Bool] = []

  init(pretty: Bool = true, capacity: Int = 0) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  /// Forgets the bytes written so far (handed on by the caller) and goes on from there.
  mutating func removeWritten() { bytes.removeAll(keepingCapacity: true) }

  mutating func beginArray() { begin(UInt8(ascii: "[")) }
  mutating func endArray() { end(UInt8(ascii: "]")) }
  mutating func beginObject() { begin(UInt8(ascii: "{")) }
  mutating func endObject() { end(UInt8(ascii: "}")) }

  /// A member's key; its value comes next.
  mutating func key(_ name: String) {
    startValue()
    appendString(name)
    bytes += pretty ? Self.prettyColon : [UInt8(ascii: ":")]
    keyPending = true
  }

  mutating func string(_ text: String) {
    startValue()
    appendString(text)
  }

  mutating func int(_ number: Int) {
    startValue()
    bytes += String(number).utf8
  }

  mutating func strings(_ texts: [String]) {
    beginArray()
    for text in texts { string(text) }
    endArray()
  }

  /// `key` and its string, or nothing when `text` is nil (as `encodeIfPresent`).
  mutating func member(_ name: String, _ text: String?) {
    guard let text else { return }
    key(name)
    string(text)
  }

  mutating func member(_ name: String, _ number: Int) {
    key(name)
    int(number)
  }

  mutating func member(_ name: String, _ texts: [String]) {
    key(name)
    strings(texts)
  }

  // MARK: Layout

  private static let prettyColon: [UInt8] = Array(" : ".utf8)
  /// After a key the value follows on the same line, without a separator.
  private var keyPending = false

  private mutating func begin(_ bracket: UInt8) {
    startValue()
    bytes.append(bracket)
    filled.append(false)
  }

  private mutating func end(_ bracket: UInt8) {
    let hadValues = filled.removeLast()
    if pretty {
      // Foundation writes an empty array or object on three lines.
      bytes.append(UInt8(ascii: "\n"))
      if !hadValues { bytes.append(UInt8(ascii: "\n")) }
      indent(filled.count)
    }
    bytes.append(bracket)
  }

  /// The separator and indentation before a value (or a key) inside the open container.
  private mutating func startValue() {
    if keyPending {
      keyPending = false
      return
    }
    guard let last = filled.indices.last else { return }
    if filled[last] { bytes.append(UInt8(ascii: ",")) }
    filled[last] = true
    if pretty {
      bytes.append(UInt8(ascii: "\n"))
      indent(filled.count)
    }
  }

  private mutating func indent(_ level: Int) {
    for _ in 0..<(2 * level) { bytes.append(UInt8(ascii: " ")) }
  }

  // MARK: Strings

  private mutating func appendString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        let escape: StaticString?
        var skip = 0
        switch byte {
        case UInt8(ascii: "\""): escape = #"\""#
        case UInt8(ascii: "\\"): escape = #"\\"#
        case 0x0A: escape = #"\n"#
        case 0x0D: escape = #"\r"#
        case 0x09: escape = #"\t"#
        case 0x08: escape = #"\b"#
        case 0x0C: escape = #"\f"#
        // Safe inside <script> and HTML, as `JSONOutput.htmlSafe`.
        case UInt8(ascii: "<"): escape = #"\u003c"#
        case UInt8(ascii: ">"): escape = #"\u003e"#
        case UInt8(ascii: "&"): escape = #"\u0026"#
        case 0xE2
        where index + 2 < utf8.count && utf8[index + 1] == 0x80
          && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
          escape = utf8[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
          skip = 2
        case 0..<0x20: escape = nil
        default:
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
        if let escape {
          escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
        } else {
          bytes += #"\u00"#.utf8
          bytes.append(Self.hexDigits[Int(byte >> 4)])
          bytes.append(Self.hexDigits[Int(byte & 0xF)])
        }
        index += 1 + skip
        start = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
