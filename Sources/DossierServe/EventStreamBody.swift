import FlyingSocks
import Foundation

/// A response body that never ends on its own: each event of a page's live-reload stream,
/// handed to FlyingFox as one chunk so it is written to the socket as soon as it is sent.
public struct EventStreamBody: AsyncBufferedSequence {
  public typealias Element = UInt8

  let stream: AsyncStream<Data>
  /// Held for as long as FlyingFox holds the body; releasing it unsubscribes the page.
  let subscription: Subscription?

  public func makeAsyncIterator() -> Iterator {
    Iterator(events: stream.makeAsyncIterator(), subscription: subscription)
  }

  public struct Iterator: AsyncBufferedIteratorProtocol {
    var events: AsyncStream<Data>.Iterator
    let subscription: Subscription?
    var pending: [UInt8] = []

    public mutating func next() async -> UInt8? {
      if pending.isEmpty {
        guard let event = await events.next() else { return nil }
        pending = Array(event)
        if pending.isEmpty { return await next() }
      }
      return pending.removeFirst()
    }

    public mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
      if !pending.isEmpty {
        defer { pending = [] }
        return pending
      }
      guard let event = await events.next() else { return nil }
      return Array(event)
    }
  }
}
