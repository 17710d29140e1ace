/// Finds an article's sentences by anchor for things that come in text order (mentions,
/// dates): each is looked for from where the last was found, so a pass over a large
/// dossier makes no table per article. Anchors are unique in an article; something out of
/// order is still found, by looking from the start.
struct SentenceCursor {
  let sentences: [Sentence]
  private var position = 0

  init(_ sentences: [Sentence]) { self.sentences = sentences }

  /// The index of the sentence with `anchor`, if the article has one.
  mutating func find(_ anchor: String) -> Int? {
    let found =
      sentences[position...].firstIndex { $0.anchor == anchor }
      ?? sentences[..<position].firstIndex { $0.anchor == anchor }
    if let found { position = found }
    return found
  }
}
