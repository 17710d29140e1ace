/// The visual timeline: the dossier's events on a time axis, one column per month (or per
/// year when the events span many years), drawn by the stylesheet from plain HTML so it
/// reads without JavaScript and prints. Each column links to its events in the list below,
/// which stays the full text alternative; the caption says what the picture shows.
struct TimelineChart {
  struct Column {
    /// « novembre 2022 », « 2022 »; empty for a gap.
    var label: String
    /// Axis text under the column: a month's initial, or the year for year columns.
    var tick: String
    /// The year, on the first column of each year (months) so the axis reads « 2022 ».
    var year: String?
    /// Where the column leads (`#t2022-11`); nil for an empty column.
    var href: String?
    var count: Int
    /// « novembre 2022 : 3 événements », read by screen readers for the link.
    var description: String
    /// One mark per event when the chart draws marks (few events per column).
    var marks: [Mark]
    /// Bar height in percent of the tallest, when the chart draws bars.
    var barHeight: Int?
    /// A run of empty years shrunk to one narrow column.
    var isGap: Bool
    var isEmpty: Bool { count == 0 }
  }

  struct Mark {
    /// Date and sentence, shown on hover.
    var title: String
  }

  var columns: [Column]
  var caption: String
  var drawsMarks: Bool
  /// Marks in the fullest column (at least 3), so the stylesheet sizes the chart to fit.
  var rows: Int

  /// Past this many events in one column, columns become bars.
  static let maxMarks = 10
  /// Past this many months between the first and last event, columns are years.
  static let maxMonths = 48
  /// Runs of more empty years than this become one gap column.
  static let maxEmptyYears = 3

  /// The chart of `events` (chronological), or nil when there is nothing to draw.
  /// `href` gives the link to the list section an event is shown in; a column links to its
  /// first event's.
  static func make(
    events: [DossierGraph.Event], byMonth: Bool, localization: Localization,
    href: (DossierGraph.Event) -> String
  ) -> TimelineChart? {
    guard let first = events.map(\.date).min(), let last = events.map(\.date).max() else { return nil }
    let firstYear = events.map(\.date.year).min() ?? first.year
    let lastYear = events.map(\.date.year).max() ?? last.year
    // Months as year × 12 + month − 1, over the events dated to the month.
    let monthIndices = events.compactMap { event in event.date.month.map { event.date.year * 12 + $0 - 1 } }
    let monthRange = monthIndices.min().flatMap { low in monthIndices.max().map { low...$0 } }
    let monthly = byMonth && (lastYear - firstYear) * 12 <= maxMonths

    // Column key: (year, month), month 0 for events known only to the year.
    var buckets: [Key: [DossierGraph.Event]] = [:]
    for event in events {
      buckets[Key(year: event.date.year, month: monthly ? (event.date.month ?? 0) : 0), default: []]
        .append(event)
    }
    var keys: [Key?] = []  // nil: a gap
    if monthly {
      for year in firstYear...lastYear {
        if buckets[Key(year: year, month: 0)] != nil { keys.append(Key(year: year, month: 0)) }
        for month in 1...12 where monthRange?.contains(year * 12 + month - 1) == true {
          keys.append(Key(year: year, month: month))
        }
      }
    } else {
      var emptyRun: [Key] = []
      for year in firstYear...lastYear {
        let key = Key(year: year, month: 0)
        if buckets[key] == nil {
          emptyRun.append(key)
          continue
        }
        keys += emptyRun.count > maxEmptyYears ? [nil] : emptyRun
        emptyRun = []
        keys.append(key)
      }
    }

    let largest = buckets.values.map(\.count).max() ?? 1
    let drawsMarks = largest <= maxMarks
    var previousYear: Int?
    let columns = keys.map { key -> Column in
      guard let key else {
        previousYear = nil
        return Column(
          label: localization["chartGap"], tick: "…", year: nil, href: nil, count: 0,
          description: localization["chartGap"], marks: [], barHeight: nil, isGap: true)
      }
      let date =
        key.month == 0 ? CalendarDate(year: key.year) : CalendarDate(year: key.year, month: key.month)
      let label = localization.format(date)
      let items = buckets[key] ?? []
      let startsYear = previousYear != key.year
      previousYear = key.year
      return Column(
        label: label,
        tick: monthly
          ? (key.month == 0 ? "·" : String(localization.monthName(key.month).prefix(1)).uppercased())
          : String(key.year),
        year: monthly && startsYear ? String(key.year) : nil,
        href: items.first.map(href),
        count: items.count,
        description: label + localization["colon"] + " " + localization.count(items.count, "event"),
        marks: drawsMarks
          ? items.map { Mark(title: localization.format($0.date) + " — " + shortened($0.text)) } : [],
        barHeight: drawsMarks || items.isEmpty ? nil : max(4, items.count * 100 / largest),
        isGap: false)
    }
    let caption = [
      localization.fill(
        "chartCaption",
        ["events": localization.count(events.count, "event"), "span": localization.span(first, last)]),
      localization[monthly ? "chartMonths" : "chartYears"],
      localization[drawsMarks ? "chartMarks" : "chartBars"],
    ].joined(separator: " ")
    return TimelineChart(
      columns: columns, caption: caption, drawsMarks: drawsMarks,
      rows: drawsMarks ? max(3, largest) : maxMarks)
  }

  struct Key: Hashable {
    var year: Int
    var month: Int
  }

  static func shortened(_ text: String, limit: Int = 120) -> String {
    text.count > limit ? String(text.prefix(limit)).trimmingCharacters(in: .whitespaces) + "…" : text
  }
}
