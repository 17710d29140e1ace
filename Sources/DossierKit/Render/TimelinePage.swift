extension SiteRenderer {
  /// The section of the timeline list an event is shown in: its month, or its year when the
  /// timeline is grouped by year or the event is known only to the year.
  func timelineGroupKey(_ event: DossierGraph.Event) -> CalendarDate {
    dossier.config.timelineGrouping == .year || event.date.month == nil
      ? CalendarDate(year: event.date.year) : CalendarDate(year: event.date.year, month: event.date.month)
  }

  func timelineGroupID(_ event: DossierGraph.Event) -> String { "t" + timelineGroupKey(event).iso }

  /// Events grouped by month (or year, per `timeline_grouping`), in order. Events known
  /// only to the year come before the months of their year.
  func eventGroups(_ events: [DossierGraph.Event], from page: String) -> [EventGroup] {
    var groups: [EventGroup] = []
    for event in events {
      let id = timelineGroupID(event)
      if groups.last?.id != id {
        groups.append(EventGroup(label: localization.format(timelineGroupKey(event)), id: id, events: []))
      }
      groups[groups.count - 1].events.append(eventView(event, from: page))
    }
    return groups
  }

  /// The visual timeline for the page at `page`, linking into the timeline page's list.
  func timelineChart(from page: String) -> TimelineChart? {
    TimelineChart.make(
      events: graph.events, byMonth: dossier.config.timelineGrouping == .month, localization: localization,
      linkPrefix: page == SitePaths.timeline ? "" : SitePaths.relative(from: page, to: SitePaths.timeline),
      groupID: timelineGroupID)
  }

  func renderTimeline() throws -> OutputFile {
    let path = SitePaths.timeline
    var content: [String: Any] = [
      "groups": eventGroups(graph.events, from: path), "count": graph.events.count,
    ]
    if let chart = timelineChart(from: path) { content["chart"] = chart }
    return try page(
      "timeline", path: path, title: localization["timeline"], description: dossier.config.description,
      content: content)
  }
}
