package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.corpus.CorpusFile;
import org.entente.corpus.CorpusScanner;
import org.jsoup.Jsoup;

/**
 * The least any HTML indexer must do: read every page, parse it with Jsoup and take the body's text.
 * Indexing time above this is what extraction, analysis and Lucene add.
 */
public final class ParseFloor {
  /** Pages read, their bytes, the characters of text they gave, and the wall time. */
  public record Result(int pages, long bytes, long chars, double seconds) {
    public String line() {
      return String.format(java.util.Locale.ROOT, "pages=%d bytes=%d text_chars=%d seconds=%.3f pages_per_s=%.1f mb_per_s=%.2f",
          pages, bytes, chars, seconds, pages / seconds, bytes / 1e6 / seconds);
    }
  }

  private ParseFloor() {}

  public static Result measure(Path corpus, int threads) throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<CorpusFile> files = CorpusScanner.scan(corpus).files();
    AtomicLong bytes = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      pool.submit(() -> files.parallelStream().forEach(f -> {
        try {
          byte[] b = Files.readAllBytes(f.path());
          bytes.addAndGet(b.length);
          chars.addAndGet(Jsoup.parse(new String(b, StandardCharsets.UTF_8)).body().text().length());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      })).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return new Result(files.size(), bytes.get(), chars.get(), (System.nanoTime() - start) / 1e9);
  }
}
