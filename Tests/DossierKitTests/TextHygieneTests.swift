import Foundation
import Testing

@testable import DossierKit

/// Control characters and bidi overrides in values, and in the messages a terminal shows.
/// All inputs are synthetic.
@Suite("Text hygiene")
struct TextHygieneTests {
  @Test func removesControlCharactersButKeepsTextAndJoiners() {
    let (text, removed) = TextHygiene.clean("T\u{0}\u{1B}[31mitre\u{7}\u{85}\tfin 👩‍👩‍👧 مثال‌ي")
    #expect(text == "T[31mitre\tfin 👩‍👩‍👧 مثال‌ي")
    #expect(removed)
    #expect(TextHygiene.clean("Titre ordinaire").removedControls == false)
  }

  @Test func closesBidiOverridesLeftOpen() {
    #expect(TextHygiene.balancingBidi("fichier\u{202E}fdp.exe") == "fichier\u{202E}fdp.exe\u{202C}")
    #expect(TextHygiene.balancingBidi("a\u{2067}b\u{202B}c") == "a\u{2067}b\u{202B}c\u{202C}\u{2069}")
    #expect(TextHygiene.balancingBidi("a\u{202C}b\u{2069}c") == "abc", "closers that close nothing go")
    #expect(TextHygiene.balancingBidi("a\u{2066}b\u{202A}c\u{2069}d") == "a\u{2066}b\u{202A}c\u{2069}d")
    #expect(TextHygiene.balancingBidi("\u{202E}x\u{202C}") == "\u{202E}x\u{202C}")
  }

  @Test func frontMatterValuesAreCleanedWithANotice() throws {
    let text =
      "---\ntitle: \"Titre\\0\\e[2J\\u202Einversé\"\nauthors: [\"A\\x07\", B]\ndate: 2022-01-02\n---\nTexte.\n"
    let (article, notices) = try ArticleFile.parse(
      text, file: "Content/articles/a.md", slug: "a", defaultLanguage: .fr)
    #expect(article.title == "Titre[2J\u{202E}inversé\u{202C}")
    #expect(article.authors == ["A", "B"])
    #expect(
      notices.map(\.description) == [
        "Content/articles/a.md:2: warning: removed invisible control characters from `title`",
        "Content/articles/a.md:3: warning: removed invisible control characters from `authors`",
      ])
  }

  @Test func messagesNeverCarryTerminalControls() {
    let error = DossierError(file: "Content/articles/\u{1B}[2J.md", line: 3, "unknown key `\u{1B}]0;x\u{7}`")
    #expect(error.description == "Content/articles/\\u{1B}[2J.md:3: error: unknown key `\\u{1B}]0;x\\u{7}`")
    let notice = Notice(file: "a\u{9B}b.md", "ok")
    #expect(notice.description == "a\\u{9B}b.md: warning: ok")
    let twoLines = DossierError(file: "a.md", "bad", hint: "fix it")
    #expect(twoLines.description == "a.md: error: bad\n  hint: fix it")
  }

  @Test func aBaseURLCannotCarryMarkupOrLines() throws {
    for hostile in [
      "https://example.org/a\"><script>x</script>", "https://example.org/\nDisallow: /",
      "https://example.org/a b", "javascript:alert(1)//example.org", "https://example.org/{x}",
    ] {
      #expect(DossierConfig.normalizeBaseURL(hostile) == nil, "\(hostile)")
    }
    #expect(DossierConfig.normalizeBaseURL("https://example.org/dossier") == "https://example.org/dossier/")
    #expect {
      _ = try DossierConfig.parse("title: t\nbase_url: \"https://example.org/\\nDisallow: /\"\n")
    } throws: { error in
      String(describing: error).hasPrefix(
        "dossier.yml:2: error: `base_url` must be an absolute http(s) address, not `https://example.org/")
        && String(describing: error).contains("hint: write it like https://example.org/dossier/")
    }
  }
}
