package org.entente.server;

import java.io.IOException;
import java.nio.file.Path;
import org.entente.index.IndexUnavailableException;
import org.entente.print.Terminal;
import org.entente.search.Searcher;
import org.entente.search.SearcherSource;

/**
 * The resident process's searcher: one index, kept open across commands and moved to the latest commit
 * before each one ({@code openIfChanged} costs a directory listing). A command for any other index is
 * refused, and the refusal recorded so the process answers "refused" instead of an error.
 * Not thread-safe: the resident process runs one command at a time.
 */
final class ResidentSearcher extends SearcherSource {
  private final Path index;
  private Searcher searcher;
  private boolean refused;

  ResidentSearcher(Path index) {
    this.index = index.toAbsolutePath().normalize();
  }

  Path index() {
    return index;
  }

  /** Starts a command: forgets an earlier refusal. */
  void begin() {
    refused = false;
  }

  /** True when the last command asked for another index. */
  boolean refused() {
    return refused;
  }

  @Override
  public Lease lease(Path indexDir) throws IOException, IndexUnavailableException {
    Path asked = Terminal.current().cwd().resolve(indexDir).normalize();
    if (!asked.equals(index)) {
      refused = true;
      throw new IndexUnavailableException("this resident process serves " + index + ", not " + asked);
    }
    try {
      refresh();
    } catch (IOException | IndexUnavailableException | RuntimeException e) {
      // A fresh JVM words this error; the launcher falls back to one.
      refused = true;
      throw e;
    }
    return new Lease(searcher, false);
  }

  /**
   * Opens the index, or reopens it when it has a newer commit ({@code isCurrent} reads one small file).
   * A new commit gets a new Searcher with its own directory, since closing a Searcher closes both.
   */
  void refresh() throws IOException, IndexUnavailableException {
    if (searcher != null && searcher.reader().isCurrent()) return;
    Searcher fresh = Searcher.open(index);
    if (searcher != null) searcher.close();
    searcher = fresh;
  }

  void close() throws IOException {
    if (searcher != null) searcher.close();
    searcher = null;
  }
}
