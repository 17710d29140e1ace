import Foundation
import Testing

@testable import DossierKit

/// Bytes → text: BOM, CRLF, Windows-1252, binary. Texts are SYNTHETIC.
@Suite struct ImportEncodingTests {
  func run(_ bytes: [UInt8]) throws -> ImportResult {
    try ArticleImporter.importData(Data(bytes), fileName: "raw.txt", options: ImportOptions(title: "T"))
  }

  @Test func utf8WithBOMAndCRLF() throws {
    let result = try run([0xEF, 0xBB, 0xBF] + Array("Le pont a rouvert.\r\nLa fête aura lieu.\r\n".utf8))
    #expect(result.article.body == "Le pont a rouvert.\n\nLa fête aura lieu.")
    let messages = result.report.notices.map(\.message)
    #expect(messages.contains { $0.contains("byte order mark") })
    #expect(messages.contains { $0.contains("CRLF") })
  }

  @Test func windows1252IsConverted() throws {
    // « Élu à Quaxville, l’édile… » in Windows-1252: É=C9, à=E0, ’=92, é=E9, …=85, «=AB, »=BB.
    let bytes: [UInt8] =
      [0xAB, 0x20, 0xC9, 0x6C, 0x75, 0x20, 0xE0, 0x20] + Array("Quaxville, l".utf8)
      + [0x92, 0xE9] + Array("dile".utf8) + [0x85, 0x20, 0xBB]
    let result = try run(bytes)
    #expect(result.article.body == "« Élu à Quaxville, l’édile… »")
    #expect(result.report.notices.contains { $0.message.contains("Windows-1252") })
  }

  @Test func binaryIsRefused() {
    #expect(throws: DossierError.self) {
      try run([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
    }
  }

  @Test func emptyTextIsRefused() {
    #expect(throws: DossierError.self) { try run(Array("\n\n[ad_1]\n".utf8)) }
  }
}
