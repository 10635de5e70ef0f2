package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.CorpusIndex;
import org.entente.index.ArticleDocuments;
import org.entente.index.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConcordanceTest {
  private static final int ALL = 1_000_000;
  private static final Searcher searcher = CorpusIndex.searcher();
  private static Concordance concordance;

  @BeforeAll
  static void open() throws Exception {
    concordance = new Concordance(searcher);
  }

  private static Concordance.Result kwic(String query, int limit, int width, Concordance.Order order) throws Exception {
    return concordance.find(SearchRequest.of(query, limit), width, order);
  }

  /** "Non-Aggression", "non-aggression" and "non aggression" are all the phrase. */
  private static boolean isNonAggression(String match) {
    return match.toLowerCase().replaceAll("[^a-z]+", " ").strip().equals("non aggression");
  }

  @Test
  void everyLineOfAPhraseIsOneOccurrenceOfThePhrase() throws Exception {
    Concordance.Result r = kwic("\"non-aggression\"", ALL, 40, Concordance.Order.TITLE);
    assertTrue(r.occurrences() > 20, "occurrences: " + r.occurrences());
    for (ConcordanceLine l : r.lines()) assertTrue(isNonAggression(l.match()), l.toString());
    assertEquals(r.occurrences(), r.lines().size());
    assertEquals(r.articles(), r.lines().stream().map(ConcordanceLine::file).distinct().count());
    assertTrue(r.lines().stream().anyMatch(l -> l.title().equals("Soviet–Polish Non-Aggression Pact")));
  }

  @Test
  void aNameFieldShowsTheNameWhereTheTextSpellsIt() throws Exception {
    Concordance.Result r = kwic("person:Litvinov", ALL, 40, Concordance.Order.TITLE);
    assertTrue(r.occurrences() > 20, "occurrences: " + r.occurrences());
    for (ConcordanceLine l : r.lines()) assertTrue(l.match().toLowerCase().startsWith("litvinov"), l.toString());
  }

  @Test
  void theLimitCutsLinesButNotTheCounts() throws Exception {
    Concordance.Result all = kwic("\"non-aggression\"", ALL, 40, Concordance.Order.TITLE);
    Concordance.Result five = kwic("\"non-aggression\"", 5, 40, Concordance.Order.TITLE);
    assertEquals(5, five.lines().size());
    assertEquals(all.occurrences(), five.occurrences());
    assertEquals(all.articles(), five.articles());
    assertEquals(all.lines().subList(0, 5), five.lines());
  }

  @Test
  void contextIsOneLineWithinTheWidth() throws Exception {
    for (int width : new int[] {10, 25, 60}) {
      for (ConcordanceLine l : kwic("Locarno", ALL, width, Concordance.Order.TITLE).lines()) {
        assertTrue(l.left().length() <= width && l.right().length() <= width, width + ": " + l);
        assertFalse((l.left() + l.match() + l.right()).matches("(?s).*[\\n\\r\\t].*"), l.toString());
      }
    }
  }

  @Test
  void contextIsCutAtWordBoundaries() {
    String text = "The Locarno Treaties were\nseven agreements negotiated at Locarno, Switzerland.";
    int at = text.indexOf("Locarno,");
    assertEquals("agreements negotiated at ", Concordance.left(text, at, 27));
    assertEquals("negotiated at ", Concordance.left(text, at, 20));
    assertEquals("Treaties were seven agreements negotiated at ", Concordance.left(text, at, 50));
    int end = at + "Locarno".length();
    assertEquals(", Switzerland.", Concordance.right(text, end, 20));
    assertEquals(",", Concordance.right(text, end, 8));
    // A single word longer than the width is cut rather than dropped.
    assertEquals(" abcde", Concordance.right("x abcdefghij", 1, 6));
    assertEquals("efghij", Concordance.left("abcdefghij x", 10, 6));
  }

  /**
   * Words alone are read straight from the postings; that must find exactly the positions Lucene's
   * matches of the query find, in every section of the corpus.
   */
  @Test
  void wordsReadFromThePostingsMatchWhatTheQueryMatches() throws Exception {
    QuerySyntax syntax = new QuerySyntax();
    org.apache.lucene.search.IndexSearcher is = searcher.indexSearcher();
    int compared = 0;
    for (String query : List.of("reparations", "treaty OR war", "tonnage cruisers -naval", "heading:Background OR Rhineland",
        "ratified AND signed")) {
      org.apache.lucene.search.Query words = is.rewrite(syntax.parse(query).sections());
      Set<org.apache.lucene.index.Term> terms = QueryTerms.wordsOnly(words, Schema.BODY);
      assertTrue(terms != null && !terms.isEmpty(), query + " is words only");
      org.apache.lucene.search.Weight weight = is.createWeight(words,
          org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (org.apache.lucene.index.LeafReaderContext leaf : is.getIndexReader().leaves()) {
        Concordance.Positions fromPostings = Concordance.termPositions(leaf, terms);
        org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
        if (scorer == null) continue;
        var docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          List<String> expected = Concordance.matches(weight, leaf, doc).stream().map(java.util.Arrays::toString).toList();
          assertEquals(expected, fromPostings.in(doc).stream().map(java.util.Arrays::toString).toList(), query);
          compared += expected.size();
        }
      }
    }
    assertTrue(compared > 500, "positions compared: " + compared);
    assertEquals(null, QueryTerms.wordsOnly(is.rewrite(syntax.parse("\"Brenner Pass\"").sections()), Schema.BODY),
        "a phrase is left to the query's own matches");
  }

  @Test
  void aWordInsideAPhraseOfTheSameQueryCountsOnce() throws Exception {
    Concordance.Result word = kwic("Locarno", ALL, 30, Concordance.Order.TITLE);
    Concordance.Result both = kwic("Locarno OR \"Locarno Treaties\"", ALL, 30, Concordance.Order.TITLE);
    assertEquals(word.occurrences(), both.occurrences());
    assertTrue(both.lines().stream().anyMatch(l -> l.match().equals("Locarno Treaties")));
  }

  @Test
  void sortByTitleKeepsEachArticlesLinesInTextOrder() throws Exception {
    List<ConcordanceLine> lines = kwic("Locarno", ALL, 30, Concordance.Order.TITLE).lines();
    for (int i = 1; i < lines.size(); i++) {
      ConcordanceLine a = lines.get(i - 1);
      ConcordanceLine b = lines.get(i);
      int c = ArticleDocuments.titleKey(a.title()).compareTo(ArticleDocuments.titleKey(b.title()));
      assertTrue(c <= 0, a.title() + " before " + b.title());
      if (a.file().equals(b.file())) {
        assertTrue(a.section() < b.section() || a.section() == b.section() && a.start() < b.start(), a + " / " + b);
      }
    }
  }

  @Test
  void sortLeftOrdersByTheWordsNearestTheMatch() throws Exception {
    List<ConcordanceLine> lines = kwic("Locarno", ALL, 30, Concordance.Order.LEFT).lines();
    assertOrdered(lines.stream().map(l -> String.join(" ", Concordance.leftKey(l.left()))).toList(), lines);
    // The first word to the left decides before any other.
    List<String> first = lines.stream().map(l -> Concordance.leftKey(l.left())).filter(k -> !k.isEmpty())
        .map(k -> k.get(0)).toList();
    assertEquals(first.stream().sorted().toList(), first);
  }

  @Test
  void sortRightOrdersByTheWordsAfterTheMatch() throws Exception {
    List<ConcordanceLine> lines = kwic("Locarno", ALL, 30, Concordance.Order.RIGHT).lines();
    List<String> first = lines.stream().map(l -> Concordance.rightKey(l.right())).filter(k -> !k.isEmpty())
        .map(k -> k.get(0)).toList();
    assertEquals(first.stream().sorted().toList(), first);
    assertTrue(first.contains("treaties"), first.toString());
  }

  private static void assertOrdered(List<String> keys, List<ConcordanceLine> lines) {
    for (int i = 1; i < keys.size(); i++) {
      String a = keys.get(i - 1) + " ";
      String b = keys.get(i) + " ";
      assertTrue(a.compareTo(b) <= 0 || a.startsWith(b.substring(0, Math.min(b.length(), a.length())).split(" ")[0] + " "),
          lines.get(i - 1) + " / " + lines.get(i));
    }
  }

  @Test
  void sortByDatePutsUndatedArticlesLast() throws Exception {
    List<LocalDate> dates = kwic("Locarno", ALL, 30, Concordance.Order.DATE).lines().stream()
        .map(ConcordanceLine::date).toList();
    assertEquals(dates.stream().sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList(), dates);
  }

  @Test
  void linesComeOnlyFromArticlesTheSameRequestFinds() throws Exception {
    SearchRequest request = new SearchRequest("Rhineland", ALL, new DateRange(LocalDate.of(1925, 1, 1), LocalDate.of(1936, 12, 31)),
        SearchRequest.DateKindFilter.ANY, SearchRequest.Order.RELEVANCE, List.of(), List.of());
    Set<String> found = searcher.search(request).hits().stream().map(Hit::file).collect(Collectors.toSet());
    Concordance.Result r = concordance.find(request, 30, Concordance.Order.TITLE);
    for (ConcordanceLine l : r.lines()) assertTrue(found.contains(l.file()), l.toString());
    assertTrue(r.articles() <= found.size());
  }

  @Test
  void aQueryOnlyOnTitlesHasNoLinesInTheText() throws Exception {
    Concordance.Result r = kwic("title:Locarno", ALL, 30, Concordance.Order.TITLE);
    assertEquals(0, r.occurrences());
    assertTrue(r.lines().isEmpty());
  }
}
