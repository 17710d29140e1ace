#if os(Linux)
  import Foundation
  import Glibc

  /// Linux inotify: one watch on the root (for `dossier.yml`, and `Content/` or `Templates/`
  /// appearing), and one on every folder under the watched folders, added as folders appear.
  /// Atomic saves (write a temporary file, rename it over the old one) arrive as `IN_MOVED_TO`.
  final class InotifyChangeSource: ChangeSource, @unchecked Sendable {
    let root: String
    private let descriptor: Int32
    /// A pipe whose read end wakes `poll` when another thread calls `wake()`.
    private let wakeRead: Int32
    private let wakeWrite: Int32
    /// Watch descriptor → folder relative to the root ("" is the root). Used from the
    /// watcher's thread only.
    private var folders: [Int32: String] = [:]
    private let buffer: UnsafeMutableRawPointer
    private static let bufferSize = 64 * 1024

    private static let rootMask = UInt32(
      IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_ONLYDIR)
    private static let folderMask = rootMask

    init?(root: String) {
      self.root = root
      descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
      guard descriptor >= 0 else { return nil }
      var ends: [Int32] = [0, 0]
      guard pipe(&ends) == 0 else {
        close(descriptor)
        return nil
      }
      wakeRead = ends[0]
      wakeWrite = ends[1]
      for end in ends {
        _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        _ = fcntl(end, F_SETFD, FD_CLOEXEC)
      }
      buffer = UnsafeMutableRawPointer.allocate(
        byteCount: Self.bufferSize, alignment: MemoryLayout<inotify_event>.alignment)
      guard watch(folder: "", mask: Self.rootMask) else {
        close(descriptor)
        close(wakeRead)
        close(wakeWrite)
        buffer.deallocate()
        return nil
      }
      for name in WatchFilter.watchedFolders { watchTree(name) }
    }

    deinit {
      close(descriptor)
      close(wakeRead)
      close(wakeWrite)
      buffer.deallocate()
    }

    func wake() {
      var byte: UInt8 = 1
      _ = write(wakeWrite, &byte, 1)
    }

    func waitForChanges(timeout: Double?) -> [String] {
      let deadline = timeout.map { Date().addingTimeInterval($0) }
      while true {
        let milliseconds = deadline.map { Int32(max(0, $0.timeIntervalSinceNow) * 1000) } ?? -1
        var fds = [
          pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
          pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, 2, milliseconds)
        if ready < 0 {
          if errno == EINTR { continue }
          return []
        }
        if ready == 0 { return [] }
        if fds[1].revents != 0 {
          var sink = [UInt8](repeating: 0, count: 64)
          while read(wakeRead, &sink, sink.count) > 0 {}
          return []
        }
        let changed = readEvents()
        if !changed.isEmpty { return changed }
        if let deadline, deadline.timeIntervalSinceNow <= 0 { return [] }
      }
    }

    /// Drains the queued events; returns the relevant changed paths.
    private func readEvents() -> [String] {
      var changed = Set<String>()
      while true {
        let count = read(descriptor, buffer, Self.bufferSize)
        if count <= 0 { break }  // EAGAIN: drained
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
          let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
          let nameStart = buffer.advanced(by: offset + headerSize)
          let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
          offset += headerSize + Int(event.len)
          if let path = handle(event, name: name) { changed.insert(path) }
        }
      }
      return changed.sorted()
    }

    /// Updates the watches for one event; the changed path if it matters.
    private func handle(_ event: inotify_event, name: String) -> String? {
      if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
        for folder in WatchFilter.watchedFolders { watchTree(folder) }
        return "Content"  // events were lost: rebuild anyway
      }
      guard let folder = folders[event.wd] else { return nil }
      if event.mask & UInt32(IN_IGNORED) != 0 {
        folders[event.wd] = nil  // the folder was deleted or moved away
        return nil
      }
      guard !name.isEmpty else { return nil }
      if folder.isEmpty && !WatchFilter.isWatchedRootEntry(name) { return nil }
      let path = folder.isEmpty ? name : folder + "/" + name
      guard WatchFilter.isRelevant(path) else { return nil }
      let appeared = UInt32(IN_CREATE | IN_MOVED_TO)
      if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & appeared != 0 { watchTree(path) }
      return path
    }

    /// Watches `relative` and every folder below it (symlinked folders once each).
    private func watchTree(_ relative: String) {
      var seen = Set<String>()
      var pending = [relative]
      while let folder = pending.popLast() {
        let absolute = root + "/" + folder
        guard let real = SiteLookup.realPath(absolute), seen.insert(real).inserted,
          watch(folder: folder, mask: Self.folderMask)
        else { continue }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
        for name in names where !name.hasPrefix(".") {
          if SiteLookup.kind(of: absolute + "/" + name) == .folder { pending.append(folder + "/" + name) }
        }
      }
    }

    private func watch(folder: String, mask: UInt32) -> Bool {
      let absolute = folder.isEmpty ? root : root + "/" + folder
      let wd = inotify_add_watch(descriptor, absolute, mask)
      guard wd >= 0 else { return false }
      folders[wd] = folder
      return true
    }
  }
#endif
