package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.entente.extract.Flavor;

/**
 * Generates a corpus of any size from the starter corpus's parts, for benchmarks. Page {@code i} depends
 * only on the seed and {@code i} (it has its own random stream), so the output is byte-identical
 * whatever the number of threads; flavors rotate, a third of the pages each; pages go to
 * {@code DIR/000/}, {@code DIR/001/}, … a thousand per folder.
 */
public final class ScaleCorpus {
  /** What was written. */
  public record Summary(int pages, long bytes, double seconds) {}

  private static final Flavor[] FLAVORS = {Flavor.VECTOR_LEGACY, Flavor.VECTOR_2022, Flavor.PARSOID};
  static final int PAGES_PER_FOLDER = 1000;

  private final PageWriter writer;
  private final long seed;

  public ScaleCorpus(Path starterCorpus, long seed) throws IOException {
    this.writer = new PageWriter(CorpusParts.of(starterCorpus));
    this.seed = seed;
  }

  public Summary generate(Path out, int pages, int threads) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Files.createDirectories(out);
    for (int folder = 0; folder * PAGES_PER_FOLDER < pages; folder++) Files.createDirectories(out.resolve(folderName(folder)));
    AtomicLong bytes = new AtomicLong();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      pool.submit(() -> IntStream.range(0, pages).parallel().forEach(i -> {
        Page p = page(i);
        try {
          byte[] b = p.html().getBytes(StandardCharsets.UTF_8);
          Files.write(out.resolve(p.path()), b);
          bytes.addAndGet(b.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      })).get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return new Summary(pages, bytes.get(), (System.nanoTime() - start) / 1e9);
  }

  /** One generated page: where it goes (relative to the output folder) and its HTML. */
  public record Page(String path, Flavor flavor, String title, String html) {}

  public Page page(int i) {
    SplittableRandom rng = new SplittableRandom(mix(seed, i));
    Flavor flavor = FLAVORS[i % FLAVORS.length];
    String title = writer.title(rng);
    String html = writer.write(flavor, title, rng);
    return new Page(folderName(i / PAGES_PER_FOLDER) + "/" + String.format("%06d-%s.html", i, slug(title)), flavor, title, html);
  }

  private static String folderName(int folder) {
    return String.format("%03d", folder);
  }

  /** A file name from a title: ASCII letters and digits kept, runs of anything else as one underscore. */
  static String slug(String title) {
    StringBuilder sb = new StringBuilder();
    for (char c : title.toCharArray()) {
      boolean keep = c < 128 && Character.isLetterOrDigit(c);
      if (keep) sb.append(c);
      else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') sb.append('_');
      if (sb.length() >= 60) break;
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') sb.setLength(sb.length() - 1);
    return sb.length() == 0 ? "page" : sb.toString();
  }

  /** SplitMix64 of the seed and the page number, so neighbouring pages get unrelated streams. */
  private static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + i + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
