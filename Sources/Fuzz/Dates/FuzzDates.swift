import DossierKit
import Foundation
import FuzzSupport

/// libFuzzer target: arbitrary text through the date recogniser (French and English) and
/// the resolver. Laws: expressions come in order, do not overlap, lie inside the sentence
/// and quote it exactly; every resolved date exists in the calendar.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
  let utf8 = Array(text.utf8)
  for recognizer in recognizers {
    var end = 0
    for expression in recognizer.recognize(in: text) {
      let range = expression.range
      Fuzz.require(
        range.lowerBound >= end && range.upperBound <= utf8.count && !range.isEmpty,
        "\(recognizer.language): expression \(range) out of order or outside 0..<\(utf8.count)")
      end = range.upperBound
      Fuzz.require(
        String(decoding: utf8[range], as: UTF8.self) == expression.text,
        "\(recognizer.language): expression text “\(expression.text)” is not the sentence's \(range)")
    }
  }
  let sentences = SentenceSplitter.sentences(text).enumerated().map { index, sentence in
    Sentence(anchor: "s\(index)", text: sentence, block: 0, range: 0..<sentence.utf8.count)
  }
  // A publication date chosen by the input, among ones near calendar edges.
  let published = publications[size % publications.count]
  for resolver in resolvers {
    for resolved in resolver.resolve(sentences: sentences, published: published) {
      let date = resolved.date
      var valid = true
      if let month = date.month {
        valid = (1...12).contains(month)
        if valid, let day = date.day {
          valid = day >= 1 && day <= CalendarDate.daysIn(month: month, year: date.year)
        }
      }
      Fuzz.require(valid, "\(resolver.language): “\(resolved.expression)” resolved to \(date.iso)")
    }
  }
  return 0
}

let recognizers = Language.allCases.map { DateExpressionRecognizer(language: $0) }
let resolvers = Language.allCases.map { DateResolver(language: $0) }
let publications: [CalendarDate?] = [
  CalendarDate(year: 2022, month: 11, day: 7), CalendarDate(year: 2024, month: 2, day: 29),
  CalendarDate(year: 2023, month: 12, day: 31), CalendarDate(year: 2024, month: 1, day: 1),
  CalendarDate(year: 2022, month: 3), nil,
]

@main enum FuzzDatesMain {
  static func main() { Fuzz.main { fuzzDates($0, $1) } }
}
