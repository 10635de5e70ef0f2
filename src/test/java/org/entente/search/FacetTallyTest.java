package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.entente.CorpusIndex;
import org.entente.SharedData;
import org.entente.index.IndexBuilder;
import org.entente.index.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet counts of a search are Lucene's own, whether the query matches a few articles (counted one
 * by one) or most of them (counted as every article minus those it misses), each dimension from its
 * own field.
 */
class FacetTallyTest {
  private static final Searcher searcher = CorpusIndex.searcher();
  private static final List<String> DIMS = List.of("person", "state", "year", "category");

  @Test
  void aQueryMatchingMostArticlesCountsWhatLuceneCounts() throws Exception {
    SearchResult r = search("treaty OR pact OR war");
    assertTrue(r.total() * 2 > searcher.articleCount(), r.total() + " of " + searcher.articleCount());
    assertCountsAsLucene("treaty OR pact OR war", r);
    assertTrue(r.facets().get("state").stream().anyMatch(c -> c.value().equals("Soviet Union")), r.facets().toString());
  }

  @Test
  void aQueryMatchingFewArticlesCountsWhatLuceneCounts() throws Exception {
    SearchResult r = search("Brenner Pass");
    assertTrue(r.total() > 0 && r.total() * 2 < searcher.articleCount(), String.valueOf(r.total()));
    assertCountsAsLucene("Brenner Pass", r);
  }

  @Test
  void theSameQueryGivesTheSameCountsAgain() throws Exception {
    assertEquals(search("treaty OR pact OR war").facets(), search("treaty OR pact OR war").facets());
  }

  @Test
  void articlesReplacedOrRemovedByAnUpdateAreNotCounted(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (Path f : SharedData.corpusFiles()) Files.copy(f, corpus.resolve(f.getFileName()));
    Path index = tmp.resolve("index");
    new IndexBuilder(corpus, index, 2).build(false, new IndexBuilder.Listener() {});
    Files.delete(corpus.resolve("Italo-Soviet_Pact.html"));
    Path locarno = corpus.resolve("Locarno_Treaties.html");
    Files.writeString(locarno, Files.readString(locarno).replaceFirst("</p>", " zanzibarite</p>"));
    Files.setLastModifiedTime(locarno, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    new IndexBuilder(corpus, index, 2).build(false, new IndexBuilder.Listener() {});
    try (Searcher updated = Searcher.open(index)) {
      assertTrue(updated.reader().hasDeletions());
      for (String q : List.of("treaty OR pact OR war", "Brenner Pass", "Locarno")) {
        SearchResult r = updated.search(new SearchRequest(q, 10, DateRange.ALL, SearchRequest.DateKindFilter.ANY,
            SearchRequest.Order.RELEVANCE, List.of(), DIMS));
        assertCountsAsLucene(updated, updated.articleQuery(SearchRequest.of(q, 10), new QuerySyntax().parse(q)), r, DIMS);
      }
    }
  }

  private static SearchResult search(String q) throws Exception {
    return searcher.search(new SearchRequest(q, 10, DateRange.ALL, SearchRequest.DateKindFilter.ANY,
        SearchRequest.Order.RELEVANCE, List.of(), DIMS));
  }

  @Test
  void eachCountIsTheNumberOfMatchingArticlesWithTheValuesFilterTerm() throws Exception {
    for (String q : List.of("treaty OR pact OR war", "Brenner Pass")) {
      Query articles = searcher.articleQuery(SearchRequest.of(q, 10), new QuerySyntax().parse(q));
      for (Map.Entry<String, List<SearchResult.FacetCount>> dim : search(q).facets().entrySet()) {
        for (SearchResult.FacetCount c : dim.getValue()) {
          Query withValue = new BooleanQuery.Builder().add(articles, BooleanClause.Occur.MUST)
              .add(new TermQuery(Schema.facetTerm(dim.getKey(), c.value())), BooleanClause.Occur.FILTER).build();
          assertEquals(c.count(), searcher.indexSearcher().count(withValue), q + ", " + dim.getKey() + ":" + c.value());
        }
      }
    }
  }

  @Test
  void aFilteredSearchCountsTheOtherDimensionsOverItsOwnMatches() throws Exception {
    SearchRequest.Filter soviet = new SearchRequest.Filter("state", "Soviet Union");
    SearchRequest filtered = new SearchRequest("pact", 10, DateRange.ALL, SearchRequest.DateKindFilter.ANY,
        SearchRequest.Order.RELEVANCE, List.of(soviet), List.of("person", "year"));
    SearchResult r = searcher.search(filtered);
    Query matches = searcher.articleQuery(filtered, new QuerySyntax().parse("pact"));
    assertCountsAsLucene(matches, r, List.of("person", "year"));
  }

  private static void assertCountsAsLucene(String q, SearchResult r) throws Exception {
    assertCountsAsLucene(searcher.articleQuery(SearchRequest.of(q, 10), new QuerySyntax().parse(q)), r, DIMS);
  }

  private static void assertCountsAsLucene(Query articles, SearchResult r, List<String> dims) throws Exception {
    assertCountsAsLucene(searcher, articles, r, dims);
  }

  /** Lucene's counts of each dimension, from the dimension's own facet field. */
  private static void assertCountsAsLucene(Searcher searcher, Query articles, SearchResult r, List<String> dims)
      throws Exception {
    FacetsCollector fc = searcher.indexSearcher().search(articles, new FacetsCollectorManager());
    for (String dim : dims) {
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.reader(),
          Schema.facetField(dim), Schema.facetsConfig());
      SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, fc);
      List<SearchResult.FacetCount> expected = new ArrayList<>();
      FacetResult top = lucene.getTopChildren(10, dim);
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) expected.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
      }
      assertFalse(expected.isEmpty(), dim);
      assertEquals(expected, r.facets().get(dim), articles + ", " + dim);
    }
  }
}
