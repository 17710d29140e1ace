import DossierKit
import FlyingFox
import FlyingSocks
import Foundation

/// `dossier serve`: serves a built site over HTTP, rebuilds it when the dossier changes, and
/// tells open pages to reload (or to show the build error).
///
/// The build is a closure so the server does not decide how the site is built (tests give
/// it a fake). Builds run one at a time; a failed build leaves the site folder as the last
/// good build made it (dossier's build swaps its output in only on success).
public final class PreviewServer: @unchecked Sendable {
  public struct Configuration: Sendable {
    /// The folder the build writes and the server serves.
    public var site: URL
    /// An IPv4 or IPv6 address, or `localhost`.
    public var host: String
    /// 0 picks any free port (see `start`'s result).
    public var port: UInt16

    public init(site: URL, host: String = "127.0.0.1", port: UInt16 = 8000) {
      self.site = site
      self.host = host
      self.port = port
    }
  }

  /// What one build did.
  public enum BuildOutcome: Sendable {
    case built(BuildReport)
    /// The error as the terminal prints it (`file:line: error: …`).
    case failed(String)
  }

  public let configuration: Configuration
  public let channel: LiveReloadChannel
  private let build: @Sendable () throws -> BuildReport
  /// Distinguishes this server's build ids from a previous run's, so pages left open
  /// across a restart reload.
  private let session = String(UInt32.random(in: 0...UInt32.max), radix: 36)
  private let buildLock = NSLock()
  // Guarded by `stateLock`.
  private let stateLock = NSLock()
  private var buildCount = 0
  private var http: HTTPServer?
  private var serverTask: Task<Void, any Error>?
  private var heartbeatTask: Task<Void, Never>?
  private var watcher: FileWatcher?

  public init(configuration: Configuration, build: @escaping @Sendable () throws -> BuildReport) {
    self.configuration = configuration
    self.build = build
    channel = LiveReloadChannel(build: "none")
  }

  /// Builds now (waiting for any build under way), then tells the open pages: reload after
  /// a good build, show the error after a failed one.
  @discardableResult
  public func rebuild() -> BuildOutcome {
    buildLock.withLock {
      do {
        let report = try build()
        let id = stateLock.withLock {
          buildCount += 1
          return "\(session)-\(buildCount)"
        }
        channel.published(build: id)
        return .built(report)
      } catch {
        let message = String(describing: error)
        channel.failed(message)
        return .failed(message)
      }
    }
  }

  /// Starts listening; returns the site's address (with the real port when `port` was 0).
  /// Throws if the address cannot be used (a port already taken, a host that is not an
  /// address of this machine).
  public func start() async throws -> URL {
    let address = try Self.socketAddress(host: configuration.host, port: configuration.port)
    let server = HTTPServer(
      config: HTTPServer.Configuration(address: address, timeout: 30, logger: .disabled),
      handler: SiteRequestHandler(lookup: SiteLookup(site: configuration.site), channel: channel))
    // Whichever comes first: listening, or `run` failing (to bind, typically). Both are
    // unstructured tasks: the server task runs on after `start` returns.
    let task: Task<Void, any Error> = try await withCheckedThrowingContinuation { continuation in
      let startup = StartupSignal(continuation)
      let task = Task {
        do {
          try await server.run()
          startup.fail(DossierError("the preview server stopped before it started listening"))
        } catch {
          startup.fail(error)
          throw error
        }
      }
      Task {
        do {
          try await server.waitUntilListening(timeout: 30)
          startup.listening(task)
        } catch {
          startup.fail(error)
        }
      }
    }
    let heartbeat = Task { [channel] in
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(10))
        channel.heartbeat()
      }
    }
    stateLock.withLock {
      http = server
      serverTask = task
      heartbeatTask = heartbeat
    }
    guard let listening = await server.listeningAddress else {
      throw DossierError("the preview server has no listening address")
    }
    return Self.url(for: listening)
  }

  /// Watches `root`'s `dossier.yml`, `Content/` and `Templates/`; after each burst of
  /// changes, rebuilds and calls `onBuild` with the changed paths and the outcome (on the
  /// watcher's thread).
  public func watch(
    root: URL, debounce: Double = 0.15,
    onBuild: @escaping @Sendable (_ changed: [String], _ outcome: BuildOutcome) -> Void = { _, _ in }
  ) -> FileWatcher {
    let watcher = FileWatcher(root: root, debounce: debounce)
    stateLock.withLock { self.watcher = watcher }
    watcher.start { [self] changed in
      let outcome = rebuild()
      onBuild(changed, outcome)
    }
    return watcher
  }

  /// Stops watching (after a build under way), ends the live-reload streams, and closes
  /// the server.
  public func stop() async {
    let (watcher, server, task, heartbeat) = stateLock.withLock {
      defer {
        self.watcher = nil
        http = nil
        serverTask = nil
        heartbeatTask = nil
      }
      return (self.watcher, http, serverTask, heartbeatTask)
    }
    if let watcher {
      await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
        DispatchQueue.global().async {
          watcher.stop()
          done.resume()
        }
      }
    }
    heartbeat?.cancel()
    channel.close()
    await server?.stop(timeout: 0.5)
    task?.cancel()
    _ = await task?.result
  }

  static func socketAddress(host: String, port: UInt16) throws -> any SocketAddress {
    do {
      switch host {
      case "localhost": return try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
      case _ where host.contains(":"): return try sockaddr_in6.inet6(ip6: host, port: port)
      default: return try sockaddr_in.inet(ip4: host, port: port)
      }
    } catch {
      throw DossierError(
        "cannot listen on `\(host)`: give an IP address",
        hint: "127.0.0.1 (this machine only) or 0.0.0.0 (every network)")
    }
  }

  static func url(for address: Socket.Address) -> URL {
    let text: String
    switch address {
    case .ip4(let ip, let port): text = "http://\(ip):\(port)/"
    case .ip6(let ip, let port): text = "http://[\(ip)]:\(port)/"
    case .unix(let path): text = "file://\(path)"
    }
    return URL(string: text)!
  }

  /// True for errors that mean the port is taken by another program.
  public static func isAddressInUse(_ error: any Error) -> Bool {
    if case SocketError.failed(_, let code, _) = error { return code == EADDRINUSE }
    return false
  }
}

/// Resumes `start` once: with the server task when it listens, or with the first error.
private final class StartupSignal: @unchecked Sendable {
  // Guarded by `lock`; nil once resumed.
  private let lock = NSLock()
  private var continuation: CheckedContinuation<Task<Void, any Error>, any Error>?

  init(_ continuation: CheckedContinuation<Task<Void, any Error>, any Error>) {
    self.continuation = continuation
  }

  func listening(_ task: Task<Void, any Error>) {
    take()?.resume(returning: task)
  }

  func fail(_ error: any Error) {
    take()?.resume(throwing: error)
  }

  private func take() -> CheckedContinuation<Task<Void, any Error>, any Error>? {
    lock.withLock {
      defer { continuation = nil }
      return continuation
    }
  }
}
