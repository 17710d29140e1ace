import Mustache

/// Page contexts as swift-mustache reads them fastest.
///
/// For a struct, swift-mustache finds `{{name}}` with `Mirror`, again on every lookup and on
/// every object of the context stack it climbs: measured at about 60,000 instructions per
/// lookup, a third of a whole build. Dictionaries answer through `MustacheParent` instead, so
/// the view structs are turned into dictionaries once per page (one `Mirror` walk per
/// object). The text rendered is the same: a nil field is left out of its dictionary, and a
/// missing key makes the lookup climb the stack just as a nil field found by `Mirror` does.
enum TemplateValues {
  static func flatten(_ value: Any) -> Any? {
    // The common leaves first: each failed `as?` to a protocol costs a conformance lookup.
    if let string = value as? String { return escapable(string) }
    if let optional = value as? OptionalValue { return optional.wrapped.flatMap(flatten) }
    switch value {
    case is Bool, is Int, is Double, is [String], is [String: String]:
      return value
    case let dictionary as [String: Any]:
      return dictionary.compactMapValues(flatten)
    case is [Quote], is [EventView], is [ArticleLink], is [EntityLink]:
      return value  // their elements answer lookups themselves
    case let array as [Any]:  // cheaper than walking an array's Mirror
      return array.map { flatten($0) ?? $0 }
    case is MustacheParent, is MustacheLambda, is MustacheCustomRenderable,
      is MustacheCustomRepresentation:
      return value
    default:
      break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .struct, .class:
      var fields: [String: Any] = [:]
      for child in mirror.children {
        if let label = child.label, let field = flatten(child.value) { fields[label] = field }
      }
      return fields
    case .collection, .set:
      return mirror.children.map { flatten($0.value) ?? $0.value }
    default:
      return value
    }
  }
}

extension TemplateValues {
  /// `text` as swift-mustache escapes it correctly.
  ///
  /// swift-mustache escapes `& < > " '` per `Character`, and a quote followed by a combining
  /// mark (`"́`), or after a prepended mark (U+0600), is one Character that is not `"`: it
  /// was left as is and closed the attribute it stood in (`content="…"́ onmouseover=…`). A
  /// word joiner (U+2060, invisible, a grapheme break of its own) on each side of such a
  /// markup character makes it a Character of its own again, which is escaped; the marks
  /// are kept.
  static func escapable(_ text: String) -> String {
    // Cheap test first: a markup byte next to a non-ASCII one (`>«` is common in French
    // text), then whether the scalars around it really join it into one Character.
    var previous: UInt8 = 0
    var suspect = false
    var offset = 0
    for byte in text.utf8 {
      if (HTMLEscaping.isMarkup(previous) && byte >= 0x80)
        || (previous >= 0x80 && HTMLEscaping.isMarkup(byte))
      {
        if joinsMarkup(text, aroundUTF8Offset: HTMLEscaping.isMarkup(byte) ? offset : offset - 1) {
          suspect = true
          break
        }
      }
      previous = byte
      offset += 1
    }
    guard suspect else { return text }
    let joiner: Unicode.Scalar = "\u{2060}"
    var out = String.UnicodeScalarView()
    for character in text {
      let scalars = character.unicodeScalars
      guard scalars.count > 1,
        scalars.contains(where: { $0.isASCII && HTMLEscaping.isMarkup(UInt8($0.value)) })
      else {
        out.append(contentsOf: scalars)
        continue
      }
      for (index, scalar) in scalars.enumerated() {
        let markup = scalar.isASCII && HTMLEscaping.isMarkup(UInt8(scalar.value))
        if markup && index > 0 { out.append(joiner) }
        out.append(scalar)
        if markup && index < scalars.count - 1 { out.append(joiner) }
      }
    }
    return String(out)
  }

  /// Whether the markup character at `offset` shares a Character with a neighbour. Grapheme
  /// breaks around an ASCII character depend only on the scalars just before and after it.
  private static func joinsMarkup(_ text: String, aroundUTF8Offset offset: Int) -> Bool {
    let utf8 = text.utf8
    let at = utf8.index(utf8.startIndex, offsetBy: offset)
    guard let markupIndex = String.Index(at, within: text.unicodeScalars) else { return false }
    let scalars = text.unicodeScalars
    var window = String.UnicodeScalarView()
    if markupIndex > scalars.startIndex { window.append(scalars[scalars.index(before: markupIndex)]) }
    window.append(scalars[markupIndex])
    let after = scalars.index(after: markupIndex)
    if after < scalars.endIndex { window.append(scalars[after]) }
    return String(window).count < window.count
  }

}

/// The view types a page holds thousands of (quotes, events, links) answer Mustache's lookups
/// themselves, with a switch: `Mirror`, or a dictionary built per object, costs more than the
/// rest of their rendering. Each must name every stored property; `TemplateValuesTests`
/// checks them against `Mirror`. They also answer the keys of `DefaultPartials`' stand-ins.
extension Quote: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "html": html
    case "href": TemplateValues.escapable(href)
    case "article": TemplateValues.escapable(article)
    case "source": source.map(TemplateValues.escapable)
    case "lang": lang.map(TemplateValues.escapable)
    case DefaultPartials.quoteKey: DefaultPartials.quote(self)
    default: nil
    }
  }
}

extension EventView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "date": TemplateValues.escapable(date)
    case "isoDate": TemplateValues.escapable(isoDate)
    case "quote": quote
    case "entities": entities
    case "alsoReportedBy": alsoReportedBy
    case "alsoReportedByLabel": TemplateValues.escapable(alsoReportedByLabel)
    case DefaultPartials.eventKey: DefaultPartials.event(self)
    default: nil
    }
  }
}

extension ArticleLink: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "title": TemplateValues.escapable(title)
    case "shortTitle": TemplateValues.escapable(shortTitle)
    case "href": TemplateValues.escapable(href)
    case "date": date.map(TemplateValues.escapable)
    case "isoDate": isoDate.map(TemplateValues.escapable)
    case "source": source.map(TemplateValues.escapable)
    case "lang": lang.map(TemplateValues.escapable)
    case DefaultPartials.articleItemKey: DefaultPartials.articleItem(self)
    default: nil
    }
  }
}

extension EntityLink: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "name": TemplateValues.escapable(self.name)
    case "href": TemplateValues.escapable(href)
    case "type": TemplateValues.escapable(type)
    case "count": count
    case "counts": TemplateValues.escapable(counts)
    default: nil
    }
  }
}

/// Lets `flatten` see through an `Optional` held in an `Any` with one cast.
private protocol OptionalValue {
  var wrapped: Any? { get }
}

extension Optional: OptionalValue {
  fileprivate var wrapped: Any? { self.map { $0 } }
}
