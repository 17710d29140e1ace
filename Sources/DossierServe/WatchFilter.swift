import DossierKit

/// Which changes under a dossier's root call for a rebuild: `dossier.yml`, and anything in
/// `Content/` or `Templates/` except hidden files (the build skips them too) and the
/// temporary files editors write while saving.
public enum WatchFilter {
  public static let watchedFolders = ["Content", "Templates"]

  /// True for the names a watcher looks at in the root folder itself.
  public static func isWatchedRootEntry(_ name: String) -> Bool {
    name == DossierConfig.fileName || watchedFolders.contains(name)
  }

  /// `relativePath` is relative to the dossier root, `/`-separated.
  public static func isRelevant(_ relativePath: String) -> Bool {
    let parts = relativePath.split(separator: "/")
    guard let first = parts.first else { return false }
    if parts.count == 1 { return isWatchedRootEntry(String(first)) }
    guard watchedFolders.contains(String(first)) else { return false }
    if parts.dropFirst().contains(where: { $0.hasPrefix(".") }) { return false }
    return !isEditorTemporary(String(parts.last!))
  }

  /// Backup, swap and scratch files of common editors: vim (`x.swp`, `x~`, `4913`), emacs
  /// (`#x#`, `.#x`), JetBrains (`x___jb_tmp___`), and partial downloads.
  public static func isEditorTemporary(_ name: String) -> Bool {
    if name.isEmpty || name.hasPrefix(".") || name.hasSuffix("~") { return true }
    if name.hasPrefix("#") && name.hasSuffix("#") { return true }
    if name == "4913" { return true }  // vim's probe for a writable folder
    if name.contains("___jb_tmp___") || name.contains("___jb_old___") { return true }
    let lower = name.lowercased()
    return [".swp", ".swo", ".swx", ".tmp", ".part", ".crdownload", ".kate-swp"].contains {
      lower.hasSuffix($0)
    }
  }
}
