package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.entente.CorpusIndex;
import org.junit.jupiter.api.Test;

/** The command line as a user meets it: exit codes, stdout and stderr. */
class MainTest {
  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static String index() {
    return CorpusIndex.get().toString();
  }

  @Test
  void searchPrintsRankedArticlesAndExitsZero() {
    Run r = run("search", "--index", index(), "--color", "never", "Brenner", "Pass");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Italo-Soviet Pact"), r.out());
    assertTrue(r.out().contains("**Brenner Pass**"), r.out());
    assertTrue(r.out().contains("Italo-Soviet_Pact.html"), r.out());
    assertTrue(r.err().contains("articles for \"Brenner Pass\""), r.err());
  }

  @Test
  void searchJsonIsOneDocumentWithTheHits() throws Exception {
    Run r = run("search", "--index", index(), "--json", "Litvinov");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode first = doc.get("hits").get(0);
    assertEquals("Maxim Litvinov", first.get("title").asText());
    assertEquals("Maxim_Litvinov.html", first.get("file").asText());
    assertTrue(first.get("snippet").asText().contains("Litvinov"));
    assertTrue(first.get("score").asDouble() > 0);
    assertTrue(first.has("section"));
  }

  @Test
  void nothingFoundExitsOne() {
    Run r = run("search", "--index", index(), "qqqzzzx");
    assertEquals(1, r.code());
    assertEquals("", r.out());
  }

  @Test
  void badQueryExitsTwoWithOneLineAndNoStackTrace() {
    Run r = run("search", "--index", index(), "title:(unclosed");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("entente: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void badFlagExitsTwo() {
    Run r = run("search", "--index", index(), "--limit", "many", "x");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--limit"), r.err());
  }

  @Test
  void debugShowsTheStackTrace() {
    Run r = run("search", "--index", index(), "--debug", "title:(unclosed");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("QuerySyntaxException"), r.err());
  }

  @Test
  void extractJsonShowsTitleSectionsAndInfobox() throws Exception {
    Run r = run("extract", "--json", "corpus/Italo-Soviet_Pact.html");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals("Italo-Soviet Pact", doc.get("title").asText());
    assertTrue(doc.get("sections").size() >= 1);
    assertFalse(r.out().contains("Jump to navigation"));
  }

  @Test
  void statsCountArticlesAndSections() throws Exception {
    Run r = run("stats", "--index", index(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals(88, doc.get("articles").asInt());
    assertTrue(doc.get("sections").asInt() > 88 * 2, r.out());
    assertTrue(doc.get("body_terms").asInt() > 1000, r.out());
  }

  @Test
  void extractOfAMissingFileExitsTwo() {
    Run r = run("extract", "corpus/No_such_page.html");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no such file"), r.err());
  }
}
