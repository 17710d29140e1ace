import Testing

@testable import DossierKit

/// Where the article ends and readers' comments begin.
@Suite struct ImportCommentTests {
  @Test func seed000CommentsStartAtTheFirstReaderReply() throws {
    let result = try ImportFixtures.importSeed(ImportFixtures.seed000, ImportOptions(title: "T"))
    #expect(result.report.commentsLine == 15)
    #expect(result.report.commentsReason?.contains("addressing") == true)
    let comments = try #require(result.article.comments)
    #expect(comments.hasPrefix("Vous présumez trop du bourrage d’urnes de mi-mandat."))
    #expect(
      comments.hasSuffix("Et si on attendait le résultat de ces midterms avant de commencer à vociférer ?"))
    #expect(result.article.body.hasSuffix("qui permet à Zelenski d’affronter la Russie."))
    // The comments are written after the marker and read back apart from the body.
    let file = ArticleFile.render(result.article)
    let (parsed, _) = try ArticleFile.parse(file, file: "a.md", slug: "a", defaultLanguage: .fr)
    #expect(parsed.comments?.trimmingCharacters(in: .newlines) == comments)
    #expect(!parsed.body.contains("Vous présumez"))
    #expect(!ArticleText(markdown: parsed.body).sentences.contains { $0.text.contains("bourrage") })
  }

  @Test func seed002HasNoComments() throws {
    let result = try ImportFixtures.importSeed(ImportFixtures.seed002, ImportOptions())
    #expect(result.report.commentsLine == nil)
    #expect(result.article.comments == nil)
  }

  /// SYNTHETIC English article followed by reader comments.
  @Test func englishCommentsAfterAnArticle() throws {
    let text = """
      Vrelland council approves the new bridge budget

      The council of Vrelland approved the bridge budget on Monday, the mayor said.
      Work will start in June, according to the city engineer, Mirela Vantrop.
      The bridge is expected to open in two years, officials said.
      You are far too optimistic about the schedule.
      I live next to the site and nothing has moved in ten years
      Thanks for this piece!
      Agreed. The last project took twice as long.
      """
    let result = try ImportFixtures.run(text, ImportOptions())
    #expect(result.report.commentsLine == 6)
    #expect(result.article.comments?.hasPrefix("You are far too optimistic") == true)
  }

  @Test func commentSectionHeaderSetsTheBoundary() throws {
    // SYNTHETIC: the header is removed as boilerplate and marks where comments begin.
    let text = """
      Le pont de Quaxville a rouvert lundi, a indiqué la mairie.
      Les travaux ont duré dix ans, selon Zorbulon Quax.
      La fête aura lieu en juin.
      3 commentaires
      Enfin une bonne nouvelle pour le quartier.
      Il était temps.
      """
    let result = try ImportFixtures.run(text)
    #expect(result.report.commentsLine == 5)
    #expect(result.report.removed.map(\.kind) == [.commentPrompt])
    #expect(result.article.comments == "Enfin une bonne nouvelle pour le quartier.\n\nIl était temps.")
  }

  @Test func articleEndingWithAQuestionToReadersHasNoComments() throws {
    let text = """
      Le pont de Quaxville a rouvert lundi, a indiqué la mairie.
      Les travaux ont duré dix ans, selon Zorbulon Quax.
      « Nous sommes fiers », a déclaré le maire.
      Et vous, qu’en pensez-vous ?
      """
    #expect(try ImportFixtures.run(text).report.commentsLine == nil)
  }

  @Test func quotedFirstPersonDoesNotCount() {
    let voice = CommentBoundary.voice(of: "« Je suis fier de vous », a déclaré le maire de Vrelland.")
    #expect(voice.score < 0)
    #expect(voice.opener == nil)
  }

  @Test func commentsFromSetsTheBoundaryByHand() throws {
    let text = """
      Le pont de Quaxville a rouvert lundi, a indiqué la mairie.
      La fête aura lieu en juin. Super nouvelle, bravo à l’équipe.
      Il était temps.
      """
    // At the start of a line…
    let atLine = try ImportFixtures.run(text, ImportOptions(title: "T", commentsFrom: "Il était temps"))
    #expect(atLine.report.commentsLine == 3)
    #expect(atLine.report.commentsReason == "set by --comments-from")
    // … or inside one, with typography and spacing ignored.
    let inside = try ImportFixtures.run(
      text, ImportOptions(title: "T", commentsFrom: "Super  nouvelle, bravo à l'équipe"))
    #expect(inside.article.body.hasSuffix("La fête aura lieu en juin."))
    #expect(inside.article.comments == "Super nouvelle, bravo à l’équipe.\n\nIl était temps.")
    #expect(ImportLaw.verify(original: text, result: inside).isEmpty)
  }

  @Test func commentsFromNotFoundIsAnError() {
    #expect(throws: DossierError.self) {
      try ImportFixtures.run("Le pont a rouvert.\nLa fête aura lieu.", ImportOptions(commentsFrom: "Absent"))
    }
  }
}
