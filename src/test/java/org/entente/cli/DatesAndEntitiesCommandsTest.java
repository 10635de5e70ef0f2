package org.entente.cli;

import static org.entente.cli.MainTest.index;
import static org.entente.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** search with dates and facets, timeline, facets and show, as a user runs them. */
class DatesAndEntitiesCommandsTest {
  @Test
  void aSearchWithOnlyDatesListsWhatHappenedThen() {
    MainTest.Run r = run("search", "--index", index(), "--color", "never", "--from", "1933", "--to", "1933");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Italo-Soviet Pact  (signed 1933-09-02)"), r.out());
    assertTrue(r.out().contains("Four-Power Pact  (signed 1933-07-15)"), r.out());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--from|1933-13-40|expected YYYY, YYYY-MM or YYYY-MM-DD",
      "--from|tomorrow|expected YYYY, YYYY-MM or YYYY-MM-DD",
      "--to|1919|--from 1939 is after --to 1919"})
  void badDatesExitTwoSayingWhatIsAccepted(String option, String value, String message) {
    MainTest.Run r = option.equals("--to")
        ? run("search", "--index", index(), "pact", "--from", "1939", "--to", value)
        : run("search", "--index", index(), "pact", option, value);
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(message), r.err());
  }

  @Test
  void facetsPrintUnderTheHitsAndInJson() throws Exception {
    MainTest.Run human = run("search", "--index", index(), "--color", "never", "naval", "--facet", "state,year");
    assertEquals(0, human.code(), human.err());
    assertTrue(human.out().contains("state:") && human.out().contains("United Kingdom"), human.out());
    MainTest.Run json = run("search", "--index", index(), "--json", "naval", "--facet", "state");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertTrue(doc.get("facets").get("state").size() > 0);
    assertTrue(doc.get("facets").get("state").toString().contains("Empire of Japan"));
  }

  @Test
  void aFilterDrillsDown() {
    MainTest.Run r = run("search", "--index", index(), "--color", "never", "pact", "--filter", "state=Soviet Union",
        "--facet", "person");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Maxim Litvinov"), r.out());
    MainTest.Run bad = run("search", "--index", index(), "pact", "--filter", "colour=red");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("unknown facet 'colour'"), bad.err());
  }

  @Test
  void timelineDrawsBarsAndJson() throws Exception {
    MainTest.Run r = run("timeline", "--index", index(), "--color", "never", "reparations");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("1923") && l.contains("█")), r.out());
    MainTest.Run json = run("timeline", "--index", index(), "--json", "reparations", "--from", "1920", "--to", "1925");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertEquals("1920", doc.get("periods").get(0).get("label").asText());
    assertEquals(6, doc.get("periods").size());
  }

  @Test
  void facetsListTheMostFrequentEntities() {
    MainTest.Run r = run("facets", "--index", index(), "--color", "never", "--type", "person", "-n", "5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("person:"), r.out());
    assertEquals(5, r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+.+")).count(), r.out());
  }

  @Test
  void showListsEntitiesDatesAndSections() throws Exception {
    MainTest.Run r = run("show", "--index", index(), "--color", "never", "italo-soviet", "pact");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("main date:  signed 1933-09-02"), r.out());
    assertTrue(r.out().contains("Benito Mussolini ×"), r.out());
    assertTrue(r.out().contains("\"the summer of 1934\""), r.out());
    MainTest.Run json = run("show", "--index", index(), "--json", "Maxim Litvinov");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertEquals("Maxim Litvinov", doc.get("title").asText());
    assertEquals("born", doc.get("main_date").get("kind").asText());
    assertTrue(doc.get("sections").size() > 3);
    assertFalse(doc.get("entities").toString().contains("ISBN"));
  }

  @Test
  void showOfAnUnknownTitleNamesTheClosest() {
    MainTest.Run r = run("show", "--index", index(), "Treaty of Versales");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Treaty of Versailles"), r.err());
  }
}
