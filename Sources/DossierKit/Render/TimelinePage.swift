/// One page of a timeline split into pages: the events of one month (or year).
struct TimelinePeriod: Sendable {
  var key: CalendarDate
  /// Indices into `graph.events`: chronological, so a period's events are one run.
  var events: Range<Int>
  var path: String { SitePaths.timelinePeriod(key.iso) }
}

extension SiteRenderer {
  /// The section of the timeline list an event is shown in: its month, or its year when the
  /// timeline is grouped by year or the event is known only to the year.
  static func timelineGroupKey(_ event: DossierGraph.Event, _ grouping: DossierConfig.TimelineGrouping)
    -> CalendarDate
  {
    grouping == .year || event.date.month == nil
      ? CalendarDate(year: event.date.year) : CalendarDate(year: event.date.year, month: event.date.month)
  }

  func timelineGroupKey(_ event: DossierGraph.Event) -> CalendarDate {
    Self.timelineGroupKey(event, dossier.config.timelineGrouping)
  }

  func timelineGroupID(_ event: DossierGraph.Event) -> String { "t" + timelineGroupKey(event).iso }

  /// The pages of a timeline with more events than `timeline_split`, one per section of the
  /// list; none (one page for everything) when it has fewer. A page of every event of a
  /// large archive would weigh a hundred megabytes, and would be made again on every build.
  static func timelinePeriods(_ events: [DossierGraph.Event], config: DossierConfig) -> [TimelinePeriod] {
    guard config.timelineSplit > 0, events.count > config.timelineSplit else { return [] }
    var periods: [TimelinePeriod] = []
    for (index, event) in events.enumerated() {
      let key = timelineGroupKey(event, config.timelineGrouping)
      if let last = periods.last, last.key == key {
        periods[periods.count - 1].events = last.events.lowerBound..<(index + 1)
      } else {
        periods.append(TimelinePeriod(key: key, events: index..<(index + 1)))
      }
    }
    return periods
  }

  /// Where the timeline shows `event`'s section, from the page at `page`.
  func timelineHref(_ event: DossierGraph.Event, from page: String) -> String {
    let target =
      timelinePeriods.isEmpty ? SitePaths.timeline : SitePaths.timelinePeriod(timelineGroupKey(event).iso)
    return (page == target ? "" : SitePaths.relative(from: page, to: target)) + "#" + timelineGroupID(event)
  }

  /// Events grouped by month (or year, per `timeline_grouping`), in order. Events known
  /// only to the year come before the months of their year.
  func eventGroups(_ events: Range<Int>, from page: String) -> [EventGroup] {
    var groups: [EventGroup] = []
    for index in events {
      let event = graph.events[index]
      let id = timelineGroupID(event)
      if groups.last?.id != id {
        groups.append(EventGroup(label: localization.format(timelineGroupKey(event)), id: id, events: []))
      }
      groups[groups.count - 1].events.append(eventView(index, from: page))
    }
    return groups
  }

  /// The visual timeline for the page at `page`, linking into the timeline's list.
  func timelineChart(from page: String) -> TimelineChart? {
    TimelineChart.make(
      events: graph.events, byMonth: dossier.config.timelineGrouping == .month, localization: localization,
      href: { timelineHref($0, from: page) })
  }

  /// The timeline page: every event, or, for a timeline split into pages, the chart and a
  /// list of the periods.
  func renderTimeline() throws -> OutputFile {
    let path = SitePaths.timeline
    var content: [String: Any] = ["count": graph.events.count, "empty": graph.events.isEmpty]
    if timelinePeriods.isEmpty {
      content["groups"] = eventGroups(graph.events.indices, from: path)
    } else {
      content["summary"] = timelineSummary()
      content["periods"] = periodYears(from: path)
    }
    if let chart = timelineChart(from: path) { content["chart"] = chart }
    return try page(
      "timeline", path: path, title: localization["timeline"], description: dossier.config.description,
      content: content)
  }

  /// « 64 pages, une par mois. » (the chart's caption says how many events, and when)
  func timelineSummary() -> String {
    localization.fill(
      dossier.config.timelineGrouping == .month ? "timelineByMonth" : "timelineByYear",
      ["pages": String(timelinePeriods.count)])
  }

  /// The periods of a split timeline by year, each with its number of events.
  func periodYears(from page: String) -> [TimelinePeriodYear] {
    var years: [TimelinePeriodYear] = []
    for period in timelinePeriods {
      let link = TimelinePeriodLink(
        label: localization.format(period.key), href: SitePaths.relative(from: page, to: period.path),
        count: localization.count(period.events.count, "event"))
      if years.last?.year == String(period.key.year) {
        years[years.count - 1].periods.append(link)
      } else {
        years.append(TimelinePeriodYear(year: String(period.key.year), periods: [link]))
      }
    }
    return years
  }

  /// The page of one period of a split timeline, with links to its neighbours.
  func renderTimelinePeriod(_ index: Int) throws -> OutputFile {
    let period = timelinePeriods[index]
    let path = period.path
    let label = localization.format(period.key)
    let neighbour = { (other: Int) -> TimelinePeriodLink? in
      guard self.timelinePeriods.indices.contains(other) else { return nil }
      let target = self.timelinePeriods[other]
      return TimelinePeriodLink(
        label: self.localization.format(target.key), href: SitePaths.relative(from: path, to: target.path),
        count: self.localization.count(target.events.count, "event"))
    }
    let content: [String: Any] = [
      "count": period.events.count, "empty": false,
      "groups": eventGroups(period.events, from: path),
      "period": TimelinePeriodView(
        label: label, overview: SitePaths.relative(from: path, to: SitePaths.timeline),
        count: localization.count(period.events.count, "event"),
        previous: neighbour(index - 1), next: neighbour(index + 1)),
    ]
    return try page(
      "timeline", path: path, title: label + " — " + localization["timeline"],
      description: dossier.config.description, content: content)
  }
}
