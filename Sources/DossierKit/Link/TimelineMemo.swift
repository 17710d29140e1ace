import Foundation

/// The last build's timeline merging, date by date, so a rebuild merges again only the
/// dates whose reports changed: merging compares every report of a date with the events
/// before it, and was the largest part of the timeline.
///
/// Only reports of one date can be one event, and which report is the same event as which
/// (`Timeline.decide`) depends on nothing but that date's reports, in order: their
/// articles, entities and content words (`key`). Kept by that key, the decisions give the
/// events again through `Timeline.assemble`, which takes the current texts and anchors.
/// Kept in `.dossier-cache/timeline`, sealed with a hash: a file that cannot be read is
/// ignored.
public final class TimelineMemo: @unchecked Sendable {
  static let magic = Array("dossier timeline 1\n".utf8)

  public let file: URL?
  /// Decisions by the key of their date's reports.
  let runs: [UInt64: [Int32]]
  private let lock = NSLock()
  private var replayed = 0

  public init(file: URL?) {
    self.file = file
    runs = CacheFile.read(file).flatMap(Self.decode) ?? [:]
  }

  /// The dossier's own memo file.
  public static func file(in root: URL) -> URL {
    root.appending(path: ".dossier-cache/timeline")
  }

  /// The decisions kept for reports with `key`, if they fit `count` reports.
  func decisions(for key: UInt64, count: Int) -> [Int32]? {
    guard let decisions = runs[key], Self.fit(decisions, count: count) else { return nil }
    lock.withLock { replayed += 1 }
    return decisions
  }

  /// How many dates' decisions were taken from the memo.
  var hits: Int { lock.withLock { replayed } }

  /// What `Timeline.decide` reads of one date's reports (all reports of the date, in
  /// order), from each one's `read`: hashed once per report as it is made, so a rebuild's
  /// keys copy no report.
  static func key<Reads: Collection<UInt64>>(date: CalendarDate, reads: Reads) -> UInt64 {
    var hash = StableHash()
    hash.add(SiteRenderer.programIdentity)
    hash.add(date.iso)
    for read in reads { hash.add(Int(Int64(bitPattern: read))) }
    hash.add(reads.count)
    return hash.value
  }

  /// What `Timeline.decide` reads of one report: its article, entities and content words.
  static func read(_ report: Timeline.Report) -> UInt64 {
    var hash = StableHash()
    hash.add(report.slug)
    hash.add(report.entities)
    hash.add(report.words)
    return hash.value
  }

  /// Whether `decisions` can be those of `count` reports: each report is a new event or
  /// one of the events before it.
  static func fit(_ decisions: [Int32], count: Int) -> Bool {
    guard decisions.count == count else { return false }
    var events: Int32 = 0
    for decision in decisions {
      if decision < 0 {
        guard decision == -1 else { return false }
        events += 1
      } else if decision >= events {
        return false
      }
    }
    return true
  }

  /// Keeps the decisions of this build's dates for the next, writing the file when they
  /// differ from those read. Best effort: a memo that cannot be written only costs time.
  func keep(_ decided: [(UInt64, [Int32])]) {
    let changed = decided.count != runs.count || decided.contains { runs[$0.0] == nil }
    guard changed, let file else { return }
    CacheFile.write(Self.encode(decided), to: file)
  }

  static func encode(_ decided: [(UInt64, [Int32])]) -> [UInt8] {
    var out = ByteWriter(bytes: magic)
    out.int(decided.count)
    for (key, decisions) in decided {
      out.int(Int(Int64(bitPattern: key)))
      out.int32s(decisions)
    }
    return out.sealed
  }

  static func decode(_ data: Data) -> [UInt64: [Int32]]? {
    guard var input = ByteReader(unsealing: [UInt8](data)) else { return nil }
    guard input.take(magic.count) == magic[...], let count = input.count() else { return nil }
    var runs: [UInt64: [Int32]] = [:]
    runs.reserveCapacity(count)
    for _ in 0..<count {
      guard let key = input.int(), let decisions = input.int32s() else { return nil }
      runs[UInt64(bitPattern: Int64(key))] = decisions
    }
    guard input.atEnd else { return nil }
    return runs
  }
}
