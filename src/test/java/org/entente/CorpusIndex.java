package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.index.IndexBuilder;

/**
 * One index of the starter corpus, built once per test run into a temporary folder and shared by the
 * tests that only read it.
 */
public final class CorpusIndex {
  private static Path dir;

  private static org.entente.search.Searcher searcher;

  private CorpusIndex() {}

  /** One searcher on that index, shared by the tests that only read it and left open for the run. */
  public static synchronized org.entente.search.Searcher searcher() {
    if (searcher == null) {
      try {
        searcher = org.entente.search.Searcher.open(get());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return searcher;
  }

  public static synchronized Path get() {
    if (dir == null) {
      try {
        Path d = Files.createTempDirectory("entente-test-index");
        new IndexBuilder(SharedData.CORPUS, d, 2).build(true, new IndexBuilder.Listener() {});
        dir = d;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return dir;
  }
}
