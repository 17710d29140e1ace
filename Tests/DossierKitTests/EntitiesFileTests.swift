import Testing

@testable import DossierKit

@Suite struct EntitiesFileTests {
  @Test func readsEveryField() throws {
    let text = """
      - name: Pol Tarvel
        type: person
        aliases: [Tarvel, P. Tarvel]
        description: "Conseiller fictif."
        wikidata: Q42
        id: pol-tarvel
      - name: Source link
        ignore: true
      """
    let (entities, notices) = try EntitiesFile.parse(text)
    #expect(notices.isEmpty)
    #expect(entities.count == 2)
    #expect(entities[0].name == "Pol Tarvel")
    #expect(entities[0].type == .person)
    #expect(entities[0].aliases == ["Tarvel", "P. Tarvel"])
    #expect(entities[0].description == "Conseiller fictif.")
    #expect(entities[0].wikidata == "Q42")
    #expect(entities[0].id == "pol-tarvel")
    #expect(entities[0].line == 1)
    #expect(entities[1].ignore)
    #expect(entities[1].line == 7)
  }

  @Test func anEmptyFileHasNoEntities() throws {
    #expect(try EntitiesFile.parse("").entities.isEmpty)
    #expect(try EntitiesFile.parse("# only comments\n").entities.isEmpty)
  }

  @Test func aFileThatIsNotAListIsALocatedError() {
    #expect(throws: DossierError.self) { try EntitiesFile.parse("name: Pol Tarvel\n") }
    do {
      _ = try EntitiesFile.parse("name: Pol Tarvel\n")
    } catch let error as DossierError {
      #expect(error.file == "Content/entities.yml")
      #expect(error.message.contains("must be a list"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func anUnknownTypeListsTheAllowedOnes() {
    do {
      _ = try EntitiesFile.parse("- name: Pol Tarvel\n  type: human\n")
      Issue.record("no error")
    } catch let error as DossierError {
      #expect(error.line == 2)
      #expect(error.message.contains("human"))
      #expect(error.hint?.contains("person, organization, place, other") == true)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func aMissingNameIsALocatedError() {
    do {
      _ = try EntitiesFile.parse("- name: Pol Tarvel\n- type: person\n")
      Issue.record("no error")
    } catch let error as DossierError {
      #expect(error.message.contains("name"))
      #expect(error.line == 2)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func badWikidataAndIdsAreErrorsAndUnknownKeysNotices() throws {
    #expect(throws: DossierError.self) { try EntitiesFile.parse("- name: A\n  wikidata: hello\n") }
    #expect(throws: DossierError.self) { try EntitiesFile.parse("- name: A\n  id: Not A Slug\n") }
    let (_, notices) = try EntitiesFile.parse("- name: A\n  alias: [B]\n")
    #expect(notices.count == 1)
    #expect(notices[0].message.contains("aliases"))
  }

  @Test func theExampleParsesToNothingUntilUncommented() throws {
    #expect(try EntitiesFile.parse(EntitiesFile.example).entities.isEmpty)
    // Uncomment the examples the way an editor would: drop "# " from each line after the
    // "Examples" heading.
    let lines = EntitiesFile.example.split(separator: "\n", omittingEmptySubsequences: false)
    let examples = lines.drop { !$0.contains("Examples") }.dropFirst()
    let uncommented = examples.map { line in
      line.hasPrefix("# ")
        ? String(line.dropFirst(2)) : line.hasPrefix("#") ? String(line.dropFirst()) : String(line)
    }.joined(separator: "\n")
    let entities = try EntitiesFile.parse(uncommented).entities
    #expect(entities.map(\.name) == ["Iouri Exemplov", "Agence Exemple", "Source link"])
  }
}
