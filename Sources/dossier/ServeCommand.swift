import ArgumentParser
import DossierKit
import DossierServe
import Foundation

struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Build the dossier, serve it locally, and rebuild and reload open pages on every save.",
    discussion: """
      The preview is built into .dossier-serve/ inside the dossier, never into Public/, so
      a site you built for publishing (with --base-url) is left as it is. dossier.yml,
      Content/ and Templates/ are watched; after each save the site is rebuilt and every
      open page reloads. If a build fails, the previous site stays served and the error is
      shown in the terminal and over the page until the next good build. The live-reload
      script is added by the server only; built files never contain it.
      """)

  static let serveFolderName = ".dossier-serve"
  static let defaultPort = 8000

  @OptionGroup var options: RootOptions

  @Option(name: .long, help: "Address to listen on; 0.0.0.0 shares the preview with your network.")
  var host = "127.0.0.1"

  @Option(name: .long, help: "Port to listen on (default 8000, or the next free one).")
  var port: Int?

  @Flag(name: .long, help: "Open the preview in a browser (with xdg-open).")
  var open = false

  @Flag(name: .long, help: "Include articles marked draft: true.")
  var drafts = false

  func validate() throws {
    if let port, !(0...65535).contains(port) {
      throw ValidationError("--port must be between 0 and 65535")
    }
  }

  func run() throws {
    let root = options.rootURL
    guard FileManager.default.fileExists(atPath: root.appending(path: DossierConfig.fileName).path) else {
      Terminal.error(
        DossierError(
          file: root.appending(path: DossierConfig.fileName).path, "no dossier here",
          hint: "run dossier serve inside a dossier, or pass --root; dossier init DIR makes one"
        ).description)
      throw ExitCode.failure
    }
    let site = root.appending(path: Self.serveFolderName)
    // Rebuilds reuse the analyses of unchanged articles and the pages whose inputs did not
    // change, so a save re-renders what it touched.
    let buildOptions = BuildOptions(
      root: root, output: site, includeDrafts: drafts,
      analysisCache: AnalysisCache(folder: AnalysisCache.folder(in: root)))
    // Before any thread starts: signal delivery is set up for the whole process here.
    let stopSignal = SignalWaiter(signals: [SIGINT, SIGTERM])
    let (server, url) = try startServer(site: site, build: { try SiteBuild.run(buildOptions) })
    // Watching starts first, so a save during the first build is built next (builds queue).
    let watcher = server.watch(root: root) { changed, outcome in report(outcome, changed: changed) }
    report(server.rebuild(), changed: [])
    // Until here Ctrl-C ends the process at once (safe: a build swaps its output in only at
    // the end); from now on it stops the server cleanly.
    stopSignal.deferToWait()

    if !options.quiet {
      say("Serving \(root.lastPathComponent) at \(url.absoluteString)")
      say(
        "Watching dossier.yml, Content/ and Templates/"
          + (watcher.usesNotifications ? "" : " (by polling)") + ". Press Ctrl-C to stop.")
    }
    if !["127.0.0.1", "localhost", "::1"].contains(host) {
      Terminal.error("warning: the preview is reachable from other machines on \(host)")
    }
    if open { openInBrowser(url) }

    stopSignal.wait()
    if !options.quiet { say("\nStopping.") }
    blocking { await server.stop() }
  }

  /// Listens on the chosen port; without --port, on the first free one from 8000.
  func startServer(site: URL, build: @escaping @Sendable () throws -> BuildReport) throws -> (
    PreviewServer, URL
  ) {
    let candidates = port.map { [$0] } ?? Array(Self.defaultPort..<(Self.defaultPort + 20))
    for (index, candidate) in candidates.enumerated() {
      let server = PreviewServer(
        configuration: .init(site: site, host: host, port: UInt16(candidate)), build: build)
      do {
        let listening = try blockingThrowing { try await server.start() }
        return (server, Self.browsable(listening))
      } catch  where PreviewServer.isAddressInUse(error) && index + 1 < candidates.count {
        continue
      } catch  where PreviewServer.isAddressInUse(error) {
        Terminal.error("error: port \(candidate) is already in use\n  hint: choose another with --port")
        throw ExitCode.failure
      } catch let error as DossierError {
        Terminal.error(error.description)
        throw ExitCode.failure
      } catch {
        Terminal.error("error: cannot serve on \(host):\(candidate): \(error.localizedDescription)")
        throw ExitCode.failure
      }
    }
    throw ExitCode.failure
  }

  func report(_ outcome: PreviewServer.BuildOutcome, changed: [String]) {
    let cause = changed.isEmpty ? "" : Self.describe(changed) + " changed: "
    switch outcome {
    case .built(let build):
      Terminal.warn(build.notices)
      if !options.quiet {
        say(
          "\(cause)built \(build.pages) pages in \(String(format: "%.2f", build.seconds)) s"
            + " (\(build.written) files written).")
      }
    case .failed(let message):
      Terminal.error(cause + "the build failed; still serving the previous site.\n" + message)
    }
  }

  /// The address to open: a server listening on every interface is reached at loopback.
  static func browsable(_ url: URL) -> URL {
    guard let host = url.host, ["0.0.0.0", "::"].contains(host), let port = url.port else { return url }
    return URL(string: "http://127.0.0.1:\(port)/")!
  }

  static func describe(_ changed: [String]) -> String {
    changed.count <= 3 ? changed.joined(separator: ", ") : "\(changed[0]) and \(changed.count - 1) more"
  }

  func openInBrowser(_ url: URL) {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard
      let opener = paths.map({ "\($0)/xdg-open" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      Terminal.error("warning: xdg-open not found; open \(url.absoluteString) in your browser")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: opener)
    process.arguments = [url.absoluteString]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch {
      Terminal.error("warning: could not run xdg-open: \(error.localizedDescription)")
    }
  }
}

/// Prints a line at once, even when stdout is a pipe or a file (`print` would buffer it
/// there, and serve runs for hours).
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Catches `signals` (Ctrl-C, `kill`): at first they end the process at once, with the
/// shell's usual status (128 + signal); after `deferToWait()` they wake `wait()` instead.
///
/// Made before any other thread starts: libdispatch on Linux reads signals through a
/// signalfd, so they must be blocked in every thread, and threads inherit the mask of the
/// thread that creates them. A thread started earlier would take the signal and drop it.
final class SignalWaiter: @unchecked Sendable {
  private var sources: [any DispatchSourceSignal] = []
  private let arrived = DispatchSemaphore(value: 0)
  // Guarded by `lock`.
  private let lock = NSLock()
  private var exitsAtOnce = true

  init(signals: [Int32]) {
    sources = signals.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [self] in
        if lock.withLock({ exitsAtOnce }) { exit(128 + number) }
        arrived.signal()
      }
      source.resume()
      return source
    }
  }

  func deferToWait() {
    lock.withLock { exitsAtOnce = false }
  }

  func wait() {
    arrived.wait()
    for source in sources { source.cancel() }
  }
}

/// Runs async work from the synchronous command and waits for it.
func blocking(_ work: @escaping @Sendable () async -> Void) {
  let done = DispatchSemaphore(value: 0)
  Task {
    await work()
    done.signal()
  }
  done.wait()
}

func blockingThrowing<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
  let box = ResultBox<T>()
  blocking { box.result = await Result(catching: { try await work() }) }
  return try box.result!.get()
}

private final class ResultBox<T: Sendable>: @unchecked Sendable {
  // Written by the task before `blocking` returns, read after: the semaphore orders them.
  var result: Result<T, any Error>?
}

extension Result where Failure == any Error {
  init(catching body: () async throws -> Success) async {
    do { self = .success(try await body()) } catch { self = .failure(error) }
  }
}
