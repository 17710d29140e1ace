import Foundation

/// Turns the bytes of a text file into a String the pipeline can trust.
///
/// UTF-8 is expected. A BOM is dropped, CRLF and CR become LF, and Windows-1252 (a superset
/// of Latin-1 in practice, common in French scrapes) is converted with a notice. Files with
/// NUL bytes or other control bytes that text never holds are refused as binary.
public enum TextDecoding {
  public struct Decoded: Sendable {
    public var text: String
    public var notices: [Notice]
  }

  public static func decode(_ data: Data, file: String) throws -> Decoded {
    var notices: [Notice] = []
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
      notices.append(Notice(file: file, "removed a UTF-8 byte order mark"))
    }
    if looksBinary(bytes) {
      throw DossierError(
        file: file, "this is a binary file, not text",
        hint: "give dossier plain text (UTF-8, or Windows-1252/Latin-1) or Markdown files")
    }
    // Asked of the bytes: `String.contains` goes through Foundation, ~1 M instructions a file.
    let hasCarriageReturns = bytes.contains(0x0D)
    var text: String
    if let utf8 = String(validating: bytes, as: UTF8.self) {
      text = utf8
    } else {
      text = String(bytes.map { windows1252Scalar($0) }.map(Character.init))
      notices.append(
        Notice(file: file, "not valid UTF-8: read as Windows-1252 (Latin-1) and converted to UTF-8"))
    }
    if hasCarriageReturns {
      text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
        of: "\r", with: "\n")
      notices.append(Notice(file: file, "converted Windows (CRLF) line endings"))
    }
    return Decoded(text: text, notices: notices)
  }

  /// NUL, or many C0 control bytes that are not tab/LF/CR/FF, mean binary data.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    if sample.contains(0) { return true }
    let controls = sample.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
    return controls > max(2, sample.count / 100)
  }

  private static let cp1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
    if (0x80...0x9F).contains(byte) { return Unicode.Scalar(cp1252High[Int(byte) - 0x80])! }
    return Unicode.Scalar(byte)
  }
}
