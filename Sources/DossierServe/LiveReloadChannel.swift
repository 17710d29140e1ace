import Foundation

/// The server side of live reload: one server-sent-events stream per open page, and the
/// state a page needs when it (re)connects: the id of the last good build, and the error
/// of the last build if it failed.
public final class LiveReloadChannel: @unchecked Sendable {
  // Guarded by `lock`. Called from the watcher's thread (builds) and from request tasks.
  private let lock = NSLock()
  private var subscribers: [UInt64: AsyncStream<Data>.Continuation] = [:]
  private var nextSubscriber: UInt64 = 0
  private var build: String
  private var error: String?
  private var isClosed = false

  public init(build: String) {
    self.build = build
  }

  /// The id of the build the site folder holds.
  public var currentBuild: String { lock.withLock { build } }
  /// The error of the last build, while it is not followed by a good one.
  public var currentError: String? { lock.withLock { error } }
  public var subscriberCount: Int { lock.withLock { subscribers.count } }

  /// A good build is in place: every open page reloads.
  public func published(build: String) {
    let message = Self.event("reload", build)
    broadcast(message) {
      self.build = build
      self.error = nil
    }
  }

  /// A build failed: every open page shows `message` over the previous site.
  public func failed(_ message: String) {
    broadcast(Self.event("build-error", message)) { self.error = message }
  }

  /// A comment line: keeps idle connections open through proxies and lets the server notice
  /// pages that went away (the write fails, the stream ends).
  public func heartbeat() {
    broadcast(Data(": keep-alive\n\n".utf8)) {}
  }

  /// Ends every stream; later subscribers get an empty one.
  public func close() {
    let streams = lock.withLock {
      isClosed = true
      defer { subscribers = [:] }
      return Array(subscribers.values)
    }
    for stream in streams { stream.finish() }
  }

  /// A stream for one page. It starts with the current build id (`hello`) and, if the
  /// last build failed, its error, so a page opened while the dossier is broken shows it.
  public func subscribe() -> EventStreamBody {
    let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(64))
    let id: UInt64? = lock.withLock {
      guard !isClosed else { return nil }
      var greeting = Data("retry: 1000\n\n".utf8)
      greeting.append(Self.event("hello", build))
      if let error { greeting.append(Self.event("build-error", error)) }
      continuation.yield(greeting)
      nextSubscriber += 1
      subscribers[nextSubscriber] = continuation
      return nextSubscriber
    }
    guard let id else {
      continuation.finish()
      return EventStreamBody(stream: stream, subscription: nil)
    }
    return EventStreamBody(stream: stream, subscription: Subscription(channel: self, id: id))
  }

  func unsubscribe(_ id: UInt64) {
    let continuation = lock.withLock { subscribers.removeValue(forKey: id) }
    continuation?.finish()
  }

  /// Updates the state and sends `message` to every page in one step, so a page that
  /// subscribes meanwhile gets either the old state and the message, or the new state.
  private func broadcast(_ message: Data, updating: () -> Void) {
    lock.withLock {
      updating()
      for continuation in subscribers.values { continuation.yield(message) }
    }
  }

  /// One event in the text/event-stream format; every line of `data` becomes its own
  /// `data:` field (the browser joins them with newlines).
  static func event(_ name: String, _ data: String) -> Data {
    var text = "event: \(name)\n"
    let lines = data.replacingOccurrences(of: "\r\n", with: "\n").split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
    for line in lines { text += "data: \(line)\n" }
    text += "\n"
    return Data(text.utf8)
  }
}

/// Unsubscribes a page's stream when the server drops it (the page went away and a write
/// failed, or the server stopped).
final class Subscription: Sendable {
  let channel: LiveReloadChannel
  let id: UInt64

  init(channel: LiveReloadChannel, id: UInt64) {
    self.channel = channel
    self.id = id
  }

  deinit { channel.unsubscribe(id) }
}
