/// Finds the date expressions of one sentence, in French or English.
///
/// A hand scanner over unicode scalars (`DateTokenizer`) and a grammar of token patterns
/// (`DateGrammar`): no regular expressions, so it stays fast on large dossiers. It finds
/// what the words say (`DateValue`); `DateResolver` turns that into calendar dates.
public struct DateExpressionRecognizer: Sendable {
  public let language: Language
  let grammar: DateGrammar

  public init(language: Language) {
    self.language = language
    self.grammar = DateGrammar(language: language)
  }

  /// The date expressions of `sentence`, in order, not overlapping.
  public func recognize(in sentence: String) -> [DateExpression] {
    scan(sentence).expressions
  }

  /// The expressions with the tokens they were read from and each expression's token span,
  /// for the resolver's tense analysis.
  func scan(_ sentence: String) -> (
    expressions: [DateExpression], tokens: [DateToken], spans: [ClosedRange<Int>]
  ) {
    let tokens = DateTokenizer.tokenize(sentence)
    let matches = grammar.matches(in: tokens)
    guard !matches.isEmpty else { return ([], tokens, []) }
    let utf8 = sentence.utf8
    var expressions: [DateExpression] = []
    var spans: [ClosedRange<Int>] = []
    for match in matches {
      let range = tokens[match.first].start..<tokens[match.last].end
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      expressions.append(
        DateExpression(range: range, text: String(Substring(utf8[lower..<upper])), value: match.value))
      spans.append(match.first...match.last)
    }
    return (expressions, tokens, spans)
  }
}
