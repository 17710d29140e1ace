import Foundation

/// Decides whether a folder may be (re)placed by a build. The build deletes the previous
/// output when it swaps the new one in, so the wrong folder here would lose someone's work.
public enum OutputGuard {
  /// A file dossier leaves in every output folder it makes: its presence proves the folder
  /// is dossier's to replace.
  public static let markerName = ".dossier-output"
  /// Entries a fresh, never-built output folder may hold (a repository placeholder).
  static let placeholderNames: Set<String> = [".gitkeep", ".keep", ".DS_Store"]

  public static func check(output: URL, root: URL) throws {
    let output = output.standardizedFileURL.resolvingSymlinksInPath()
    let root = root.standardizedFileURL.resolvingSymlinksInPath()
    let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL
      .resolvingSymlinksInPath()
    let forbidden: [(URL, String)] = [
      (URL(fileURLWithPath: "/"), "the file system root"),
      (home, "your home folder"),
      (root, "the dossier folder itself"),
      (root.appending(path: "Content"), "the dossier's Content folder"),
      (root.appending(path: "Templates"), "the dossier's Templates folder"),
    ]
    for (path, name) in forbidden where output.path == path.path {
      throw refusal(output, "it is \(name)")
    }
    if root.path.hasPrefix(output.path + "/") {
      throw refusal(output, "it contains the dossier folder")
    }
    if output.path.hasPrefix(root.appending(path: "Content").path + "/")
      || output.path.hasPrefix(root.appending(path: "Templates").path + "/")
    {
      throw refusal(output, "it is inside the dossier's sources")
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else { throw refusal(output, "it is a file, not a folder") }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
    let meaningful = entries.filter { !placeholderNames.contains($0) }
    if !meaningful.isEmpty && !entries.contains(markerName) {
      throw refusal(
        output, "it is not empty and was not made by dossier (no \(markerName) file in it)",
        hint: "choose an empty or new folder with --output; dossier replaces its output folder whole")
    }
  }

  static func refusal(_ output: URL, _ why: String, hint: String? = nil) -> DossierError {
    DossierError(
      "refusing to write the site into \(output.path): \(why)",
      hint: hint ?? "pass --output with a folder of its own, such as Public")
  }
}
