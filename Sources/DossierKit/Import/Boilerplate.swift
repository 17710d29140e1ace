import Foundation

/// Recognises the page furniture scrapers leave in article text, by pattern class and in
/// French and English: ad markers, "Source link", read-more teasers, share and comment
/// prompts, photo credits, cookie and subscription notices, publication-date lines.
///
/// A whole line is removed only when the pattern covers the line and the line is short,
/// so a sentence of the article that merely mentions "cookies" or "abonnés" stays.
enum Boilerplate {
  /// The class of a line that is boilerplate as a whole, or nil.
  static func wholeLine(_ text: String) -> RemovalKind? {
    // Every class is a short line; prose lines skip the costly folding.
    guard text.utf8.count(where: { $0 == 0x20 }) < 60 else { return nil }
    let folded = Folding.fold(text)
    let bare = Folding.bareWords(folded: folded)
    let wordCount = bare.isEmpty ? 0 : bare.split(separator: " ").count
    if isAdMarker(folded: folded, bare: bare) { return .adMarker }
    if isSourceLink(bare: bare, wordCount: wordCount) { return .sourceLink }
    if isReadMore(text: text, bare: bare, wordCount: wordCount) { return .readMore }
    if isSharePrompt(bare: bare, wordCount: wordCount) { return .sharePrompt }
    if isCommentPrompt(bare: bare) { return .commentPrompt }
    if isPhotoCredit(text: text, folded: folded, wordCount: wordCount) { return .photoCredit }
    if isCookieNotice(bare: bare, wordCount: wordCount) { return .cookieNotice }
    if isSubscriptionNotice(folded: folded, bare: bare, wordCount: wordCount) {
      return .subscriptionNotice
    }
    if isPublicationLine(text: text, bare: bare, wordCount: wordCount) { return .publicationLine }
    return nil
  }

  /// A line that opens a section of reader comments ("12 commentaires", "Comments"): the
  /// strongest sign of where the article ends.
  static func isCommentSectionHeader(_ text: String) -> Bool {
    isCommentSectionHeader(bare: Folding.bareWords(text))
  }

  static func isCommentSectionHeader(bare: String) -> Bool {
    let words = bare.split(separator: " ").map(String.init)
    guard !words.isEmpty, words.count <= 4 else { return false }
    let nouns: Set<String> = [
      "commentaire", "commentaires", "comment", "comments", "reaction", "reactions",
    ]
    // "Commentaires", "12 commentaires", "Comments (12)", "Les commentaires".
    let rest = words.filter { Int($0) == nil && !["les", "des", "the", "all", "vos", "your"].contains($0) }
    if rest.count == 1, nouns.contains(rest[0]) { return true }
    return [
      "join the conversation", "rejoignez la discussion", "reader comments",
      "commentaires des lecteurs", "vos reactions", "your comments",
    ].contains(bare)
  }

  // MARK: - Classes

  static let adWords: Set<String> = [
    "ad", "ads", "advert", "advertisement", "advertising", "adsense", "pub", "publicite",
    "annonce", "sponsor", "sponsored", "sponsorise",
  ]

  static let adLines: Set<String> = [
    "advertisement", "advertisements", "advertising", "publicite", "pub", "sponsored",
    "sponsorise", "contenu sponsorise", "sponsored content", "contenu partenaire", "annonce",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "continue reading below the advertisement",
    "la suite apres cette publicite", "la suite apres la publicite",
    "la suite de l'article apres cette publicite", "suite apres la publicite",
    "l'article continue apres la publicite", "scroll to continue with content",
    "article continues below", "the article continues after the ad",
  ]

  /// `[ad_1]`, `[ad]`, `[advertisement]`, `[pub]`, or a line that only says "Advertisement".
  static func isAdMarker(folded: String, bare: String) -> Bool {
    if folded.hasPrefix("["), folded.hasSuffix("]"), isAdToken(folded.dropFirst().dropLast()) { return true }
    return adLines.contains(bare)
  }

  static func isAdToken<S: StringProtocol>(_ inner: S) -> Bool {
    let letters = String(inner.filter { $0.isLetter })
    let others = inner.filter { !$0.isLetter }
    return adWords.contains(letters) && others.allSatisfy { $0.isNumber || "_- ".contains($0) }
  }

  /// "Source link", "Source link -24" (an auto-blogging plugin's footer), "Lien source".
  static func isSourceLink(bare: String, wordCount: Int) -> Bool {
    (bare.hasPrefix("source link") || bare.hasPrefix("lien source") || bare == "source")
      && wordCount <= 4
  }

  static let readMorePhrases: [String] = [
    "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "a lire", "lire la suite",
    "voir aussi", "a voir aussi", "a voir egalement", "sur le meme sujet", "notre dossier",
    "vous aimerez aussi", "vous aimerez egalement", "vous pourriez aussi aimer", "les plus lus",
    "read more", "read also", "also read", "read next", "see also", "related", "related articles",
    "related article", "related stories", "related story", "more on this story", "recommended",
    "recommended for you", "you may also like", "you might also like", "most read", "most popular",
  ]

  /// A teaser for another article: "Lire aussi : …", "READ MORE: …", "Related".
  static func isReadMore(text: String, bare: String, wordCount: Int) -> Bool {
    guard wordCount <= 30 else { return false }
    for phrase in readMorePhrases where bare == phrase || bare.hasPrefix(phrase + " ") {
      if bare == phrase { return true }
      // What follows the phrase must look like a link label: a separator or a title.
      let phraseWords = phrase.split(separator: " ").count
      let tokens = TextShape.tokens(text)
      var index = 0
      var seen = 0
      while index < tokens.count, seen < phraseWords {
        if tokens[index].contains(where: { $0.isLetter }) { seen += 1 }
        index += 1
      }
      guard index < tokens.count else { return true }
      let rest = tokens[index...].joined(separator: " ")
      let previous = tokens[index - 1]
      if let separator = previous.last, ":|>»→-–—".contains(separator) { return true }
      if let first = rest.first, ":|>»→-–—".contains(first) { return true }
      if phraseWords >= 2, TextShape.startsUppercase(rest) { return true }
    }
    return false
  }

  static let shareWords: Set<String> = [
    "partager", "partagez", "partage", "share", "shares", "sharing", "this", "cet", "cette",
    "article", "story", "page", "sur", "on", "facebook", "twitter", "x", "linkedin", "whatsapp",
    "email", "e", "mail", "courriel", "imprimer", "print", "copier", "copy", "le", "la", "lien",
    "link", "pinterest", "reddit", "telegram", "messenger", "tweet", "tweeter", "flipboard",
    "envoyer", "send", "pocket", "cliquez", "cliquer", "click", "pour", "to", "the", "par", "via",
    "ouvre", "dans", "une", "nouvelle", "fenetre", "opens", "in", "new", "window", "tab",
    "onglet", "bluesky", "mastodon", "threads", "sms", "enregistrer", "save", "ami", "friend",
    "a", "un", "an",
  ]
  static let shareAnchors: Set<String> = [
    "partager", "partagez", "share", "facebook", "twitter", "linkedin", "whatsapp", "tweet",
    "tweeter", "imprimer", "print", "pinterest", "reddit", "telegram", "flipboard", "email",
    "courriel", "bluesky", "mastodon",
  ]

  /// "Partager sur Facebook", "Share this article", "Facebook Twitter WhatsApp Email".
  static func isSharePrompt(bare: String, wordCount: Int) -> Bool {
    guard wordCount > 0, wordCount <= 16 else { return false }
    let words = bare.split(separator: " ").map(String.init)
    return words.allSatisfy { shareWords.contains($0) || Int($0) != nil }
      && words.contains(where: { shareAnchors.contains($0) })
  }

  static let commentPromptLines: Set<String> = [
    "commenter", "commentez", "reagir", "reagissez", "repondre", "reply", "reponse",
    "laisser un commentaire", "laissez un commentaire", "leave a comment", "leave a reply",
    "post a comment", "add a comment", "ajouter un commentaire", "poster un commentaire",
    "publier un commentaire", "ecrire un commentaire", "write a comment", "voir les commentaires",
    "afficher les commentaires", "view comments", "show comments", "annuler la reponse",
    "cancel reply", "comments are closed", "les commentaires sont fermes",
    "you must be logged in to post a comment",
    "vous devez etre connecte pour publier un commentaire",
    "your email address will not be published", "votre adresse e mail ne sera pas publiee",
    "votre adresse de messagerie ne sera pas publiee",
  ]

  /// "Laisser un commentaire", "Reply", "12 commentaires", "Comments (3)".
  static func isCommentPrompt(bare: String) -> Bool {
    commentPromptLines.contains(bare) || isCommentSectionHeader(bare: bare)
  }

  /// Photo agencies and image banks whose names end a credit ("Jean Dupont / AFP").
  static let agencies: Set<String> = [
    "afp", "reuters", "ap", "associated press", "epa", "epa-efe", "efe", "getty", "getty images",
    "shutterstock", "alamy", "sipa", "sipa press", "abaca", "abacapress", "maxppp", "hans lucas",
    "bestimage", "dpa", "ansa", "anp", "xinhua", "tass", "sputnik", "ria novosti", "bloomberg",
    "pa", "pa images", "pa wire", "rex", "rex features", "rex/shutterstock", "zuma", "zuma press",
    "anadolu", "anadolu agency", "belga", "keystone", "imago", "wikimedia commons", "unsplash",
    "pixabay", "flickr", "ap photo", "afp photo", "leemage", "divergence", "photononstop",
    "istock", "istockphoto", "dr", "d.r.", "droits reserves", "all rights reserved",
  ]

  static let creditLabels: [String] = [
    "©", "(c) ", "copyright ", "credit photo", "credits photo", "credit :", "credits :", "credit:",
    "credits:", "photo :", "photo:", "photos :", "photos:", "photo credit", "image credit",
    "illustration :", "illustration:", "photographie :", "image :", "image:", "credit image",
    "source photo", "(photo", "photo by ", "photograph by ", "photo de ", "photo d'",
    "picture by ", "pictures:", "photo/", "photo /",
  ]

  /// "© AFP", "Photo : Jean Dupont / AFP", "(Photo by Jane Doe/Getty Images)", "Reuters".
  static func isPhotoCredit(text: String, folded: String, wordCount: Int) -> Bool {
    guard wordCount <= 15 else { return false }
    if creditLabels.contains(where: { folded.hasPrefix($0) }) { return true }
    guard wordCount <= 8 else { return false }
    let trimmed = folded.trimmingCharacters(in: CharacterSet(charactersIn: " ()[]-–—"))
    if agencies.contains(trimmed) { return true }
    if let slash = trimmed.lastIndex(of: "/") {
      let after = trimmed[trimmed.index(after: slash)...].trimmingCharacters(in: .whitespaces)
      if isAgencyName(after) { return true }
    }
    return trimmed.hasSuffix(" via getty images")
  }

  static func isAgencyName(_ folded: String) -> Bool {
    if agencies.contains(folded) { return true }
    // "AFP via Getty Images", "Getty Images for X", "AP Photo/Jane Doe".
    let first = folded.split(separator: " ").first.map(String.init) ?? ""
    return agencies.contains(first) && folded.split(separator: " ").count <= 4
  }

  static let cookieContext: [String] = [
    "accept", "consent", "utilis", "use", "using", "parametr", "setting", "preference",
    "politique", "policy", "navig", "brows", "traceur", "tracker", "partenaires", "partners",
  ]
  static let consentButtons: Set<String> = [
    "accepter", "tout accepter", "j'accepte", "accept", "accept all", "accept cookies",
    "reject all", "tout refuser", "refuser", "continuer sans accepter", "gerer mes choix",
    "manage preferences", "manage cookies", "parametrer les cookies", "ok j'ai compris",
    "j'ai compris", "got it", "i agree", "j'accepte les cookies", "personnaliser",
    "en savoir plus et parametrer",
  ]

  /// "Nous utilisons des cookies…", "This website uses cookies…", consent buttons.
  static func isCookieNotice(bare: String, wordCount: Int) -> Bool {
    if consentButtons.contains(bare) { return true }
    guard wordCount <= 60 else { return false }
    let words = bare.split(separator: " ")
    guard words.contains(where: { $0 == "cookie" || $0 == "cookies" }) else { return false }
    let bytes = Array(bare.utf8)
    return cookieContext.contains(where: { ByteSearch.contains(bytes, Array($0.utf8)) })
  }

  static let subscriptionPhraseBytes = subscriptionPhrases.map { Array($0.utf8) }
  static let subscriptionPhrases: [String] = [
    "abonnez-vous", "abonnez vous", "je m'abonne", "s'abonner", "reserve aux abonnes",
    "reservee aux abonnes", "reserve a nos abonnes", "reservee a nos abonnes", "deja abonne",
    "offre d'abonnement", "subscribe now", "subscribe to", "subscribe for", "subscribe today",
    "subscribers only", "for subscribers", "already a subscriber", "already subscribed",
    "inscrivez-vous", "inscrivez vous", "sign up for", "sign up to", "sign up now",
    "recevez notre newsletter", "recevez gratuitement", "to continue reading",
    "pour lire la suite", "pour continuer a lire", "connectez-vous pour", "log in to continue",
    "sign in to continue", "create a free account", "creez un compte", "creez votre compte",
    "support our journalism", "soutenez notre journalisme", "soutenez-nous",
  ]

  /// "Abonnez-vous", "Cet article est réservé aux abonnés", "Sign up for our newsletter".
  static func isSubscriptionNotice(folded: String, bare: String, wordCount: Int) -> Bool {
    guard wordCount <= 40 else { return false }
    let bytes = Array(folded.utf8)
    if subscriptionPhraseBytes.contains(where: { ByteSearch.contains(bytes, $0) }) { return true }
    if bare.hasPrefix("subscribe") || bare.hasPrefix("abonnez") || bare.hasPrefix("newsletter") {
      return true
    }
    if wordCount <= 12, ByteSearch.contains(bytes, Array("newsletter".utf8)) { return true }
    // "Il vous reste 80 % de cet article à lire."
    return bare.hasPrefix("il vous reste")
      && (ByteSearch.contains(bytes, Array("a lire".utf8)) || bare.contains(where: { $0 == "%" }))
  }

  static let publicationOpeners: [String] = [
    "publie le", "publiee le", "publie a", "publie", "mis a jour le", "mise a jour le",
    "mise a jour", "paru le", "modifie le", "cree le", "published", "updated", "last updated",
    "posted on", "posted", "first published", "date de publication",
  ]

  /// "Publié le 22 juin 2020 à 10h30", "Published June 22, 2020": metadata, not prose.
  /// Removed only when a date can be read from it (the date becomes a hint).
  static func isPublicationLine(text: String, bare: String, wordCount: Int) -> Bool {
    guard wordCount <= 16, publicationOpeners.contains(where: { bare.hasPrefix($0 + " ") }) else {
      return false
    }
    return DateHints.publicationDate(in: text) != nil
  }

  // MARK: - Fragments inside a line

  /// Boilerplate inside a line of text: inline ad markers (`… [ad_1] …`) and a photo credit
  /// trailing a caption (`… Lyon. © AFP`, `… Lyon / Reuters`, `… (Photo: Jane Doe)`).
  /// Each fragment is given exactly as it appears in `text`, in order.
  static func fragments(in text: String) -> [(kind: RemovalKind, text: String)] {
    var found: [(kind: RemovalKind, text: String)] = []
    var rest = text
    // Inline ad markers.
    var searchStart = rest.startIndex
    while let open = rest[searchStart...].firstIndex(of: "[") {
      guard let close = rest[open...].firstIndex(of: "]") else { break }
      let inner = Folding.fold(String(rest[rest.index(after: open)..<close]))
      if isAdToken(inner) {
        found.append((.adMarker, String(rest[open...close])))
        rest.removeSubrange(open...close)
        searchStart = open
      } else {
        searchStart = rest.index(after: open)
      }
    }
    if let credit = trailingCredit(in: rest) { found.append((.photoCredit, credit)) }
    return found
  }

  /// A credit at the end of a line that also holds other text, or nil.
  static func trailingCredit(in text: String) -> String? {
    guard text.hasSuffix(")") || text.contains(where: { $0 == "©" || $0 == "/" }) else { return nil }
    let folded = Folding.fold(text)
    guard folded.count == text.count else { return nil }  // keep index arithmetic simple
    // "(Photo: …)" / "(Crédit : …)" / "(© …)" closing the line.
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      let offset = text.distance(from: text.startIndex, to: open)
      let inner = String(folded.dropFirst(offset + 1))
      if offset > 0,
        ["photo", "credit", "©", "image", "illustration"].contains(where: { inner.hasPrefix($0) })
      {
        return String(text[open...])
      }
    }
    // "… © AFP" / "… © Jane Doe / Reuters".
    if let mark = text.lastIndex(of: "©"), mark > text.startIndex {
      let tail = text[mark...]
      if TextShape.wordCount(String(tail)) <= 8, !tail.dropFirst().contains(where: { ".!?".contains($0) }) {
        return String(tail)
      }
    }
    // "… Lyon, 4 mars. Jane Doe / AFP" or "… Lyon / AFP".
    if let slash = text.lastIndex(of: "/"), slash > text.startIndex {
      let after = folded[
        folded.index(folded.startIndex, offsetBy: text.distance(from: text.startIndex, to: slash) + 1)...]
      let agency = after.trimmingCharacters(in: .whitespaces)
      guard !agency.isEmpty, isAgencyName(agency),
        !TextShape.isWebAddress(text[..<slash].split(separator: " ").last ?? "")
      else { return nil }
      var start = slash
      // Take the photographer's name too when 1–3 capitalised words sit between a sentence
      // end (or a dash) and the slash.
      let before = text[..<slash]
      let words = before.split(separator: " ", omittingEmptySubsequences: true)
      var nameWords = 0
      for word in words.reversed() {
        guard let first = word.first, first.isUppercase, nameWords < 3, !word.hasSuffix(".") else { break }
        nameWords += 1
      }
      if nameWords > 0 {
        let nameStart = words[words.count - nameWords].startIndex
        let lead = before[..<nameStart].trimmingCharacters(in: .whitespaces)
        if lead.isEmpty || lead.hasSuffix(".") || lead.hasSuffix("–") || lead.hasSuffix("—")
          || lead.hasSuffix("-") || lead.hasSuffix("|")
        {
          start = nameStart
        }
      }
      // Keep the line's own text: a credit never takes the whole line here.
      let kept = text[..<start].trimmingCharacters(in: .whitespaces)
      guard !kept.isEmpty else { return nil }
      var creditStart = start
      while creditStart > text.startIndex, text[text.index(before: creditStart)] == " " {
        creditStart = text.index(before: creditStart)
      }
      return String(text[creditStart...]).trimmingCharacters(in: .whitespaces)
    }
    return nil
  }
}
