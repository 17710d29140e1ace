import Foundation
import Testing

@testable import DossierKit

/// Inputs the fuzz targets (`Sources/Fuzz/`, `make fuzz`) found to crash or break a law,
/// reduced by hand; each crashing input is also kept as a seed under `fuzz/seeds/`. The
/// sentences are SYNTHETIC or fuzzer-made noise, not news.
@Suite struct FuzzRegressionTests {
  /// fuzz-dates: a run of more than 18 digits overflowed `Int` in the date tokenizer, so a
  /// long id in any article crashed the build.
  @Test func longDigitRunInADateSentence() {
    let sentence = "Le dossier 5555555555555555555555555555555555 a été ouvert le 4 octobre 2022."
    let tokens = DateTokenizer.tokenize(sentence)
    #expect(tokens.first { $0.kind == .number }?.number == -1)
    #expect(
      DateExpressionRecognizer(language: .fr).recognize(in: sentence).map(\.text) == ["le 4 octobre 2022"])
    #expect(DateTokenizer.tokenize("l’an 123456789").last?.number == 123_456_789)
  }
}

