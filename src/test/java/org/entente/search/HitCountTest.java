package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.index.IndexBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The number of articles a search reports is the number that match, also past the thousand where
 * Lucene's top-n search may stop counting: the starter corpus is too small to show it.
 */
class HitCountTest {
  private static final int NOTES = 1500;
  @TempDir static Path tmp;
  private static Path index;

  @BeforeAll
  static void indexManyNotes() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < NOTES; i++) {
      String title = (i % 5 == 0 ? "Treaty note " : "Conference note ") + i;
      Files.writeString(corpus.resolve(String.format("%04d.txt", i)),
          title + "\n\nA note on the treaty signed at the conference on 3 May " + (1920 + i % 10) + ".\n");
    }
    index = tmp.resolve("index");
    new IndexBuilder(corpus, index, 2).build(true, new IndexBuilder.Listener() {});
  }

  @Test
  void aFieldQueryCountsEveryMatchingArticle() throws Exception {
    try (Searcher s = Searcher.open(index)) {
      assertEquals(NOTES - NOTES / 5, s.search(SearchRequest.of("title:conference", 10)).total());
      assertEquals(NOTES / 5, s.search(SearchRequest.of("title:treaty", 10)).total());
    }
  }

  @Test
  void theCountIsTheSameWithOrWithoutFacetsInEitherOrder() throws Exception {
    try (Searcher s = Searcher.open(index)) {
      for (String q : List.of("title:conference", "treaty", "")) {
        SearchRequest plain = SearchRequest.of(q, 10);
        SearchRequest faceted = new SearchRequest(q, 10, DateRange.ALL, SearchRequest.DateKindFilter.ANY,
            SearchRequest.Order.RELEVANCE, List.of(), List.of("year"));
        SearchRequest byDate = new SearchRequest(q, 10, DateRange.ALL, SearchRequest.DateKindFilter.ANY,
            SearchRequest.Order.DATE, List.of(), List.of());
        assertEquals(s.search(faceted).total(), s.search(plain).total(), q);
        assertEquals(s.search(faceted).total(), s.search(byDate).total(), q + " by date");
      }
    }
  }
}
