import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tiny HTTP/1.1 client over a raw socket, for the preview-server tests. URLSession would
/// normalise `/../` away before sending and cannot show the server's answer to a hostile
/// request target; this sends the target exactly as written.
struct RawHTTPClient {
  struct Response {
    var status: Int
    /// Header names lower-cased.
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let port: UInt16
  /// Generous: the tests run on loaded 2-core machines.
  var timeout: Double = 30

  /// Sends one request with `Connection: close` and reads the whole answer. The blocking
  /// socket calls run on a thread of their own: on the 2 threads of Swift's cooperative
  /// pool they would starve the server under test.
  func send(_ method: String = "GET", _ target: String) async throws -> Response {
    try await onOwnThread { try sendBlocking(method, target) }
  }

  func sendBlocking(_ method: String, _ target: String) throws -> Response {
    let socket = try connect()
    defer { close(socket) }
    try write(socket, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    var received = Data()
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count = recv(socket, &chunk, chunk.count, 0)
      if count < 0 { throw Failure(description: "no complete answer to \(method) \(target)") }
      if count == 0 { break }
      received.append(contentsOf: chunk[..<count])
    }
    return try Self.parse(received, request: "\(method) \(target)")
  }

  static func parse(_ data: Data, request: String) throws -> Response {
    guard let split = data.range(of: Data("\r\n\r\n".utf8)) else {
      throw Failure(description: "no header end in the answer to \(request)")
    }
    let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
    let statusParts = head[0].split(separator: " ")
    guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
      throw Failure(description: "bad status line `\(head[0])` for \(request)")
    }
    var headers: [String: String] = [:]
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    return Response(status: status, headers: headers, body: Data(data[split.upperBound...]))
  }

  /// Opens the live-reload event stream; read it with `EventStream.waitFor`.
  func openEventStream(path: String = "/__dossier/events") throws -> EventStream {
    let socket = try connect()
    try write(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    return EventStream(socket: socket)
  }

  /// A server-sent events connection. Each event arrives as one HTTP chunk, so its text is
  /// contiguous in the received bytes.
  final class EventStream: @unchecked Sendable {
    let socket: Int32
    private(set) var received = ""

    init(socket: Int32) {
      self.socket = socket
      var wait = timeval(tv_sec: 0, tv_usec: 200_000)
      setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socket) }

    /// Reads until `text` has arrived after what earlier calls consumed; returns what came
    /// up to and including it, or nil after `timeout` seconds. One caller at a time.
    func waitFor(_ text: String, timeout: Double = 60) async -> String? {
      (try? await onOwnThread { self.waitForBlocking(text, timeout: timeout) }) ?? nil
    }

    func waitForBlocking(_ text: String, timeout: Double) -> String? {
      let deadline = Date().addingTimeInterval(timeout)
      var chunk = [UInt8](repeating: 0, count: 8 * 1024)
      while true {
        if let found = received.range(of: text) {
          defer { received = String(received[found.upperBound...]) }
          return String(received[..<found.upperBound])
        }
        if Date() > deadline { return nil }
        let count = recv(socket, &chunk, chunk.count, 0)
        if count > 0 {
          received += String(decoding: chunk[..<count], as: UTF8.self)
        } else if count == 0 {
          return nil  // the server closed the stream
        }
      }
    }
  }

  private func connect() throws -> Int32 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failure(description: "socket() failed") }
    var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard result == 0 else {
      close(socket)
      throw Failure(description: "cannot connect to 127.0.0.1:\(port)")
    }
    return socket
  }

  private func write(_ socket: Int32, _ text: String) throws {
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes {
        Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard count > 0 else { throw Failure(description: "send failed") }
      sent += count
    }
  }
}

/// Runs blocking work on a new thread and awaits its result.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    Thread { continuation.resume(with: Result { try work() }) }.start()
  }
}
