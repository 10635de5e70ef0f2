package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.CorpusIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimilarArticlesTest {
  private static final Searcher searcher = CorpusIndex.searcher();
  private static SimilarArticles similar;

  @BeforeAll
  static void open() throws Exception {
    similar = new SimilarArticles(searcher);
  }

  private static List<String> titles(SimilarArticles.Result r) {
    return r.articles().stream().map(SimilarArticles.Neighbour::title).toList();
  }

  private static int rank(List<String> titles, String title) {
    int i = titles.indexOf(title);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  @Test
  void locarnoIsLikeTheRhinelandTreatiesNotTheLateranTreaty() throws Exception {
    SimilarArticles.Result r = similar.like("Locarno Treaties", 100);
    List<String> titles = titles(r);
    assertEquals("Locarno Treaties", r.title());
    assertTrue(r.exactTitle());
    assertFalse(titles.contains("Locarno Treaties"), titles.toString());
    // An article with no key term in common is not "similar" at all, however short the list.
    for (SimilarArticles.Neighbour n : r.articles()) assertFalse(n.shared().isEmpty(), n.title());
    int lateran = rank(titles, "Lateran Treaty");
    assertTrue(rank(titles, "Kellogg–Briand Pact") < lateran, titles.toString());
    assertTrue(rank(titles, "Treaty of Versailles") < lateran, titles.toString());
    assertTrue(titles.subList(0, 5).stream().anyMatch(t -> t.contains("Stresemann") || t.contains("Briand")
        || t.contains("Chamberlain")), titles.toString());
  }

  @Test
  void theKeyTermsSayWhatTheArticleIsAboutAndEachNeighbourSharesSome() throws Exception {
    SimilarArticles.Result r = similar.like("Locarno Treaties", 10);
    Set<String> terms = r.terms().stream().map(SimilarArticles.KeyTerm::display).collect(Collectors.toSet());
    assertTrue(terms.contains("Locarno") && terms.contains("Rhineland"), terms.toString());
    for (SimilarArticles.Neighbour n : r.articles()) {
      assertFalse(n.shared().isEmpty(), n.title());
      assertTrue(terms.containsAll(n.shared()), n.toString());
    }
    List<Float> scores = r.articles().stream().map(SimilarArticles.Neighbour::score).toList();
    assertEquals(scores.stream().sorted((a, b) -> Float.compare(b, a)).toList(), scores);
  }

  @Test
  void aTitleIsFoundWhateverItsCaseAndAccents() throws Exception {
    SimilarArticles.Result r = similar.like("treaty of sevres", 3);
    assertEquals("Treaty of Sèvres", r.title());
    assertTrue(r.exactTitle());
  }

  @Test
  void aPartOfATitleTakesTheBestTitleHoldingIt() throws Exception {
    SimilarArticles.Result r = similar.like("Locarno", 3);
    assertEquals("Locarno Treaties", r.title());
    assertFalse(r.exactTitle());
  }

  @Test
  void anUnknownTitleSuggestsTheClosestOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> similar.like("Lokarno Treatis", 3));
    assertTrue(e.getMessage().contains("'Locarno Treaties'"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
