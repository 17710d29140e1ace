/// Writes one synthetic article's title, body and comments from the sentence templates.
struct ArticleWriter {
  let generator: CorpusGenerator
  let cast: CorpusGenerator.Cast
  let date: CivilDay
  /// People already named in full in this article: later mentions may be « M. X ».
  var introduced = Set<MadeUpPerson>()

  init(generator: CorpusGenerator, cast: CorpusGenerator.Cast, date: CivilDay) {
    self.generator = generator
    self.cast = cast
    self.date = date
  }

  /// 400 to about 890 words in paragraphs of 2 to 5 sentences, sometimes with a heading, a
  /// block quotation or a link, as imported news text has.
  mutating func body(_ random: inout SeededRandom) -> (text: String, words: Int) {
    let target = random.int(in: 400...860)
    var blocks: [String] = []
    var words = 0
    var paragraph: [String] = []
    var sentencesLeft = random.int(in: 2...5)
    while words < target {
      let sentence = fill(random.pick(SentenceTemplates.sentences), &random)
      words += Self.countWords(sentence)
      paragraph.append(sentence)
      sentencesLeft -= 1
      if sentencesLeft == 0 || words >= target {
        if random.chance(0.08) {
          paragraph.append(
            "Le *rapport complet* est [consultable en ligne](https://example.org/rapports/\(random.below(10_000)))."
          )
          words += 6
        }
        blocks.append(paragraph.joined(separator: " "))
        paragraph = []
        sentencesLeft = random.int(in: 2...5)
        if blocks.count == 3 && random.chance(0.3) {
          let heading = fill(random.pick(SentenceTemplates.headings), &random)
          blocks.append("## " + heading)
          words += Self.countWords(heading)
        } else if random.chance(0.06) {
          let quote =
            "> « \(random.pick(SentenceTemplates.quotes)) », insiste \(mention(pickPerson(&random)))."
          blocks.append(quote)
          words += Self.countWords(quote) - 1
        }
      }
    }
    return (blocks.joined(separator: "\n\n"), words)
  }

  /// Two to four short reader comments, as some scraped pages carry.
  func comments(_ random: inout SeededRandom) -> String {
    let remarks = [
      "Encore une affaire qui traîne depuis des mois.", "Merci pour cet article très complet.",
      "On attend toujours les chiffres officiels.", "Personne ne parle des habitants.",
      "Article partial, comme d'habitude.",
    ]
    return (0..<random.int(in: 2...4)).map { _ in
      "**Lecteur\(random.below(1000))** : " + random.pick(remarks)
    }.joined(separator: "\n\n")
  }

  /// Fills a template's slots; the sentence starts with a capital letter.
  mutating func fill(_ pieces: [SentenceTemplates.Piece], _ random: inout SeededRandom) -> String {
    let person = pickPerson(&random)
    var otherPerson = pickPerson(&random)
    if otherPerson == person { otherPerson = generator.anyPerson(&random) }
    let organization = pickOrganization(&random)
    var otherOrganization = pickOrganization(&random)
    if otherOrganization == organization { otherOrganization = generator.anyOrganization(&random) }
    let place = random.chance(0.9) ? random.pick(cast.places) : generator.anyPlace(&random)
    let otherPlace = generator.anyPlace(&random)
    var text = ""
    for piece in pieces {
      switch piece {
      case .text(let words): text += words
      case .slot(let slot):
        switch slot {
        case .person: text += mention(person)
        case .otherPerson: text += mention(otherPerson)
        case .organization: text += organization.withArticle
        case .otherOrganization: text += otherOrganization.withArticle
        case .deOrganization: text += organization.afterDe
        case .aOrganization: text += organization.afterA
        case .place: text += place
        case .otherPlace: text += otherPlace == place ? generator.pools.places[0] : otherPlace
        case .date: text += FrenchDates.expression(around: date, &random)
        case .count: text += Self.count(&random)
        case .percent: text += "\(random.int(in: 2...95)) %"
        case .quote: text += random.pick(SentenceTemplates.quotes)
        case .agreement: text += person.feminine ? "e" : ""
        }
      }
    }
    return Self.capitalizingFirst(text)
  }

  mutating func mention(_ person: MadeUpPerson) -> String {
    guard introduced.contains(person) else {
      introduced.insert(person)
      return person.fullName
    }
    return laterMention(person)
  }

  /// A later mention: « M. X » mostly, sometimes the full name again.
  func laterMention(_ person: MadeUpPerson) -> String {
    // Deterministic per person and article, so it needs no draw of its own.
    (person.last.count + date.day) % 3 == 0 ? person.fullName : person.civilityAndName
  }

  func pickPerson(_ random: inout SeededRandom) -> MadeUpPerson {
    random.chance(0.9) ? random.pick(cast.people) : generator.anyPerson(&random)
  }

  func pickOrganization(_ random: inout SeededRandom) -> MadeUpOrganization {
    random.chance(0.9) ? random.pick(cast.organizations) : generator.anyOrganization(&random)
  }

  /// Counts and sums: « 350 », « 2 000 », « 12 500 » (numbers that are not years).
  static func count(_ random: inout SeededRandom) -> String {
    switch random.below(3) {
    case 0: return String(random.int(in: 12...950))
    case 1: return "\(random.int(in: 1...9)) 000"
    default: return "\(random.int(in: 10...99)) \(random.int(in: 1...9))00"
    }
  }

  static func countWords(_ text: String) -> Int {
    var count = 1
    for byte in text.utf8 where byte == 0x20 { count += 1 }
    return count
  }

  static func capitalizingFirst(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
