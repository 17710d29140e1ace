/// Finds the names of people, organisations and places in a sentence, by rules and
/// lexicons: fast (one scan over the sentence's tokens) and explainable.
///
/// A mention is a run of capitalised words, held together by name particles (« Charles de
/// Gaulle », "Bank of England") or by a gazetteer name that goes on in lower case
/// (« Amérique latine »). Titles before it are left out and make it a person (« M. Sullivan »,
/// « le président Joe Biden »); elided articles are left out (« l’Ukraine »). A capitalised
/// common word opening a sentence (« Alors », « Famine ») is no name: function words are
/// dropped, other common words are kept only as tentative mentions for the resolver to
/// confirm. Types come from, strongest first: the gazetteer (place), an institution word in
/// the name (organization), a title before it (person), a known given name at its start
/// (person), the words around it (« à X », « la région de X »: place); anything else is
/// `other`.
public struct MentionExtractor: Sendable {
  public let language: Language

  public init(language: Language) {
    self.language = language
  }

  public func mentions(in sentence: String, sentenceStart: Bool = true) -> [MentionCandidate] {
    var scan = Scan(
      tokens: NameTokenizer.tokens(sentence), sentence: Array(sentence.utf8), language: language)
    scan.run(sentenceStart: sentenceStart)
    return scan.found
  }
}

/// One pass over a sentence's tokens.
private struct Scan {
  let tokens: [NameToken]
  let sentence: [UInt8]
  let language: Language
  let gazetteer = Gazetteer.shared
  var found: [MentionCandidate] = []
  /// Token indices read as the start of a sentence (or of a quotation).
  var initial = Set<Int>()
  /// Index where a title expects its person's name.
  var personTarget: Int?
  /// A title was followed by a complement name: a name after it and a comma is the person.
  var appositiveAfterComplement = false
  /// Index where the context expects a place name.
  var placeTarget: Int?

  init(tokens: [NameToken], sentence: [UInt8], language: Language) {
    self.tokens = tokens
    self.sentence = sentence
    self.language = language
  }

  static let quoteOpeners: Set<String> = ["«", "“", "\"", ":", "—", "–", "(", "[", "‘"]
  /// Lower-case words that may stand inside a title phrase before the name
  /// (« le conseiller américain à la sécurité nationale, Jake Sullivan »).
  static let titleLinks: Set<String> = [
    "a", "de", "du", "des", "d'", "la", "le", "l'", "les", "en", "aux", "au", "pour", "of", "the", "for",
    "on", "to", "at", "and", "et", "ou", "or",
  ]
  /// Verbs and conjunctions that end a title phrase: « le président a dit », "the president said".
  static let titleBreakers: Set<String> = [
    "est", "etait", "sera", "a", "avait", "aura", "ont", "sont", "qui", "que", "qu'", "dont", "ne", "n'",
    "se", "s'", "il", "elle", "is", "was", "has", "had", "will", "would", "said", "says", "who", "that",
    "which", "et", "and", "mais", "but",
  ]

  mutating func run(sentenceStart: Bool) {
    markInitialPositions(sentenceStart: sentenceStart)
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      guard token.kind == .word else {
        if token.kind == .punctuation, [";", "!", "?"].contains(token.text) {
          personTarget = nil
          placeTarget = nil
        }
        index += 1
        continue
      }
      if let end = titleEnd(at: index) {
        index = end
        continue
      }
      guard token.isCapitalised else {
        notePlaceCue(at: index)
        index += 1
        continue
      }
      index = readName(at: index)
    }
  }

  mutating func markInitialPositions(sentenceStart: Bool) {
    var words = 0
    var capitals = 0
    var previousOpens = sentenceStart
    for (index, token) in tokens.enumerated() {
      if token.kind == .punctuation {
        if Self.quoteOpeners.contains(token.text) { previousOpens = true }
        continue
      }
      if previousOpens { initial.insert(index) }
      previousOpens = false
      if token.kind == .word {
        words += 1
        if token.isCapitalised { capitals += 1 }
      }
    }
    // A headline in Title Case: every capitalised word is as ambiguous as a sentence start.
    if words >= 4 && capitals * 10 >= words * 7 {
      for (index, token) in tokens.enumerated() where token.kind == .word { initial.insert(index) }
    }
  }

  // MARK: Titles

  /// If a title starts at `index`, its end, and the person target it sets.
  mutating func titleEnd(at index: Int) -> Int? {
    let token = tokens[index]
    var end: Int
    if Titles.isHonorific(token) {
      end = index + 1
      if token.hasPeriod, end < tokens.count, tokens[end].text == "." { end += 1 }
      if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalised {
        personTarget = end
        return end
      }
      return token.isCapitalised ? end : nil
    }
    var officeEnd: Int?
    if Titles.isOffice(token.folded, language: language) {
      officeEnd = index + 1
    } else if Titles.titlePrefixes.contains(token.folded), index + 1 < tokens.count,
      Titles.isOffice(tokens[index + 1].folded, language: language)
    {
      officeEnd = index + 2
    }
    guard var position = officeEnd else { return nil }
    // A capitalised office inside a run of capitalised words is part of that name
    // ("Attorney General" after "U.S."); one opening a run is a title ("General Motors"
    // is misread).
    if token.isCapitalised, index > 0, tokens[index - 1].isWord, tokens[index - 1].isCapitalised,
      !initial.contains(index - 1)
    {
      return nil
    }
    // Walk the title phrase: adjectives, « à la sécurité nationale », « de la Défense ».
    var steps = 0
    while position < tokens.count, steps < 7 {
      let next = tokens[position]
      if next.kind == .punctuation {
        if next.text == ",", position + 1 < tokens.count, tokens[position + 1].isCapitalised {
          position += 1
          personTarget = position
        }
        return position
      }
      if next.isCapitalised {
        let afterLink = Self.titleLinks.contains(tokens[position - 1].folded)
        if afterLink && Titles.portfolios.contains(next.folded) {
          position += 1
          steps += 1
          continue
        }
        if afterLink {
          // A complement, « conseiller de la Maison Blanche »: the person may follow it
          // after a comma.
          appositiveAfterComplement = true
        } else if !Titles.isHonorific(next) {
          personTarget = position
        }
        return position
      }
      if Self.titleBreakers.contains(next.folded) && next.text != "à" { return position }
      position += 1
      steps += 1
    }
    return position
  }

  /// A capitalised word followed by another.
  func isMultiwordName(at index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index + 1].isWord && tokens[index + 1].isCapitalised
  }

  // MARK: Place context

  mutating func notePlaceCue(at index: Int) {
    let token = tokens[index]
    var next = index + 1
    if PlaceCues.prepositions.contains(token.folded) {
      if token.folded == "a" && token.text != "à" && token.text != "À" { return }
      placeTarget = next
      return
    }
    guard PlaceCues.nouns.contains(token.folded) else { return }
    // « la région de Donetsk », « la cathédrale Saint-Volodymyr », "the town of X".
    while next < tokens.count, ["de", "d'", "du", "of", "the"].contains(tokens[next].folded) { next += 1 }
    placeTarget = next
  }

  // MARK: Names

  /// Reads the name starting at the capitalised word `start`; returns where to go on.
  mutating func readName(at start: Int) -> Int {
    let token = tokens[start]
    let atInitial = initial.contains(start)
    if FunctionWords.contains(token.folded, language: language) {
      // Mid-sentence « Le Monde », "The Hague": an article opening a name.
      let opensName =
        !atInitial && NameParticles.articles.contains(token.folded) && isMultiwordName(at: start)
      if !opensName { return start + 1 }
    }
    var runEnd = capitalisedRunEnd(from: start)
    // « l’Amérique de Donald Trump »: a place or a person's first name after « de » starts
    // a second name.
    if let split = splitPoint(start, runEnd) { runEnd = split }
    if let match = gazetteer.longestMatch(in: tokens, from: start), start + match.length >= runEnd {
      emit(start, start + match.length, type: .place, evidence: .gazetteer, placeKey: match.entry.key)
      return start + match.length
    }
    if isDemonym(token) {
      // "Russian troops", « les Ukrainiens », "Russian President Vladimir Putin".
      let nextIsOffice =
        start + 1 < tokens.count && Titles.isOffice(tokens[start + 1].folded, language: language)
      if !isMultiwordName(at: start) || nextIsOffice { return start + 1 }
    }
    if isLowerCaseAcronymGloss(at: start) { return start + 1 }
    classifyAndEmit(start, runEnd, atInitial: atInitial)
    return runEnd
  }

  /// The end of the run of capitalised words from `start`, across name particles
  /// (« de », « de la », "von der", "of the") that stand between capitals, and, for a French
  /// institution (« Commission consultative bilatérale »), across lower-case adjectives.
  func capitalisedRunEnd(from start: Int) -> Int {
    var end = start + 1
    while end < tokens.count {
      let next = tokens[end]
      if next.isWord && next.isCapitalised && !Titles.isHonorific(next) {
        end += 1
        continue
      }
      var look = end
      var particles = 0
      while look < tokens.count, particles < 2, tokens[look].kind != .punctuation,
        !tokens[look].isCapitalised, NameParticles.particles.contains(tokens[look].folded)
      {
        look += 1
        particles += 1
      }
      if particles > 0, look < tokens.count, tokens[look].isWord, tokens[look].isCapitalised,
        !FunctionWords.contains(tokens[look].folded, language: language)
      {
        end = look + 1
        continue
      }
      break
    }
    if language == .fr, OrganizationCues.frenchHeads.contains(tokens[start].folded), end == start + 1 {
      while end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalised,
        !FunctionWords.contains(tokens[end].folded, language: language),
        OrganizationCues.isAdjectiveLike(tokens[end].folded) || tokens[end].folded == "supreme"
      {
        end += 1
      }
    }
    return end
  }

  /// Where a run like « Amérique de Donald Trump » splits, if it does.
  func splitPoint(_ start: Int, _ end: Int) -> Int? {
    var index = start + 1
    while index < end {
      if !tokens[index].isCapitalised, NameParticles.particles.contains(tokens[index].folded) {
        var after = index
        while after < end, !tokens[after].isCapitalised { after += 1 }
        let head = Array(tokens[start..<index])
        let headIsPlace = gazetteer.longestMatch(in: head, from: 0)?.length == head.count
        if headIsPlace || (after + 1 < end && WordLists.firstNames.contains(tokens[after].folded)) {
          return index
        }
        index = after
      }
      index += 1
    }
    return nil
  }

  mutating func classifyAndEmit(_ start: Int, _ end: Int, atInitial: Bool) {
    let names = tokens[start..<end]
    let single = end == start + 1
    let first = tokens[start]
    let isFirstName = WordLists.firstNames.contains(first.folded)
    let hasOrgCue = names.contains { token in
      token.isCapitalised
        && (OrganizationCues.words.contains(token.folded)
          || token.folded.split(separator: "-").contains { OrganizationCues.words.contains(String($0)) })
    }
    var type = EntityType.other
    var evidence = TypeEvidence.shape
    if hasOrgCue && !(isFirstName && !single && OrganizationCues.words.contains(first.folded)) {
      (type, evidence) = (.organization, .cue)
    } else if personTarget == start {
      (type, evidence) = (.person, .cue)
    } else if isFirstName && !first.isAllCaps {
      (type, evidence) = (.person, .firstName)
    } else if placeTarget == start {
      (type, evidence) = (.place, .context)
    }
    let tentative =
      atInitial && single
      && (WordLists.commonWords.contains(first.folded) || OrganizationCues.words.contains(first.folded))
    emit(start, end, type: type, evidence: evidence, placeKey: nil, tentative: tentative)
    // A title's appositive after a complement: « conseiller de la Maison Blanche, Jake Sullivan ».
    if appositiveAfterComplement, end + 1 < tokens.count, tokens[end].text == ",",
      tokens[end + 1].isCapitalised
    {
      personTarget = end + 1
    }
    appositiveAfterComplement = false
  }

  mutating func emit(
    _ start: Int, _ end: Int, type: EntityType, evidence: TypeEvidence, placeKey: String?,
    tentative: Bool = false
  ) {
    var first = start
    // "The Washington Post" is named "Washington Post"; « Le Monde » keeps its article.
    if tokens[first].folded == "the", end - first > 1 { first += 1 }
    let range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
    let surface = String(decoding: sentence[range], as: UTF8.self)
    let name = surface.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" || $0 == "\t" })
      .joined(separator: " ")
    found.append(
      MentionCandidate(
        range: range, surface: surface, name: name, type: type, evidence: evidence, placeKey: placeKey,
        isTentative: tentative))
  }

  // MARK: Words that are not names

  /// A nationality word: "Russian", « Ukrainiens », « les Américains ».
  func isDemonym(_ token: NameToken) -> Bool {
    if Demonyms.irregular.contains(token.folded) { return true }
    if WordLists.firstNames.contains(token.folded) { return false }
    for ending in Demonyms.endings where token.folded.hasSuffix(ending) {
      let stem = String(token.folded.dropLast(ending.count))
      if stem.count >= 4, gazetteer.hasCountry(startingWith: stem) { return true }
    }
    return false
  }

  /// An acronym glossing lower-case words, « un véhicule blindé (APC) »: a common noun.
  func isLowerCaseAcronymGloss(at index: Int) -> Bool {
    guard tokens[index].isAllCaps, index >= 2, index + 1 < tokens.count, tokens[index - 1].text == "(",
      tokens[index + 1].text == ")"
    else { return false }
    return tokens[index - 2].isWord && !tokens[index - 2].isCapitalised
  }
}
