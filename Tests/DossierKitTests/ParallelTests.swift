import Testing

@testable import DossierKit

@Suite("Work across threads")
struct ParallelTests {
  /// Whichever thread takes it (a pool thread, or the one waiting), background work runs
  /// once and every wait gives its result.
  @Test func backgroundWorkRunsOnceAndGivesItsResult() {
    let runs = PageCounter()
    let tasks = (0..<200).map { number in
      Background {
        runs.increment()
        return number * number
      }
    }
    for (number, task) in tasks.enumerated() { #expect(task.wait() == number * number) }
    #expect(tasks[7].wait() == 49)
    #expect(runs.count == 200)
  }
}
