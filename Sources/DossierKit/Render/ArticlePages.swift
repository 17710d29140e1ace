extension SiteRenderer {
  func renderArticlePage(_ analyzed: AnalyzedArticle) throws -> OutputFile {
    let article = analyzed.article
    let path = SitePaths.article(article.slug)
    let document = MarkdownDocument(markdown: article.body)
    ArticleAnnotator.annotate(
      document, sentences: analyzed.text.sentences, links: graph.mentionLinks[article.slug] ?? [])
    if article.lang == .fr { Self.applyFrenchTypography(to: document) }
    let comments = article.comments.flatMap { text -> String? in
      guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
      let document = MarkdownDocument(markdown: text)
      if article.lang == .fr { Self.applyFrenchTypography(to: document) }
      return document.renderHTML()
    }
    let entityIDs = Array(
      Set((graph.mentionLinks[article.slug] ?? []).compactMap { Self.entityID(fromLink: $0.url) }))
    let story = storyOfArticle[article.slug]
    let view = ArticleView(
      title: typeset(article.title, article.lang), date: article.date.map(localization.format),
      isoDate: article.date?.iso,
      source: article.source, url: article.url,
      authors: article.authors.isEmpty ? nil : article.authors.joined(separator: ", "),
      lang: passageLang(article.lang), body: document.renderHTML(), comments: comments,
      entityGroups: groupedEntities(entityIDs, from: path),
      events: (eventIndicesByArticle[article.slug] ?? []).map { eventView($0, from: path) },
      related: (graph.related[article.slug] ?? []).compactMap { articleLink($0, from: path) },
      sameStory: story.map {
        graph.stories[$0].filter { $0 != article.slug }.compactMap { articleLink($0, from: path) }
      } ?? [],
      storyHref: story.map { SitePaths.relative(from: path, to: SitePaths.story(storyIDs[$0])) })
    let jsonLD = StructuredData.newsArticle(
      article, canonical: baseURL.map { $0 + canonicalURLPath(path) }, publisher: dossier.config.title)
    return try page(
      "article", path: path, title: typeset(article.title, article.lang),
      description: ArticleSummary.lede(of: analyzed.text),
      content: view, ogType: "article", jsonLD: jsonLD)
  }

  /// French spacing on the text nodes of a French article. Runs after `ArticleAnnotator`,
  /// whose sentence and link offsets are UTF-8 positions in the source text that inserted
  /// spaces would shift. Code spans are not text nodes and keep their bytes.
  static func applyFrenchTypography(to document: MarkdownDocument) {
    for block in TextBlocks.collect(document) {
      let inline = InlineText(block: block)
      let bytes = Array(inline.text.utf8)
      for piece in inline.pieces where piece.isSplittable {
        guard let literal = piece.node.literal else { continue }
        let spaced = FrenchTypography.apply(
          literal, before: scalar(endingAt: piece.range.lowerBound, in: bytes),
          after: scalar(startingAt: piece.range.upperBound, in: bytes))
        if spaced != literal { piece.node.literal = spaced }
      }
    }
  }

  static func scalar(endingAt offset: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
    guard offset > 0 else { return nil }
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars.first
  }

  static func scalar(startingAt offset: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
    guard offset < bytes.count else { return nil }
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first
  }

  /// Mention links point at `…/entities/<id>/index.html`.
  /// (Read from the end of the string: it runs for every mention of every page's inputs.)
  static func entityID(fromLink url: String) -> String? {
    let bytes = url.utf8
    guard url.hasSuffix("/index.html") else { return nil }
    let folderEnd = bytes.index(bytes.endIndex, offsetBy: -"/index.html".utf8.count)
    var folderStart = folderEnd
    while folderStart > bytes.startIndex, bytes[bytes.index(before: folderStart)] != UInt8(ascii: "/") {
      folderStart = bytes.index(before: folderStart)
    }
    guard folderStart < folderEnd else { return nil }
    return String(url[folderStart..<folderEnd])
  }
}
