package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.SharedData;
import org.entente.corpus.CorpusManifest;
import org.entente.search.Hit;
import org.entente.search.SearchRequest;
import org.entente.search.SearchResult;
import org.entente.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text documents and fetched pages in the index. */
class SeedIndexTest {
  @TempDir Path tmp;

  @Test
  void thePlainTextSeedIndexedAloneYieldsItsPeopleAndStates() throws Exception {
    Path corpus = tmp.resolve("seeds");
    Files.createDirectories(corpus);
    Files.copy(SharedData.shared("seeds").resolve("Italo-Soviet_Pact.txt"), corpus.resolve("Italo-Soviet_Pact.txt"));
    Path index = tmp.resolve("index");
    BuildSummary s = new IndexBuilder(corpus, index, 1).build(false, new IndexBuilder.Listener() {});
    assertEquals(1, s.added());
    try (Searcher searcher = Searcher.open(index)) {
      Map<String, List<org.entente.search.SearchResult.FacetCount>> counts =
          searcher.facetCounts("", List.of("person", "state"), 50);
      List<String> people = counts.get("person").stream().map(c -> c.value()).toList();
      List<String> states = counts.get("state").stream().map(c -> c.value()).toList();
      assertTrue(people.containsAll(List.of("Benito Mussolini", "Maxim Litvinov", "Fulvio Suvich")), people.toString());
      assertTrue(states.contains("Soviet Union"), states.toString());
      Hit hit = searcher.search(SearchRequest.of("\"Brenner Pass\"", 1)).hits().get(0);
      assertEquals("Italo-Soviet Pact", hit.title());
      assertEquals("1933-09-02", String.valueOf(hit.mainDate()));
      assertTrue(hit.snippet().matches().contains("Brenner Pass"));
    }
  }

  @Test
  void aFetchedPageTakesItsTitleAndUrlFromTheManifest() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(SharedData.corpusFile("Dawes_Plan.html"), corpus.resolve("Dawes_Plan.html"));
    CorpusManifest manifest = CorpusManifest.read(corpus);
    manifest.put(new CorpusManifest.Entry("Dawes_Plan.html", "Dawes Plan (fetched)", 42,
        "https://example.org/wiki/Dawes_Plan", Instant.parse("2026-11-25T10:00:00Z"), List.of()));
    manifest.write();
    Path index = tmp.resolve("index");
    new IndexBuilder(corpus, index, 1).build(false, new IndexBuilder.Listener() {});
    try (Searcher searcher = Searcher.open(index)) {
      SearchResult r = searcher.search(SearchRequest.of("reparations", 1));
      assertEquals("Dawes Plan (fetched)", r.hits().get(0).title());
      assertEquals("https://example.org/wiki/Dawes_Plan", r.hits().get(0).url());
    }
  }
}
