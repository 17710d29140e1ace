import Foundation

#if FUZZING
  import CFuzzerDriver
#endif

/// What the libFuzzer targets in `Sources/Fuzz/` share: the input as `Data`, the trap that
/// turns a broken law into a crash libFuzzer keeps, and `main`.
///
/// scripts/fuzz.sh builds the targets with the address sanitizer, libFuzzer's coverage
/// instrumentation and `-DFUZZING`, and links libFuzzer's driver (`fuzzer_no_main`): `main`
/// then hands over to libFuzzer. (`-sanitize=fuzzer` itself cannot be used: SwiftPM passes
/// it to the `EmbedTemplates` build tool too, which then links libFuzzer's own `main`.)
/// A plain `swift build` compiles the targets without `FUZZING`, as small tools that run
/// files through the same entry point: `fuzz-import crash-…` replays a crash.
public enum Fuzz {
  /// A fuzz target's entry point, as libFuzzer calls it.
  public typealias Target = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// The fuzzer's bytes, copied (the buffer is only valid during the call).
  public static func data(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Data {
    guard let bytes, size > 0 else { return Data() }
    return Data(bytes: bytes, count: size)
  }

  /// Stops the process when `condition` is false: libFuzzer reports a deadly signal and
  /// writes the input to its artifact folder.
  public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    fail(message())
  }

  public static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("fuzz: law broken: " + message + "\n").utf8))
    abort()
  }

  /// The targets' `main`: libFuzzer's driver (with its usual flags) in the fuzz build, a
  /// replay of the files named on the command line otherwise.
  public static func main(_ target: Target) -> Never {
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv, target))
    #else
      exit(replay(target))
    #endif
  }

  /// Runs every file named on the command line (folders: every file inside) through
  /// `target`; returns the exit status.
  static func replay(_ target: Target) -> CInt {
    let paths = CommandLine.arguments.dropFirst()
    guard !paths.isEmpty else {
      print("usage: \(CommandLine.arguments[0]) FILE|FOLDER…")
      print("Runs the inputs through the fuzz target; `make fuzz` builds the fuzzing version.")
      return 2
    }
    var count = 0
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        FileHandle.standardError.write(Data("no such file: \(path)\n".utf8))
        return 2
      }
      let files =
        isFolder.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map {
          path + "/" + $0
        } : [path]
      for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        _ = [UInt8](data).withUnsafeBufferPointer { target($0.baseAddress, $0.count) }
        count += 1
      }
    }
    print("\(count) inputs ran without breaking a law")
    return 0
  }
}
