package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.CorpusIndex;
import org.junit.jupiter.api.Test;

class SearcherTest {
  private static final Searcher searcher = CorpusIndex.searcher();


  private static List<String> titles(SearchResult r) {
    return r.hits().stream().map(Hit::title).toList();
  }

  private static SearchResult search(String q) throws Exception {
    return searcher.search(SearchRequest.of(q, 10));
  }

  @Test
  void brennerPassFindsTheItaloSovietPactWithThePhraseHighlighted() throws Exception {
    SearchResult r = search("Brenner Pass");
    Hit pact = r.hits().stream().filter(h -> h.title().equals("Italo-Soviet Pact")).findFirst().orElseThrow();
    assertTrue(pact.snippet().matches().contains("Brenner Pass"), pact.snippet().toString());
    assertTrue(pact.snippet().marked("[", "]").contains("[Brenner Pass]"));
    assertEquals("Italo-Soviet_Pact.html", pact.file());
  }

  @Test
  void leadLooksOnlyAtTheTextBeforeTheFirstHeading() throws Exception {
    SearchResult lead = searcher.search(SearchRequest.of("lead:Litvinov", 50));
    SearchResult body = searcher.search(SearchRequest.of("body:Litvinov", 50));
    assertTrue(lead.total() > 3 && lead.total() < body.total(), lead.total() + " vs " + body.total());
    for (Hit h : lead.hits()) {
      assertEquals("(lead)", h.sectionPath(), h.title());
      assertTrue(h.snippet().matches().contains("Litvinov"), h.title() + ": " + h.snippet());
    }
  }

  @Test
  void aPersonsOwnArticleRanksFirst() throws Exception {
    assertEquals("Maxim Litvinov", titles(search("Litvinov")).get(0));
  }

  @Test
  void navalTonnageFindsTheWashingtonTreatyInTheTopThree() throws Exception {
    assertTrue(titles(search("naval tonnage capital ships")).subList(0, 3).contains("Washington Naval Treaty"));
  }

  @Test
  void oneResultPerArticle() throws Exception {
    List<String> titles = titles(searcher.search(SearchRequest.of("treaty", 50)));
    assertEquals(titles.size(), titles.stream().distinct().count());
    assertEquals(50, titles.size());
  }

  @Test
  void phrasesMatchOnlyTheExactWords() throws Exception {
    SearchResult r = search("\"secret protocol\"");
    assertFalse(r.hits().isEmpty());
    for (Hit h : r.hits()) {
      assertTrue(h.snippet().text().toLowerCase().contains("secret protocol"), h.title() + ": " + h.snippet().text());
    }
  }

  /** Locarno Treaties has the headings "Background" then "Conference": two values, not one phrase. */
  @Test
  void aPhraseNeverSpansTwoValuesOfAField() throws Exception {
    assertTrue(titles(search("heading:Background AND heading:Conference")).contains("Locarno Treaties"));
    assertFalse(titles(search("heading:\"Background Conference\"")).contains("Locarno Treaties"));
  }

  @Test
  void accentsAndPossessivesFold() throws Exception {
    assertTrue(titles(search("Sevres")).contains("Treaty of Sèvres"));
    assertTrue(titles(search("Benes")).contains("Edvard Beneš"));
  }

  @Test
  void titleFieldMatchesTitlesOnly() throws Exception {
    List<String> titles = titles(search("title:Rapallo"));
    assertEquals(2, titles.size(), titles.toString());
    assertTrue(titles.stream().allMatch(t -> t.contains("Rapallo")));
  }

  @Test
  void theSnippetComesFromTheSectionThatMatches() throws Exception {
    SearchResult r = search("\"Brenner Pass\"");
    for (Hit h : r.hits()) assertTrue(h.snippet().matches().contains("Brenner Pass"), h.title());
  }

  @Test
  void snippetsComeFromProseNotFromSeeAlsoLists() throws Exception {
    for (String q : List.of("naval", "non-aggression", "Litvinov", "pact")) {
      for (Hit h : searcher.search(SearchRequest.of(q, 20)).hits()) {
        assertFalse(h.sectionPath().equalsIgnoreCase("See also"), q + " → " + h.title() + " § " + h.sectionPath());
      }
    }
  }

  @Test
  void nothingFoundIsAnEmptyResult() throws Exception {
    assertTrue(search("zzyzzx").hits().isEmpty());
  }

  @Test
  void malformedQueriesSayWhatIsWrongInOneLine() {
    String unclosed = assertThrows(QuerySyntaxException.class, () -> search("title:(unclosed")).getMessage();
    assertTrue(unclosed.contains("unclosed parenthesis"), unclosed);
    String quote = assertThrows(QuerySyntaxException.class, () -> search("\"Brenner Pass")).getMessage();
    assertTrue(quote.contains("unclosed quote"), quote);
    String field = assertThrows(QuerySyntaxException.class, () -> search("colour:red")).getMessage();
    assertTrue(field.contains("unknown field 'colour'"), field);
    String wildcard = assertThrows(QuerySyntaxException.class, () -> search("*land")).getMessage();
    assertTrue(wildcard.contains("wildcard"), wildcard);
    for (String m : List.of(unclosed, quote, field, wildcard)) assertFalse(m.contains("\n"), m);
  }
}
