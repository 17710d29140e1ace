import Testing

@testable import DossierKit

/// Boilerplate classes, French and English. All lines are SYNTHETIC (made-up names).
@Suite struct ImportBoilerplateTests {
  @Test(arguments: [
    ("[ad_1]", RemovalKind.adMarker), ("[ad]", .adMarker), ("PUBLICITÉ", .adMarker),
    ("Advertisement", .adMarker), ("Story continues below advertisement", .adMarker),
    ("Source link -24", .sourceLink), ("Lien source", .sourceLink),
    ("Lire aussi : Le grand pont de Quaxville", .readMore),
    ("À lire aussi | Un autre projet à Vrelland", .readMore), ("READ MORE: Zorbulon Quax speaks", .readMore),
    ("Related", .readMore), ("See also: The Dorbania files", .readMore),
    ("Partager sur Facebook", .sharePrompt), ("Partager : Facebook Twitter E-mail", .sharePrompt),
    ("Share this article", .sharePrompt), ("Facebook Twitter LinkedIn WhatsApp Email", .sharePrompt),
    ("Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre)", .sharePrompt),
    ("Laisser un commentaire", .commentPrompt), ("Leave a reply", .commentPrompt),
    ("12 commentaires", .commentPrompt), ("Comments (3)", .commentPrompt), ("Répondre", .commentPrompt),
    ("© Jean Placeholder / AFP", .photoCredit), ("Photo : Mirela Vantrop", .photoCredit),
    ("Crédit photo : Agence Zed", .photoCredit), ("Photo: Jane Placeholder/Getty Images", .photoCredit),
    ("(Photo by Jane Placeholder/Getty Images)", .photoCredit), ("Reuters", .photoCredit),
    ("Nous utilisons des cookies pour améliorer votre expérience de navigation.", .cookieNotice),
    ("This website uses cookies to improve your experience.", .cookieNotice),
    ("Tout accepter", .cookieNotice),
    ("Abonnez-vous pour lire la suite", .subscriptionNotice),
    ("Cet article est réservé aux abonnés.", .subscriptionNotice),
    ("Il vous reste 80 % de cet article à lire.", .subscriptionNotice),
    ("Subscribe to our newsletter", .subscriptionNotice),
    ("Already a subscriber? Log in", .subscriptionNotice),
    ("Publié le 22 juin 2020 à 10h30", .publicationLine),
    ("Published June 22, 2020", .publicationLine), ("Mis à jour le 3 mars 2021", .publicationLine),
  ])
  func removesWholeLine(line: String, kind: RemovalKind) {
    #expect(Boilerplate.wholeLine(line) == kind)
  }

  /// Sentences that mention the same words are the article's own and stay.
  @Test(arguments: [
    "Le ministre Zorbulon Quax a partagé sur Facebook une photo du pont de Quaxville.",
    "La plateforme Zorbflix a perdu 200 000 abonnés au premier trimestre.",
    "The committee in Vrelland will read more documents next week.",
    "Lire aussi les rapports de la commission est utile.",
    "Cookies were served at the Dorbania reception.",
    "Photo taken in 2019 shows the old bridge of Vrelland.",
    "Vous présumez trop de la patience des habitants.",
    "Published by a small press in Dorbania, the book sold well.",
    "Le rapport de la commission de Vrelland, publié le mois dernier, a été critiqué par Mirela Vantrop.",
  ])
  func keepsProse(line: String) {
    #expect(Boilerplate.wholeLine(line) == nil)
    #expect(Boilerplate.fragments(in: line).isEmpty)
  }

  @Test func removesFragments() {
    let inline = Boilerplate.fragments(in: "Le pont de Quaxville [ad_3] a rouvert.")
    #expect(inline.map(\.text) == ["[ad_3]"])
    #expect(inline.map(\.kind) == [.adMarker])
    #expect(
      Boilerplate.fragments(in: "Des ouvriers sur le pont de Quaxville, lundi. © Agence Zed").map(\.text)
        == ["© Agence Zed"])
    #expect(
      Boilerplate.fragments(in: "Workers on the Vrelland bridge on Monday. Jane Placeholder / AFP").map(
        \.text)
        == ["Jane Placeholder / AFP"])
    #expect(
      Boilerplate.fragments(in: "Le pont de Quaxville (Photo : Mirela Vantrop)").map(\.text)
        == ["(Photo : Mirela Vantrop)"])
    // A fraction or an address is not a credit.
    #expect(Boilerplate.fragments(in: "Le vote a été acquis à 50/50 à Vrelland.").isEmpty)
  }

  @Test func importRemovesAndReportsBoilerplateWithLines() throws {
    // SYNTHETIC article with noise in French and English.
    let text = """
      Le pont de Quaxville rouvre après dix ans de travaux
      [ad_1]
      Le pont de Quaxville a rouvert lundi, a indiqué la mairie de Vrelland.
      Partager sur Facebook
      Les habitants ont salué la fin du chantier. [ad_2]
      Lire aussi : Le grand projet de Dorbania
      Nous utilisons des cookies pour améliorer votre expérience de navigation.
      Le maire, Zorbulon Quax, a promis une fête en juin.
      Source link -24
      """
    let result = try ImportFixtures.run(text, ImportOptions())
    let removed = result.report.removed.map { "\($0.line) \($0.kind.rawValue)" }
    #expect(
      removed == [
        "1 title line", "2 ad marker", "4 share prompt", "5 ad marker", "6 read-more link",
        "7 cookie notice", "9 source link",
      ])
    let body = ImportFixtures.bodyText(result)
    #expect(
      body == "Le pont de Quaxville a rouvert lundi, a indiqué la mairie de Vrelland. "
        + "Les habitants ont salué la fin du chantier. Le maire, Zorbulon Quax, a promis une fête en juin.")
    #expect(ImportLaw.verify(original: text, result: result).isEmpty)
  }
}
