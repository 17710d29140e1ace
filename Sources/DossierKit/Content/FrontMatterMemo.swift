import Foundation

/// Front matter parsed by the last build, by its text, so a rebuild parses only the front
/// matter that changed: YAML parsing (Yams resolves every value's type through regular
/// expressions) was most of loading an unchanged dossier.
///
/// Kept in the dossier's `.dossier-cache/front-matter`, for the last load's articles only.
/// Only front matter that parsed without errors is kept, so errors are always found anew;
/// a memo file that cannot be read is ignored, never trusted.
public final class FrontMatterMemo: @unchecked Sendable {
  /// What `ArticleFile` reads from front matter, with the notices it gave.
  struct Fields: Equatable, Sendable {
    var title: String
    var date: CalendarDate?
    var source: String?
    var url: String?
    var lang: Language?
    var authors: [String]
    var draft: Bool
    var notices: [Notice]
  }

  static let magic = Array("dossier front matter 1\n".utf8)

  /// Where the memo is kept between processes; nil keeps it in memory only.
  public let file: URL?
  private let lock = NSLock()
  private var stored: [UInt64: Fields]
  private var used: [UInt64: Fields] = [:]
  private var parsed = 0

  public init(file: URL?) {
    self.file = file
    stored = CacheFile.read(file).flatMap(Self.decode) ?? [:]
  }

  /// The dossier's own memo file.
  public static func file(in root: URL) -> URL {
    root.appending(path: ".dossier-cache/front-matter")
  }

  /// How many front matters the memo could not answer (and `parse` was asked for).
  var misses: Int { lock.withLock { parsed } }

  /// The fields of `yaml`, the front matter of `file` (which the notices name): kept ones,
  /// or `parse`'s.
  func fields(yaml: String, file: String, parse: () throws -> Fields) rethrows -> Fields {
    var hash = StableHash()
    hash.add(SiteRenderer.programIdentity)
    hash.add(file)
    hash.add(yaml)
    let key = hash.value
    if let known = lock.withLock({ stored[key] }) {
      lock.withLock { used[key] = known }
      return known
    }
    lock.withLock { parsed += 1 }
    let fields = try parse()
    lock.withLock { used[key] = fields }
    return fields
  }

  /// Keeps the fields used since the memo was made, for the next process; written only when
  /// they differ from what was read. Best effort: a memo that cannot be written only costs
  /// the next build time.
  public func save() {
    lock.lock()
    let entries = used
    let changed = parsed > 0 || used.count != stored.count
    lock.unlock()
    guard changed, let file else { return }
    CacheFile.write(Self.encode(entries), to: file)
  }

  static func encode(_ entries: [UInt64: Fields]) -> [UInt8] {
    var out = ByteWriter(bytes: magic)
    out.int(entries.count)
    for (key, fields) in entries.sorted(by: { $0.key < $1.key }) {
      out.int(Int(Int64(bitPattern: key)))
      out.string(fields.title)
      out.optional(fields.date?.iso)
      out.optional(fields.source)
      out.optional(fields.url)
      out.optional(fields.lang?.rawValue)
      out.int(fields.authors.count)
      for author in fields.authors { out.string(author) }
      out.int(fields.draft ? 1 : 0)
      out.int(fields.notices.count)
      for notice in fields.notices {
        out.optional(notice.file)
        out.int(notice.line ?? -1)
        out.string(notice.message)
      }
    }
    return out.bytes
  }

  static func decode(_ data: Data) -> [UInt64: Fields]? {
    var input = ByteReader(bytes: [UInt8](data))
    guard input.take(magic.count) == magic[...], let count = input.count() else { return nil }
    var entries: [UInt64: Fields] = [:]
    entries.reserveCapacity(count)
    for _ in 0..<count {
      guard let key = input.int(), let title = input.string(), let date = input.optional(),
        let source = input.optional(), let url = input.optional(), let lang = input.optional(),
        let authorCount = input.count()
      else { return nil }
      var authors: [String] = []
      for _ in 0..<authorCount {
        guard let author = input.string() else { return nil }
        authors.append(author)
      }
      guard let draft = input.int(), let noticeCount = input.count() else { return nil }
      var notices: [Notice] = []
      for _ in 0..<noticeCount {
        guard let file = input.optional(), let line = input.int(), let message = input.string() else {
          return nil
        }
        notices.append(Notice(file: file, line: line < 0 ? nil : line, message))
      }
      // A value that does not read back as what was written means a damaged file.
      let day = date.map { CalendarDate(iso: $0) }
      let language = lang.map { Language(rawValue: $0) }
      guard day.map({ $0 != nil }) ?? true, language.map({ $0 != nil }) ?? true, draft == 0 || draft == 1
      else { return nil }
      entries[UInt64(bitPattern: Int64(key))] = Fields(
        title: title, date: day ?? nil, source: source, url: url, lang: language ?? nil, authors: authors,
        draft: draft == 1, notices: notices)
    }
    guard input.atEnd else { return nil }
    return entries
  }
}
