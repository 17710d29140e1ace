extension MentionExtractor {
  /// The mentions of an article's body, sentence by sentence, ready for `EntityResolver`.
  /// Pass only the body's sentences: reader comments are not the article's mentions.
  public func mentions(article slug: String, sentences: [Sentence]) -> ArticleMentions {
    var found: [SentenceMention] = []
    for sentence in sentences {
      for candidate in mentions(in: sentence.text) {
        found.append(SentenceMention(sentenceAnchor: sentence.anchor, candidate: candidate))
      }
    }
    return ArticleMentions(article: slug, mentions: found)
  }
}
