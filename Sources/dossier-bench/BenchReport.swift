import Foundation
import SyntheticCorpus

/// Everything the benchmark prints: results on stdout, progress on stderr.
struct BenchReport {
  let articles: Int
  let runs: Int
  let warmup: Int
  let seed: UInt64

  func printCorpus(_ summary: CorpusWriter.Summary, seconds: Double, root: URL) {
    print(
      "dossier-bench, \(Self.today()), \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(Self.loadAverage())"
    )
    print(
      "corpus: \(summary.articles) synthetic articles (seed \(seed)), \(summary.words) words "
        + "(\(summary.words / max(summary.articles, 1)) per article), "
        + String(format: "%.1f MB", Double(summary.bytes) / 1e6)
        + ", generated in \(Self.duration(seconds)) at \(root.path)")
  }

  func printTool(_ builder: SiteBuilder, version: String?) {
    print(
      "\(builder.name): \(builder.executable) \(builder.arguments.joined(separator: " "))"
        + (version.map { " (\($0))" } ?? ""))
  }

  func progress(_ label: String) {
    guard isatty(2) != 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(label)…".utf8))
  }

  func progressDone() {
    guard isatty(2) != 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }

  func printResults(dossier: [BuildSample], hugo: [BuildSample]?) {
    print(
      "\n\(runs) runs after \(warmup) warm-up; median (min … max); load average now \(Self.loadAverage())")
    printTool("dossier", dossier)
    if let hugo { printTool("hugo", hugo) }
    if let hugo {
      print("\ndossier / hugo (medians):")
      let ratios: [(String, (BuildSample) -> Double)] = [
        ("full build wall time", { $0.full.wallSeconds }), ("full build CPU time", { $0.full.cpuSeconds }),
        ("full build peak memory", { Double($0.full.peakMemoryBytes) }),
        ("rebuild wall time", { $0.rebuild.wallSeconds }),
        ("next rebuild wall time", { $0.nextRebuild.wallSeconds }),
      ]
      for (label, value) in ratios {
        print("  \(Self.padded(label, 26)) " + String(format: "%.2f×", ratio(dossier, hugo, value)))
      }
    }
    printTargets(dossier: dossier, hugo: hugo)
  }

  func printTool(_ name: String, _ samples: [BuildSample]) {
    let full = samples.map(\.full)
    let rebuild = samples.map(\.rebuild)
    let wall = Spread(full.map(\.wallSeconds))
    print("\n\(name)")
    row("full build, wall", Spread(full.map(\.wallSeconds)), Self.duration)
    row("full build, CPU", Spread(full.map(\.cpuSeconds)), Self.duration)
    let cpu = Spread(full.map(\.cpuSeconds))
    print(
      "  \(Self.padded("per article, wall / CPU", 26)) "
        + String(
          format: "%.3f ms / %.3f ms", wall.median * 1000 / Double(articles),
          cpu.median * 1000 / Double(articles)))
    row("full build, peak memory", Spread(full.map { Double($0.peakMemoryBytes) }), Self.megabytes)
    row("rebuild (1 edited), wall", Spread(rebuild.map(\.wallSeconds)), Self.duration)
    row("rebuild, CPU", Spread(rebuild.map(\.cpuSeconds)), Self.duration)
    row("rebuild, peak memory", Spread(rebuild.map { Double($0.peakMemoryBytes) }), Self.megabytes)
    let next = samples.map(\.nextRebuild)
    row("next rebuild, wall", Spread(next.map(\.wallSeconds)), Self.duration)
    row("next rebuild, CPU", Spread(next.map(\.cpuSeconds)), Self.duration)
    if let last = samples.last {
      var line = "  output: \(last.htmlPages) HTML pages, \(last.files) files"
      if let counts = Self.writtenCounts(last.rebuild.stdout) {
        line += "; the rebuild wrote \(counts.written) files and kept \(counts.unchanged)"
      }
      let warnings = last.full.stderr.split(separator: "\n").count
      if warnings > 0 { line += "; \(warnings) lines of warnings on stderr" }
      print(line)
    }
  }

  func row(_ label: String, _ spread: Spread, _ format: (Double) -> String) {
    print(
      "  \(Self.padded(label, 26)) \(Self.padded(format(spread.median), 9, left: true))"
        + "  (\(format(spread.min)) … \(format(spread.max)))")
  }

  /// The targets of issue 8, stated for 10,000 articles on this 2-core machine.
  func printTargets(dossier: [BuildSample], hugo: [BuildSample]?) {
    print("\ntargets of issue 8 (stated for 10,000 articles):")
    if let hugo {
      let wall = ratio(dossier, hugo) { $0.full.wallSeconds }
      let memory = ratio(dossier, hugo) { Double($0.full.peakMemoryBytes) }
      print(
        "  full build ≤ 0.3× Hugo's wall time:    " + String(format: "%.2f×", wall)
          + Self.verdict(wall <= 0.3))
      print(
        "  peak memory ≤ 0.5× Hugo's:             " + String(format: "%.2f×", memory)
          + Self.verdict(memory <= 0.5))
    }
    let rebuild = Spread(dossier.map(\.rebuild.wallSeconds)).median
    print("  rebuild after one edit ≤ 0.3 s:        " + Self.duration(rebuild) + Self.verdict(rebuild <= 0.3))
  }

  func ratio(_ a: [BuildSample], _ b: [BuildSample], _ value: (BuildSample) -> Double) -> Double {
    Spread(a.map(value)).median / Spread(b.map(value)).median
  }

  static func verdict(_ met: Bool) -> String { met ? "  met" : "  NOT met" }

  /// `dossier build` ends with "(N files written, M unchanged)."
  static func writtenCounts(_ output: String) -> (written: Int, unchanged: Int)? {
    guard let range = output.range(of: " files written, ") else { return nil }
    let written = output[..<range.lowerBound].reversed().prefix { $0.isNumber }
    let unchanged = output[range.upperBound...].prefix { $0.isNumber }
    guard let w = Int(String(written.reversed())), let u = Int(unchanged) else { return nil }
    return (w, u)
  }

  static func duration(_ seconds: Double) -> String {
    seconds < 1 ? String(format: "%.0f ms", seconds * 1000) : String(format: "%.2f s", seconds)
  }

  static func megabytes(_ bytes: Double) -> String { String(format: "%.0f MB", bytes / 1e6) }

  static func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return left ? fill + text : text + fill
  }

  static func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: Date())
  }
}
