package org.entente.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.enrich.GazetteerEntry.Alias;
import org.entente.enrich.GazetteerEntry.Use;
import org.junit.jupiter.api.Test;

/** The shipped data file: every line parses, and no name matched in text can mean two entities. */
class GazetteerDataTest {

  private static String data() throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyLineParsesWithAValidType() throws IOException {
    String[] lines = data().split("\n");
    int entities = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
      Gazetteer.parseLine(lines[i], "gazetteer.tsv:" + (i + 1));
      entities++;
    }
    assertEquals(entities, Gazetteer.standard().entries().size());
    assertTrue(entities > 800, "gazetteer shrank to " + entities);
  }

  @Test
  void headerSaysWhereTheDataComesFrom() throws IOException {
    String header = data().lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    assertTrue(header.contains("Wikipedia article titles"));
    assertTrue(header.contains("period spellings"));
    assertTrue(header.contains("reviewed"));
  }

  @Test
  void noNameMatchedInTextBelongsToTwoEntities() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (GazetteerEntry e : Gazetteer.standard().entries()) {
      owners.computeIfAbsent(EntityNames.key(e.name()), k -> new HashSet<>()).add(e.name());
      for (Alias a : e.aliases()) {
        if (a.use() != Use.CONTEXT) owners.computeIfAbsent(EntityNames.key(a.text()), k -> new HashSet<>()).add(e.name());
      }
    }
    List<String> clashes = new ArrayList<>();
    owners.forEach((name, entities) -> {
      if (entities.size() > 1) clashes.add(name + " → " + entities);
    });
    assertEquals(List.of(), clashes, "mark a shared name ~ (context-only) on every entity that shares it");
  }

  @Test
  void noEntityRepeatsANameUnderAnotherSpelling() {
    List<String> repeats = new ArrayList<>();
    for (GazetteerEntry e : Gazetteer.standard().entries()) {
      Set<String> keys = new HashSet<>();
      for (String n : e.names()) if (!keys.add(EntityNames.key(n))) repeats.add(e.name() + ": " + n);
    }
    assertEquals(List.of(), repeats, "matching ignores accents, case and punctuation already");
  }

  @Test
  void broaderEntitiesHaveTheSameType() {
    Gazetteer g = Gazetteer.standard();
    for (GazetteerEntry e : g.entries()) {
      for (String parent : e.also()) assertEquals(e.type(), g.type(parent).orElseThrow(), e.name() + " also " + parent);
    }
  }
}
