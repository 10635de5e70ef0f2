package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.CorpusIndex;
import org.junit.jupiter.api.Test;

/** Searching by date on the starter corpus: ranges, kinds, order and the timeline. */
class DateSearchTest {
  private static final Searcher searcher = CorpusIndex.searcher();


  private static SearchRequest request(String q, String from, String to, SearchRequest.DateKindFilter kind,
                                       SearchRequest.Order order) {
    return new SearchRequest(q, 100, DateRange.parse(from, to), kind, order, List.of(), List.of());
  }

  @Test
  void aYearListsWhatWasSignedThenFirst() throws Exception {
    SearchResult r = searcher.search(request("", "1933-01-01", "1933-12-31", SearchRequest.DateKindFilter.ANY,
        SearchRequest.Order.RELEVANCE));
    List<String> titles = r.hits().stream().map(Hit::title).toList();
    assertTrue(titles.contains("Italo-Soviet Pact"), titles.toString());
    assertTrue(titles.contains("Four-Power Pact"), titles.toString());
    // Articles whose own date is in 1933 come before those that only mention 1933.
    int pact = titles.indexOf("Italo-Soviet Pact");
    int kellogg = titles.indexOf("Frank B. Kellogg");
    assertTrue(kellogg < 0 || pact < kellogg, titles.toString());
  }

  @Test
  void anArticleFromAnotherYearAppearsOnlyThroughTheSectionThatMentionsTheYear() throws Exception {
    SearchResult r = searcher.search(request("", "1933", "1933", SearchRequest.DateKindFilter.ANY,
        SearchRequest.Order.RELEVANCE));
    for (Hit h : r.hits()) {
      if (!h.title().equals("Locarno Treaties")) continue;
      assertTrue(h.snippet().text().contains("1933"), "Locarno shown with " + h.sectionPath() + ": " + h.snippet().text());
    }
    SearchResult main = searcher.search(request("", "1933", "1933", SearchRequest.DateKindFilter.MAIN,
        SearchRequest.Order.RELEVANCE));
    assertFalse(main.hits().stream().anyMatch(h -> h.title().equals("Locarno Treaties")), "Locarno was signed in 1925");
  }

  @Test
  void nonAggressionPactsOfThe1930sComeInSigningOrder() throws Exception {
    SearchResult r = searcher.search(request("non-aggression", "1932", "1934", SearchRequest.DateKindFilter.MAIN,
        SearchRequest.Order.DATE));
    List<Hit> pacts = r.hits().stream().filter(h -> "signed".equals(h.mainDateKind())).toList();
    List<String> titles = pacts.stream().map(Hit::title).toList();
    assertTrue(titles.containsAll(List.of("Soviet–Polish Non-Aggression Pact", "Soviet–Finnish Non-Aggression Pact",
        "German–Polish declaration of non-aggression")), titles.toString());
    for (int i = 1; i < pacts.size(); i++) {
      assertFalse(pacts.get(i).mainDate().isBefore(pacts.get(i - 1).mainDate()), titles.toString());
    }
    for (Hit h : pacts) {
      assertTrue(!h.mainDate().isBefore(LocalDate.of(1932, 1, 1)) && !h.mainDate().isAfter(LocalDate.of(1934, 12, 31)));
    }
  }

  @Test
  void everyHitShowsItsMainDate() throws Exception {
    Hit pact = searcher.search(SearchRequest.of("Italo-Soviet Pact", 1)).hits().get(0);
    assertEquals("Italo-Soviet Pact", pact.title());
    assertEquals(LocalDate.of(1933, 9, 2), pact.mainDate());
    assertEquals("signed", pact.mainDateKind());
  }

  @Test
  void theReparationsTimelineClustersBetween1919And1932() throws Exception {
    Timeline.Result t = new Timeline(searcher).count(SearchRequest.of("reparations", 1), Timeline.By.YEAR);
    long inside = t.periods().stream().filter(p -> inYears(p.label(), 1919, 1932)).mapToLong(Timeline.Period::sections).sum();
    long all = t.periods().stream().mapToLong(Timeline.Period::sections).sum();
    assertTrue(inside * 10 >= all * 7, inside + " of " + all + " mentions in 1919–1932");
    Timeline.Period peak = t.periods().stream().max(java.util.Comparator.comparingLong(Timeline.Period::sections)).orElseThrow();
    assertTrue(inYears(peak.label(), 1919, 1932), peak.toString());
  }

  @Test
  void aTimelineByMonthStaysInsideTheRange() throws Exception {
    SearchRequest r = new SearchRequest("Litvinov", 1, DateRange.parse("1933-06", "1934-03"),
        SearchRequest.DateKindFilter.ANY, SearchRequest.Order.RELEVANCE, List.of(), List.of());
    Timeline.Result t = new Timeline(searcher).count(r, Timeline.By.MONTH);
    assertNotNull(t.periods());
    assertFalse(t.periods().isEmpty());
    for (Timeline.Period p : t.periods()) assertTrue(p.label().compareTo("1933-06") >= 0 && p.label().compareTo("1934-03") <= 0, p.label());
  }

  private static boolean inYears(String label, int from, int to) {
    int y = Integer.parseInt(label);
    return y >= from && y <= to;
  }
}
