package org.entente.cli;

import static org.entente.cli.MainTest.index;
import static org.entente.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code kwic} and {@code similar} as a user meets them. */
class ExploreCommandsTest {
  private static final Pattern NON_AGGRESSION = Pattern.compile("(?i)^non[-\\s]aggression");

  @Test
  void kwicAlignsEveryMatchInOneColumn() {
    for (int width : new int[] {40, 25}) {
      MainTest.Run r = run("kwic", "--index", index(), "--color", "never", "--width", Integer.toString(width),
          "--limit", "1000", "\"non-aggression\"");
      assertEquals(0, r.code(), r.err());
      List<String> lines = r.out().lines().toList();
      assertTrue(lines.size() > 20, r.out());
      for (String line : lines) {
        assertTrue(NON_AGGRESSION.matcher(line.substring(width)).find(), width + ": " + line);
      }
      assertTrue(r.err().matches("(?s)" + lines.size() + " occurrences in \\d+ articles for \"non-aggression\".*"), r.err());
    }
  }

  @Test
  void kwicJsonCountsEveryOccurrenceAndArticle() throws Exception {
    MainTest.Run r = run("kwic", "--index", index(), "--json", "--limit", "100000", "\"non-aggression\"");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode lines = doc.get("lines");
    assertEquals(doc.get("occurrences").asInt(), lines.size());
    Set<String> files = new HashSet<>();
    for (JsonNode l : lines) {
      files.add(l.get("file").asText());
      assertTrue(NON_AGGRESSION.matcher(l.get("match").asText()).find(), l.toString());
      assertTrue(l.get("left").asText().length() <= 40 && l.get("right").asText().length() <= 40, l.toString());
      assertTrue(l.get("end").asInt() > l.get("start").asInt());
    }
    assertEquals(doc.get("articles").asInt(), files.size());
  }

  @Test
  void kwicLimitDefaultsToAHundredLines() throws Exception {
    MainTest.Run r = run("kwic", "--index", index(), "--json", "treaty");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals(100, doc.get("lines").size());
    assertTrue(doc.get("occurrences").asInt() > 100);
  }

  @Test
  void kwicOfNothingExitsOne() {
    MainTest.Run r = run("kwic", "--index", index(), "qqqzzzx");
    assertEquals(1, r.code());
    assertEquals("", r.out());
  }

  @Test
  void badDatesAndFiltersExitTwoWithOneLine() {
    MainTest.Run dates = run("kwic", "--index", index(), "--from", "spring 1933", "Locarno");
    assertEquals(2, dates.code());
    assertTrue(dates.err().contains("invalid date 'spring 1933' for --from"), dates.err());
    MainTest.Run filter = run("kwic", "--index", index(), "--filter", "Litvinov", "Locarno");
    assertEquals(2, filter.code());
    assertTrue(filter.err().contains("DIM=VALUE"), filter.err());
    assertEquals(1, filter.err().strip().lines().count(), filter.err());
  }

  @Test
  void searchAcceptsTheSameDateOptions() {
    MainTest.Run r = run("search", "--index", index(), "--from", "1925", "--to", "1926-06", "Locarno");
    assertNotEquals(2, r.code(), r.err());
  }

  @Test
  void similarListsOtherArticlesWithTheTermsTheyShare() throws Exception {
    MainTest.Run r = run("similar", "--index", index(), "--json", "--limit", "5", "Locarno Treaties");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals("Locarno Treaties", doc.get("title").asText());
    assertTrue(doc.get("terms").size() > 5);
    assertEquals(5, doc.get("articles").size());
    for (JsonNode a : doc.get("articles")) {
      assertNotEquals("Locarno Treaties", a.get("title").asText());
      assertTrue(a.get("shared").size() > 0, a.toString());
    }
    MainTest.Run human = run("similar", "--index", index(), "--color", "never", "--limit", "3", "Locarno Treaties");
    assertTrue(human.out().startsWith("Like Locarno Treaties: "), human.out());
    assertTrue(human.out().contains(" 1. "), human.out());
    assertTrue(human.out().contains("shares: "), human.out());
  }

  @Test
  void similarOfAnUnknownTitleExitsTwoSuggestingTitles() {
    MainTest.Run r = run("similar", "--index", index(), "Treaty of Nowhere At All");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("entente: no article titled 'Treaty of Nowhere At All'"), r.err());
    assertTrue(r.err().contains("closest: '"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
