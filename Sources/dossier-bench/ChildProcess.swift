import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What one child process cost: measured by the kernel for that child alone (`wait4`), so
/// peak memory is per build, not the maximum over every child the benchmark ran.
struct ChildRun {
  var wallSeconds: Double
  var cpuSeconds: Double
  var peakMemoryBytes: Int
  var exitCode: Int32
  var stdout: String
  var stderr: String
}

enum ChildProcess {
  /// Runs `executable` with `arguments`, its output going to files in `scratch` (a build
  /// that prints thousands of warnings must not fill a pipe nobody reads).
  static func run(_ executable: String, _ arguments: [String], scratch: URL) throws -> ChildRun {
    let stdoutPath = scratch.appending(path: "child.stdout").path
    let stderrPath = scratch.appending(path: "child.stderr").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let started = monotonicSeconds()
    let spawned = argv.withUnsafeBufferPointer { buffer in
      posix_spawn(&pid, executable, &actions, nil, buffer.baseAddress!, environ)
    }
    guard spawned == 0 else {
      throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("waiting for \(executable) failed") }
    }
    let wall = monotonicSeconds() - started
    let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
    // Exited normally: low 7 bits are 0 and the code is the next byte; otherwise a signal.
    let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return ChildRun(
      wallSeconds: wall, cpuSeconds: cpu, peakMemoryBytes: Int(usage.ru_maxrss) * 1024,
      exitCode: exitCode, stdout: (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "")
  }

  static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  static func seconds(_ value: timeval) -> Double {
    Double(value.tv_sec) + Double(value.tv_usec) / 1e6
  }

  /// The first executable named `name` on PATH.
  static func findOnPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = String(folder) + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The folder of the running executable (the release build folder under `swift run`).
  static func ownFolder() -> URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
