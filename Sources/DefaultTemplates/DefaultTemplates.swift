/// The default theme: the repository's top-level `Templates/` folder, embedded at build time
/// by `EmbedTemplatesPlugin`, so the binary renders a dossier that has no `Templates/` of its own.
public enum DefaultTemplates {
  /// File contents keyed by path relative to `Templates/` (for example `layout.mustache`).
  public static var files: [String: String] { embeddedTemplateFiles }
}
