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
    if value is String { return value }
    if let optional = value as? OptionalValue { return optional.wrapped.flatMap(flatten) }
    switch value {
    case is Bool, is Int, is Double, is [String], is [String: String]:
      return value
    case let dictionary as [String: Any]:
      return dictionary.compactMapValues(flatten)
    case let array as [Any]:  // cheaper than walking an array's Mirror
      return array.map { flatten($0) ?? $0 }
    case let fields as TemplateFields:
      return fields.templateFields.compactMapValues(flatten)
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

/// A view type that lists its own fields, for the types a page holds thousands of (quotes,
/// events, links): `Mirror` costs more than the rest of their rendering. The table must name
/// every stored property; `TemplateValuesTests` checks it against `Mirror`.
protocol TemplateFields {
  var templateFields: [String: Any] { get }
}

extension Quote: TemplateFields {
  var templateFields: [String: Any] {
    ["html": html, "href": href, "article": article, "source": source as Any, "lang": lang as Any]
  }
}

extension EventView: TemplateFields {
  var templateFields: [String: Any] {
    [
      "date": date, "isoDate": isoDate, "quote": quote, "entities": entities,
      "alsoReportedBy": alsoReportedBy,
    ]
  }
}

extension ArticleLink: TemplateFields {
  var templateFields: [String: Any] {
    [
      "title": title, "shortTitle": shortTitle, "href": href, "date": date as Any, "isoDate": isoDate as Any,
      "source": source as Any, "lang": lang as Any,
    ]
  }
}

extension EntityLink: TemplateFields {
  var templateFields: [String: Any] {
    ["name": name, "href": href, "type": type, "count": count, "counts": counts]
  }
}

/// Lets `flatten` see through an `Optional` held in an `Any` with one cast.
private protocol OptionalValue {
  var wrapped: Any? { get }
}

extension Optional: OptionalValue {
  fileprivate var wrapped: Any? { self.map { $0 } }
}
