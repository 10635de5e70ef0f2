package org.entente.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.entente.index.IndexUnavailableException;

/**
 * Where a command gets its {@link Searcher}: by default a fresh one per command, closed after it; the
 * resident search process installs a source that keeps one open across commands.
 */
public abstract class SearcherSource {
  private static volatile SearcherSource installed = new SearcherSource() {
    @Override
    public Lease lease(Path indexDir) throws IOException, IndexUnavailableException {
      return new Lease(Searcher.open(indexDir), true);
    }
  };

  /** The source commands use in this process. */
  public static SearcherSource current() {
    return installed;
  }

  public static void install(SearcherSource source) {
    installed = source;
  }

  /** A searcher on the latest commit of {@code indexDir}. */
  public abstract Lease lease(Path indexDir) throws IOException, IndexUnavailableException;

  /** A searcher lent for one command; closing it closes the searcher only if the command owns it. */
  public record Lease(Searcher searcher, boolean owned) implements Closeable {
    @Override
    public void close() throws IOException {
      if (owned) searcher.close();
    }
  }
}
