package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entente.CorpusIndex;
import org.junit.jupiter.api.Test;

/** Entities at search time: facets, drill-down, field queries, spelling variants, suggestions. */
class EntitySearchTest {
  private static final Searcher searcher = CorpusIndex.searcher();


  private static SearchResult search(String q, List<SearchRequest.Filter> filters, List<String> facets) throws Exception {
    return searcher.search(new SearchRequest(q, 10, DateRange.ALL, SearchRequest.DateKindFilter.ANY,
        SearchRequest.Order.RELEVANCE, filters, facets));
  }

  private static List<String> values(SearchResult r, String dim) {
    return r.facets().get(dim).stream().map(SearchResult.FacetCount::value).toList();
  }

  @Test
  void navalCountsTheNavalPowersAmongTheTopStates() throws Exception {
    List<String> states = values(search("naval", List.of(), List.of("state")), "state");
    for (String power : List.of("United Kingdom", "United States", "Empire of Japan", "France", "Kingdom of Italy")) {
      assertTrue(states.contains(power), power + " not in " + states);
    }
  }

  @Test
  void filteringOnTheSovietUnionShowsLitvinovAmongThePeople() throws Exception {
    SearchResult r = search("pact", List.of(new SearchRequest.Filter("state", "Soviet Union")), List.of("person"));
    assertTrue(values(r, "person").contains("Maxim Litvinov"), values(r, "person").toString());
    assertTrue(r.total() < search("pact", List.of(), List.of()).total());
  }

  @Test
  void theFilteredDimensionKeepsItsOtherValues() throws Exception {
    SearchResult r = search("pact", List.of(new SearchRequest.Filter("state", "Soviet Union")), List.of("state"));
    List<String> states = values(r, "state");
    assertTrue(states.size() > 1, "drill-sideways keeps the alternatives: " + states);
    SearchResult unfiltered = search("pact", List.of(), List.of("state"));
    assertEquals(unfiltered.facets().get("state"), r.facets().get("state"));
  }

  @Test
  void facetsComeInTheOrderAsked() throws Exception {
    List<String> asked = List.of("year", "state", "category", "person", "decade");
    assertEquals(asked, List.copyOf(search("treaty", List.of(), asked).facets().keySet()));
    SearchResult filtered = search("treaty", List.of(new SearchRequest.Filter("state", "Soviet Union")), asked);
    assertEquals(asked, List.copyOf(filtered.facets().keySet()));
  }

  @Test
  void filtersOnTwoDimensionsMustBothHold() throws Exception {
    SearchResult both = search("pact", List.of(new SearchRequest.Filter("state", "Soviet Union"),
        new SearchRequest.Filter("person", "Benito Mussolini")), List.of());
    assertTrue(both.hits().stream().anyMatch(h -> h.title().equals("Italo-Soviet Pact")));
    assertTrue(both.total() < search("pact", List.of(new SearchRequest.Filter("state", "Soviet Union")), List.of()).total());
  }

  @Test
  void fieldQueriesMatchByCanonicalNameOrAlias() throws Exception {
    assertTrue(search("person:Litvinov", List.of(), List.of()).hits().stream().anyMatch(h -> h.title().equals("Maxim Litvinov")));
    List<String> soviet = search("state:\"Soviet Union\"", List.of(), List.of()).hits().stream().map(Hit::title).toList();
    assertTrue(soviet.contains("Italo-Soviet Pact") || soviet.size() == 10, soviet.toString());
  }

  @Test
  void aNameFieldQueryShowsTheSectionThatMentionsTheName() throws Exception {
    // Entity names are indexed on articles only: the passage shown is found by the name in the text.
    List<Hit> hits = search("person:Mussolini", List.of(), List.of()).hits();
    assertTrue(hits.size() >= 5, hits.toString());
    for (Hit hit : hits.subList(0, 5)) {
      String marked = hit.snippet().highlights().stream()
          .map(h -> hit.snippet().text().substring(h.start(), h.end())).toList().toString();
      assertTrue(marked.contains("Mussolini"), hit.title() + ": " + marked + " in " + hit.snippet().text());
    }
  }

  @Test
  void periodSpellingsFindTheirPeople() throws Exception {
    assertEquals("Maxim Litvinov", search("Litvinoff", List.of(), List.of()).hits().get(0).title());
    assertEquals("Georgy Chicherin", search("Tchitcherin", List.of(), List.of()).hits().get(0).title());
    assertTrue(search("USSR", List.of(), List.of()).total() > 20);
  }

  @Test
  void aMisspelledNameGetsASuggestion() throws Exception {
    SearchResult r = search("Chichern", List.of(), List.of());
    assertNotNull(r.suggestion());
    assertEquals("Chicherin", r.suggestion());
  }

  @Test
  void corpusWideCountsRankTheMostNamed() throws Exception {
    Map<String, List<SearchResult.FacetCount>> counts = searcher.facetCounts("", List.of("person"), 10);
    List<String> people = counts.get("person").stream().map(SearchResult.FacetCount::value).toList();
    assertTrue(people.contains("Adolf Hitler") && people.contains("Benito Mussolini"), people.toString());
  }

  @Test
  void anUnknownFacetIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> search("pact", List.of(), List.of("colour")));
    assertThrows(IllegalArgumentException.class,
        () -> search("pact", List.of(new SearchRequest.Filter("colour", "red")), List.of()));
  }
}
