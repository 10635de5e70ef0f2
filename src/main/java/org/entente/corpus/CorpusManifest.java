package org.entente.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where each page of a corpus folder came from: title, revision, source URL, fetch time and the
 * redirects that led to it, kept in {@code .entente-manifest.tsv} beside the pages.
 */
public final class CorpusManifest {
  /** The manifest's file name; a dot-file, so the indexer never takes it for a document. */
  public static final String FILE_NAME = ".entente-manifest.tsv";

  private static final String HEADER =
      "# entente corpus manifest v1\tfile\ttitle\trevision\turl\tfetched\tredirects_from (|-separated)";

  /** One page of the corpus; {@code file} is its name relative to the corpus folder. */
  public record Entry(String file, String title, long revision, String url, Instant fetched, List<String> redirectsFrom) {
    public Entry {
      Objects.requireNonNull(fetched, "fetched");
      for (String field : List.of(file, title, url)) checkField(field);
      redirectsFrom = List.copyOf(redirectsFrom);
      for (String r : redirectsFrom) {
        checkField(r);
        // '|' separates redirects in the file; MediaWiki forbids it in titles anyway.
        if (r.indexOf('|') >= 0) throw new IllegalArgumentException("'|' in a title: " + r);
      }
    }

    private static void checkField(String s) {
      Objects.requireNonNull(s);
      if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("tab or newline in a manifest field: " + s);
      }
    }
  }

  private final Path file;
  private final Map<String, Entry> byFile = new TreeMap<>();
  private final Map<String, String> fileByTitle = new HashMap<>();

  private CorpusManifest(Path file) {
    this.file = file;
  }

  /** The manifest of {@code corpusDir}; empty when the folder has none yet. */
  public static CorpusManifest read(Path corpusDir) throws IOException {
    CorpusManifest manifest = new CorpusManifest(corpusDir.resolve(FILE_NAME));
    if (!Files.exists(manifest.file)) return manifest;
    List<String> lines = Files.readAllLines(manifest.file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      try {
        manifest.put(parse(line));
      } catch (RuntimeException e) {
        throw new IOException(manifest.file + " line " + (i + 1) + " is damaged (" + e.getMessage()
            + "); delete it and run `entente fetch --refresh` to rebuild it", e);
      }
    }
    return manifest;
  }

  private static Entry parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 6) throw new IllegalArgumentException("expected 6 tab-separated fields, found " + f.length);
    try {
      List<String> redirects = f[5].isEmpty() ? List.of() : List.of(f[5].split("\\|"));
      return new Entry(f[0], f[1], Long.parseLong(f[2]), f[3], Instant.parse(f[4]), redirects);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The entry for a file name relative to the corpus folder. */
  public synchronized Optional<Entry> entry(String fileName) {
    return Optional.ofNullable(byFile.get(fileName));
  }

  /** The entry whose title, or one of whose redirects, is {@code title} (spaces or underscores alike). */
  public synchronized Optional<Entry> entryForTitle(String title) {
    String f = fileByTitle.get(titleKey(title));
    return f == null ? Optional.empty() : entry(f);
  }

  /** Adds or replaces the entry for {@code entry.file()}; call {@link #write()} to keep it. */
  public synchronized void put(Entry entry) {
    Entry old = byFile.put(entry.file(), entry);
    if (old != null) {
      fileByTitle.remove(titleKey(old.title()));
      old.redirectsFrom().forEach(r -> fileByTitle.remove(titleKey(r)));
    }
    fileByTitle.put(titleKey(entry.title()), entry.file());
    entry.redirectsFrom().forEach(r -> fileByTitle.put(titleKey(r), entry.file()));
  }

  /** All entries, ordered by file name. */
  public synchronized List<Entry> entries() {
    return new ArrayList<>(byFile.values());
  }

  /** Writes the manifest to a temporary file beside it, then moves it into place in one step. */
  public synchronized void write() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not createTempFile, whose files are owner-only: the manifest keeps the umask's permissions.
    Path tmp = dir.resolve(".entente-manifest-" + UUID.randomUUID() + ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        w.write(HEADER);
        w.write('\n');
        for (Entry e : byFile.values()) {
          w.write(String.join("\t", e.file(), e.title(), Long.toString(e.revision()), e.url(),
              e.fetched().toString(), String.join("|", e.redirectsFrom())));
          w.write('\n');
        }
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String titleKey(String title) {
    return title.replace('_', ' ').strip();
  }
}
