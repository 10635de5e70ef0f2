package org.entente.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.entente.index.IndexStore;
import org.entente.index.IndexUnavailableException;
import org.entente.print.Terminal;
import org.entente.search.Searcher;
import org.entente.search.SearcherSource;

/**
 * The resident process's searcher: one index, kept open across commands and moved to the latest commit
 * before each one (at the cost of one {@code stat} while the index stands still). A command for any other
 * index is refused, and the refusal recorded so the process answers "refused" instead of an error.
 * Not thread-safe: the resident process runs one command at a time.
 */
final class ResidentSearcher extends SearcherSource {
  private final Path index;
  private Searcher searcher;
  /** The index folder as it was when the searcher was last found current. */
  private Stamp checked;
  private boolean refused;

  ResidentSearcher(Path index) {
    this.index = index.toAbsolutePath().normalize();
  }

  Path index() {
    return index;
  }

  /** The reader of the commit last opened. */
  DirectoryReader reader() {
    return searcher.reader();
  }

  /** Whether there is an index to search (a missing one a fresh JVM builds); cheap while it stands still. */
  boolean indexExists() throws IOException {
    return unchanged() || IndexStore.exists(index);
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
   * Opens the index, or reopens it when it has a newer commit. A new commit gets a new Searcher with its
   * own directory, since closing a Searcher closes both.
   */
  void refresh() throws IOException, IndexUnavailableException {
    if (searcher != null && unchanged()) return;
    // Stamped before the check: a commit landing during it shows as a changed folder next time.
    Stamp now = Stamp.of(index);
    if (searcher == null || !searcher.reader().isCurrent()) {
      Searcher fresh = Searcher.open(index);
      if (searcher != null) searcher.close();
      searcher = fresh;
    }
    checked = now;
  }

  /**
   * True when the index cannot have changed since it was last found current: its folder is the same
   * inode with the same modification time. Every Lucene commit adds and removes files in that folder, so
   * its time moves; one {@code stat} instead of {@code isCurrent}, which lists the folder and parses the
   * latest commit (milliseconds). As git does for its index, a time too close to the check that recorded
   * it proves nothing (timestamps are coarse: a second commit within the same tick would keep it), so
   * such a folder is checked in full until it has stood still for {@link Stamp#SETTLED}.
   */
  boolean unchanged() {
    if (checked == null || !checked.settled()) return false;
    try {
      return checked.sameFolder(Stamp.of(index));
    } catch (IOException gone) {
      return false;
    }
  }

  /** The index folder's identity and modification time, and when they were read. */
  private record Stamp(Object inode, FileTime modified, long readAt) {
    /** Longer than the coarsest file timestamps (FAT: 2 s). */
    static final long SETTLED = 2_000;

    static Stamp of(Path folder) throws IOException {
      BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class);
      return new Stamp(a.fileKey(), a.lastModifiedTime(), System.currentTimeMillis());
    }

    boolean settled() {
      return readAt - modified.toMillis() > SETTLED;
    }

    boolean sameFolder(Stamp other) {
      return Objects.equals(inode, other.inode) && modified.equals(other.modified);
    }
  }

  void close() throws IOException {
    if (searcher != null) searcher.close();
    searcher = null;
  }
}
