package org.entente.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.corpus.CorpusManifest;

/**
 * Puts fetched pages into a corpus folder: each file written whole or not at all (temporary file in
 * the same folder, then an atomic move), and its manifest entry recorded.
 */
public final class CorpusWriter {
  /** Rewriting the manifest after every page costs O(n²) on big corpora; every few pages is enough. */
  private static final int PAGES_PER_MANIFEST_WRITE = 20;

  private final Path corpus;
  private final CorpusManifest manifest;
  private final Clock clock;
  private int unsaved;

  public CorpusWriter(Path corpus, CorpusManifest manifest, Clock clock) {
    this.corpus = corpus;
    this.manifest = manifest;
    this.clock = clock;
  }

  public Path corpus() {
    return corpus;
  }

  public CorpusManifest manifest() {
    return manifest;
  }

  /** The corpus file a title is kept in: the one the manifest names for it, else its own file name. */
  public String fileFor(String title) {
    return manifest.entryForTitle(title).map(CorpusManifest.Entry::file).orElse(SavedPage.fileName(title));
  }

  /** True when the corpus already holds a file for {@code title}. */
  public boolean holds(String title) {
    return Files.isRegularFile(corpus.resolve(fileFor(title)));
  }

  /** Writes {@code page} and records it; returns the file written. */
  public Path write(WikiPage page, String url) throws IOException {
    String name = SavedPage.fileName(page.title());
    Path target = corpus.resolve(name);
    writeAtomically(target, SavedPage.html(page, url));
    Set<String> redirects = new LinkedHashSet<>();
    manifest.entry(name).ifPresent(old -> redirects.addAll(old.redirectsFrom()));
    redirects.addAll(page.redirectsFrom());
    redirects.remove(page.title());
    manifest.put(new CorpusManifest.Entry(name, page.title(), page.revision(), url, clock.instant(), List.copyOf(redirects)));
    if (++unsaved >= PAGES_PER_MANIFEST_WRITE) flush();
    return target;
  }

  /** Writes the manifest if pages were added since it was last written. */
  public void flush() throws IOException {
    if (unsaved == 0) return;
    manifest.write();
    unsaved = 0;
  }

  static void writeAtomically(Path target, String content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // A dot-name in the same folder: same file system, so the move is a rename; never taken for a page.
    // Not createTempFile: its files are owner-only (0600), and the pages must stay readable as the umask says.
    Path tmp = dir.resolve(".entente-" + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
