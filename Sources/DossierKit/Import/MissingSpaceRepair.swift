/// Puts back the space a scrape lost after a sentence end: `utiles.Les` → `utiles. Les`.
///
/// Only a dot, `!` or `?` between a word of two or more letters ending in lower case (or a
/// number of two digits or more) and a capitalised word counts. Web addresses and e-mail addresses are left whole, and so
/// are decimals (`3.5`), initialisms (`U.S.`, `e.g.`), single letters, camel-case names
/// (`iPhone.Apple`) and domain endings (`Example.Com`).
enum MissingSpaceRepair {
  static let domainEndings: Set<String> = [
    "com", "fr", "org", "net", "io", "uk", "de", "ru", "ua", "eu", "info", "gov", "be", "ch",
    "ca", "it", "es", "us", "co", "tv", "html", "htm", "php", "pdf", "js", "jpg", "png",
  ]

  /// The repaired text and each token that was repaired (as it stood before).
  static func repair(_ text: String) -> (text: String, repaired: [String]) {
    guard text.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) else { return (text, []) }
    var repaired: [String] = []
    var pieces: [String] = []
    for token in text.split(separator: " ", omittingEmptySubsequences: false) {
      let fixed = repairToken(token)
      if fixed != token { repaired.append(String(token)) }
      pieces.append(fixed)
    }
    return (pieces.joined(separator: " "), repaired)
  }

  static func repairToken(_ token: Substring) -> String {
    guard token.dropLast().contains(where: { $0 == "." || $0 == "!" || $0 == "?" }), token.count >= 5,
      !TextShape.isWebAddress(token)
    else { return String(token) }
    let characters = Array(token)
    var out = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      out.append(character)
      if ".!?".contains(character), splitsAfter(characters, index) { out.append(" ") }
      index += 1
    }
    return out
  }

  static func splitsAfter(_ characters: [Character], _ mark: Int) -> Bool {
    guard mark >= 2, mark + 2 < characters.count else { return false }
    let next = characters[mark + 1]
    guard next.isLetter, next.isUppercase, characters[mark + 2].isLetter, characters[mark + 2].isLowercase
    else { return false }
    var start = mark
    while start > 0, characters[start - 1].isLetter { start -= 1 }
    // `2019.It`: a number of two digits or more (a year, a count) also ends a sentence.
    var digits = mark
    while digits > 0, characters[digits - 1].isASCII, characters[digits - 1].isNumber { digits -= 1 }
    if mark - digits >= 2, digits == 0 || !(characters[digits - 1].isLetter || characters[digits - 1] == ".")
    {
      return true
    }
    guard mark - start >= 2, characters[mark - 1].isLowercase else { return false }
    // `iPhone.Apple`: a capital inside the word marks a brand or code name, not prose.
    if characters[(start + 1)..<mark].contains(where: { $0.isUppercase }) { return false }
    // `e.g.Paris`, `3.Les`: the word before is not a plain word.
    if start > 0, characters[start - 1] == "." || characters[start - 1].isNumber { return false }
    var end = mark + 1
    while end < characters.count, characters[end].isLetter { end += 1 }
    let following = String(characters[(mark + 1)..<end]).lowercased()
    if domainEndings.contains(following) { return false }
    // `Example.Com/page`: part of an address after all.
    if end < characters.count, characters[end] == "/" || characters[end] == "." { return false }
    return true
  }
}
