package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.entente.SharedData;
import org.entente.search.Hit;
import org.entente.search.SearchRequest;
import org.entente.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {
  @TempDir Path tmp;

  private Path copyCorpus() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    for (Path f : SharedData.corpusFiles()) Files.copy(f, corpus.resolve(f.getFileName()));
    return corpus;
  }

  private static BuildSummary build(Path corpus, Path index, boolean rebuild) throws Exception {
    return new IndexBuilder(corpus, index, 2).build(rebuild, new IndexBuilder.Listener() {});
  }

  private static List<String> titles(Path index, String q) throws Exception {
    try (Searcher s = Searcher.open(index)) {
      return s.search(SearchRequest.of(q, 100)).hits().stream().map(Hit::title).toList();
    }
  }

  @Test
  void incrementalRunsTouchOnlyWhatChanged() throws Exception {
    Path corpus = copyCorpus();
    Path index = tmp.resolve("index");
    int files = SharedData.corpusFiles().size();

    BuildSummary first = build(corpus, index, false);
    assertEquals(files, first.added());
    assertEquals(files, first.documents());

    BuildSummary again = build(corpus, index, false);
    assertEquals(List.of(0, 0, 0, files), List.of(again.added(), again.updated(), again.removed(), again.unchanged()));

    assertTrue(titles(index, "Brenner").contains("Italo-Soviet Pact"));
    Files.delete(corpus.resolve("Italo-Soviet_Pact.html"));
    Path locarno = corpus.resolve("Locarno_Treaties.html");
    Files.writeString(locarno, Files.readString(locarno).replaceFirst("</p>", " zanzibarite</p>"));
    Files.setLastModifiedTime(locarno, FileTime.fromMillis(System.currentTimeMillis() + 5000));

    BuildSummary changed = build(corpus, index, false);
    assertEquals(List.of(0, 1, 1, files - 2),
        List.of(changed.added(), changed.updated(), changed.removed(), changed.unchanged()));
    assertEquals(files - 1, changed.documents());
    assertTrue(!titles(index, "Brenner").contains("Italo-Soviet Pact"));
    assertEquals(List.of("Locarno Treaties"), titles(index, "zanzibarite"));
  }

  @Test
  void touchingAFileWithoutChangingItLeavesItUnchanged() throws Exception {
    Path corpus = copyCorpus();
    Path index = tmp.resolve("index");
    build(corpus, index, false);
    Files.setLastModifiedTime(corpus.resolve("Dawes_Plan.html"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
    BuildSummary touched = build(corpus, index, false);
    assertEquals(0, touched.updated());
    assertEquals(SharedData.corpusFiles().size(), touched.unchanged());
  }

  @Test
  void anUnreadableFileIsSkippedAndTheRestIndexed() throws Exception {
    Path corpus = copyCorpus();
    Files.write(corpus.resolve("broken.html"), new byte[0]);
    Path index = tmp.resolve("index");
    BuildSummary s = build(corpus, index, false);
    assertEquals(SharedData.corpusFiles().size(), s.added());
    assertEquals("broken.html", s.skipped().get(0).file());
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefused() throws Exception {
    Path index = tmp.resolve("index");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(Schema.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    String message = assertThrows(IndexUnavailableException.class, () -> IndexStore.open(index)).getMessage();
    assertTrue(message.contains("entente index --rebuild"), message);
    assertThrows(IndexUnavailableException.class, () -> build(copyCorpus(), index, false));
  }

  @Test
  void aSecondBuildOfTheSameIndexIsRefusedWhileTheFirstRuns() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = copyCorpus();
    build(corpus, index, false);
    try (IndexWriter holder = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      String message = assertThrows(IndexUnavailableException.class, () -> build(corpus, index, false)).getMessage();
      assertTrue(message.contains("index is being built by another process"), message);
      assertTrue(titles(index, "Litvinov").contains("Maxim Litvinov"), "searches still work during a build");
    }
  }
}
