package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.entente.SharedData;
import org.entente.search.SearchRequest;
import org.entente.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real {@code entente index} processes at random moments (SIGINT, SIGTERM, SIGKILL) while the
 * corpus keeps changing, and checks after each kill that the index is at a complete commit (the one
 * before the run, or the run's own), passes Lucene's CheckIndex, answers searches meanwhile, and that
 * every run that finishes reports exact counts.
 */
class CrashSafetyTest {
  private static final int KILLS = 20;
  private static final int PAGES = 10;
  private static final Pattern SUMMARY = Pattern.compile(
      "(\\d+) added, (\\d+) updated, (\\d+) removed, (\\d+) unchanged, (\\d+) skipped; (\\d+) articles");

  @TempDir Path tmp;

  private enum Signal {
    INT(130), TERM(143), KILL(137);

    final int exitCode;

    Signal(int exitCode) {
      this.exitCode = exitCode;
    }
  }

  /** What the test expects of a run: the index's file → hash before it, and the corpus's. */
  private record Expectation(Map<String, Long> before, Map<String, Long> disk, boolean rebuild) {
    List<Integer> counts() {
      if (rebuild) return List.of(disk.size(), 0, 0, 0, 2, disk.size());
      int added = 0, updated = 0, unchanged = 0, removed = 0;
      for (Map.Entry<String, Long> f : disk.entrySet()) {
        Long old = before.get(f.getKey());
        if (old == null) added++;
        else if (old.equals(f.getValue())) unchanged++;
        else updated++;
      }
      for (String f : before.keySet()) if (!disk.containsKey(f)) removed++;
      return List.of(added, updated, removed, unchanged, 2, disk.size());
    }
  }

  @Test
  void killedRunsLeaveTheLastCommitAndTheNextRunFinishesTheJob() throws Exception {
    long seed = Long.getLong("entente.killSeed", System.nanoTime());
    Random random = new Random(seed);
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    List<Path> sources = SharedData.corpusFiles();
    Files.createDirectories(corpus);
    for (Path p : sources.subList(0, PAGES)) Files.copy(p, corpus.resolve(p.getFileName()));
    // Two files every run skips, so the skip count is checked too.
    Files.write(corpus.resolve("zz-scan.html"), "%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(corpus.resolve("zz-empty.html"), new byte[0]);
    boolean sigintWorks = !ignoresSigint();
    if (!sigintWorks) System.err.println("NOTE: SIGINT is ignored in this process (inherited), so children ignore it; using SIGTERM instead");

    // How long a run takes after it opened its writer; and before that (JVM start, scan), measured as we go.
    long buildMs = 2000;
    int early = 0;
    int kills = 0, killedWithCommit = 0, interruptedMessages = 0, completed = 0, searches = 0, checks = 0;
    Map<Signal, Integer> bySignal = new TreeMap<>();
    long start = System.nanoTime();
    for (int i = 0; kills < KILLS; i++) {
      assertTrue(i < 80, "too many runs finished before they could be killed; seed " + seed);
      if (i > 0) mutate(corpus, sources, random, i);
      Map<String, Long> before = committed(index);
      boolean rebuild = before != null && random.nextInt(4) == 0;
      Expectation expected = new Expectation(before == null ? Map.of() : before, disk(corpus), rebuild);
      boolean letFinish = i % 7 == 6;
      Signal signal = Signal.values()[random.nextInt(3)];
      if (signal == Signal.INT && !sigintWorks) signal = Signal.TERM;

      // write.lock appears when the child opens its IndexWriter: most kills land after that, in the build
      // proper (extraction, writing, commit); one in four lands anywhere, JVM start and scan included.
      Path lock = index.resolve("write.lock");
      Files.deleteIfExists(lock);
      long t0 = System.nanoTime();
      Path err = tmp.resolve("err-" + i + ".txt");
      Process child = start(corpus, index, rebuild, err);
      boolean anywhere = random.nextInt(4) == 0;
      if (!anywhere) {
        while (!Files.exists(lock) && child.isAlive()) child.waitFor(10, TimeUnit.MILLISECONDS);
      }
      long opened = System.nanoTime();
      long delayMs = letFinish ? 0 : (long) (random.nextDouble() * buildMs * (anywhere ? 2.5 : 1.1));
      long killAt = opened + delayMs * 1_000_000;
      while (System.nanoTime() < killAt && child.isAlive()) {
        if (before != null && !before.isEmpty()) {
          searchMeanwhile(index, expected);
          searches++;
        }
        child.waitFor(Math.max(1, Math.min(100, (killAt - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS);
      }
      boolean killed = false;
      if (!letFinish && child.isAlive()) {
        send(child, signal);
        killed = true;
      }
      if (!child.waitFor(120, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        fail("indexer did not end; stderr: " + Files.readString(err));
      }
      int exit = child.exitValue();
      String stderr = Files.readString(err);
      assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), "a stack trace on stderr:\n" + stderr);

      long ended = System.nanoTime();
      Map<String, Long> after = committed(index);
      if (after != null) {
        assertCheckIndexClean(index);
        checks++;
      }
      if (exit == 0) {
        completed++;
        if (!killed && !anywhere) buildMs = (buildMs + 2 * (System.nanoTime() - opened) / 1_000_000) / 3;
        assertEquals(expected.disk(), after, "a finished run leaves the corpus in the index");
        assertEquals(expected.counts(), summaryCounts(stderr), "exact counts; stderr:\n" + stderr);
      } else {
        assertTrue(killed, "exit " + exit + " without a kill; stderr:\n" + stderr);
        assertEquals(signal.exitCode, exit, "exit code after SIG" + signal + "; stderr:\n" + stderr);
        kills++;
        if (anywhere) early++;
        bySignal.merge(signal, 1, Integer::sum);
        if (before != null) killedWithCommit++;
        if (System.getenv("ENTENTE_KILL_TRACE") != null) {
          System.err.printf("run %d: writer after %d ms, ended %d ms later, checks %d ms%n", i, (opened - t0) / 1_000_000,
              (ended - opened) / 1_000_000, (System.nanoTime() - ended) / 1_000_000);
        }
        if (stderr.contains("interrupted: ")) {
          interruptedMessages++;
          assertTrue(stderr.contains("run `entente index` again to finish"), stderr);
          assertTrue(signal != Signal.KILL, stderr);
          assertTrue(stderr.contains(before == null ? "interrupted: nothing was committed yet"
              : "interrupted: index left at its last commit (" + before.size() + " articles)"), stderr);
        }
        if (before == null) {
          assertTrue(after == null || after.equals(expected.disk()), "nothing committed, or the whole run");
        } else {
          assertTrue(after != null, "a commit existed before the kill and must survive it");
          assertTrue(after.equals(before) || after.equals(expected.disk()),
              "the index is at the last commit or at this run's (kill after " + delayMs + " ms)");
        }
      }
    }

    // A final uninterrupted run in-process converges, with exact counts.
    Map<String, Long> before = committed(index);
    Expectation last = new Expectation(before == null ? Map.of() : before, disk(corpus), false);
    BuildSummary summary = new IndexBuilder(corpus, index, 2).build(false, new IndexBuilder.Listener() {});
    assertEquals(last.counts(), List.of(summary.added(), summary.updated(), summary.removed(), summary.unchanged(),
        summary.skipped().size(), summary.documents()));
    assertEquals(last.disk(), committed(index));
    assertCheckIndexClean(index);
    try (Searcher s = Searcher.open(index)) {
      assertEquals(last.disk().size(), s.articleCount());
    }
    System.err.printf("CrashSafetyTest: seed %d, %d kills %s (%d timed from the start, the rest after the writer "
            + "opened), %d with a commit present, %d said 'interrupted', %d runs finished, %d CheckIndex runs all clean, "
            + "%d searches during runs, %.1f s, final: %s%n",
        seed, kills, bySignal, early, killedWithCommit, interruptedMessages, completed, checks + 1, searches,
        (System.nanoTime() - start) / 1e9, summary.line());
  }

  /** Edits a third of the pages, and sometimes removes one or adds a copy under a new name. */
  private static void mutate(Path corpus, List<Path> sources, Random random, int round) throws IOException {
    List<Path> pages = pages(corpus);
    for (Path p : pages) {
      if (random.nextInt(3) == 0) Files.writeString(p, "\n<!-- edit " + round + " -->", StandardOpenOption.APPEND);
    }
    // The corpus stays near PAGES files: a removal or an addition, whichever brings it back.
    boolean remove = pages.size() > PAGES || (pages.size() == PAGES && random.nextBoolean());
    if (remove) {
      Files.delete(pages.get(random.nextInt(pages.size())));
    } else {
      Path source = sources.get(random.nextInt(sources.size()));
      Files.copy(source, corpus.resolve("copy-" + round + "-" + source.getFileName()));
    }
  }

  private static List<Path> pages(Path corpus) throws IOException {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(p -> !p.getFileName().toString().startsWith("zz-")).sorted().toList();
    }
  }

  private static Map<String, Long> disk(Path corpus) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    for (Path p : pages(corpus)) files.put(p.getFileName().toString(), IndexBuilder.hash(Files.readAllBytes(p)));
    return files;
  }

  /** File → hash of every article in the last commit; null when there is no commit. */
  private static Map<String, Long> committed(Path index) throws IOException {
    if (!IndexStore.exists(index)) return null;
    Map<String, Long> files = new TreeMap<>();
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          Document d = stored.document(doc);
          if (d.getField(Schema.HASH) == null) continue;
          Long previous = files.put(d.get(Schema.FILE), d.getField(Schema.HASH).numericValue().longValue());
          assertEquals(null, previous, "one article per file: " + d.get(Schema.FILE));
        }
      }
    }
    return files;
  }

  private static void assertCheckIndexClean(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex found problems in " + index);
    }
  }

  /** A search in this process while the child indexes: it sees a whole commit, old or new. */
  private static void searchMeanwhile(Path index, Expectation expected) throws Exception {
    try (Searcher s = Searcher.open(index)) {
      int articles = s.articleCount();
      assertTrue(articles == expected.before().size() || articles == expected.disk().size(),
          articles + " articles: neither the last commit nor the new one");
      assertNotNull(s.search(SearchRequest.of("treaty", 5)));
    }
  }

  private static List<Integer> summaryCounts(String stderr) {
    Matcher m = SUMMARY.matcher(stderr);
    assertTrue(m.find(), "no summary line in:\n" + stderr);
    List<Integer> counts = new ArrayList<>();
    for (int g = 1; g <= 6; g++) counts.add(Integer.parseInt(m.group(g)));
    return counts;
  }

  private static Process start(Path corpus, Path index, boolean rebuild, Path err) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.entente.cli.Main", "index", "--corpus", corpus.toString(), "--index", index.toString(), "--threads", "2"));
    if (rebuild) cmd.add("--rebuild");
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
  }

  private static void send(Process child, Signal signal) throws Exception {
    switch (signal) {
      case TERM -> child.destroy();
      case KILL -> child.destroyForcibly();
      case INT -> new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).inheritIO().start().waitFor();
    }
  }

  /** Whether SIGINT is ignored here: children inherit that, and a JVM then installs no handler for it. */
  private static boolean ignoresSigint() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).strip(), 16) & 2) != 0;
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: assume signals behave.
    }
    return false;
  }
}
