extension SiteRenderer {
  /// Events grouped by month (or year, per `timeline_grouping`), in order. Events known
  /// only to the year come before the months of their year.
  func eventGroups(_ events: [DossierGraph.Event], from page: String) -> [EventGroup] {
    var groups: [EventGroup] = []
    for event in events {
      let key =
        dossier.config.timelineGrouping == .year || event.date.month == nil
        ? CalendarDate(year: event.date.year) : CalendarDate(year: event.date.year, month: event.date.month)
      let id = "t" + key.iso
      if groups.last?.id != id {
        groups.append(EventGroup(label: localization.format(key), id: id, events: []))
      }
      groups[groups.count - 1].events.append(eventView(event, from: page))
    }
    return groups
  }

  func renderTimeline() throws -> OutputFile {
    let path = SitePaths.timeline
    return try page(
      "timeline", path: path, title: localization["timeline"], description: dossier.config.description,
      content: ["groups": eventGroups(graph.events, from: path), "count": graph.events.count])
  }
}
