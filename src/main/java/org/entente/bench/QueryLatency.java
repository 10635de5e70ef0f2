package org.entente.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.entente.search.QuerySyntaxException;
import org.entente.search.SearchRequest;
import org.entente.search.Searcher;

/** Times searches in one process, after a warm-up, as a long-running service would see them. */
public final class QueryLatency {
  /** Latency percentiles in milliseconds over {@code count} timed searches; {@code failed} did not parse. */
  public record Result(int count, int failed, double p50, double p90, double p99, double max, double mean) {
    public String line() {
      return String.format(java.util.Locale.ROOT, "queries=%d failed=%d p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f mean_ms=%.3f",
          count, failed, p50, p90, p99, max, mean);
    }
  }

  private QueryLatency() {}

  /** Runs every request {@code warmups} times untimed, then {@code rounds} times timed. */
  public static Result measure(Searcher searcher, List<SearchRequest> requests, int warmups, int rounds) throws IOException {
    for (int w = 0; w < warmups; w++) {
      for (SearchRequest r : requests) run(searcher, r);
    }
    long[] nanos = new long[requests.size() * rounds];
    int n = 0;
    int failed = 0;
    for (int round = 0; round < rounds; round++) {
      for (SearchRequest r : requests) {
        long start = System.nanoTime();
        boolean ok = run(searcher, r);
        nanos[n++] = System.nanoTime() - start;
        if (!ok && round == 0) failed++;
      }
    }
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
    return new Result(n, failed, pct(nanos, 50), pct(nanos, 90), pct(nanos, 99), nanos.length == 0 ? 0 : nanos[n - 1] / 1e6, mean);
  }

  private static boolean run(Searcher searcher, SearchRequest r) throws IOException {
    try {
      searcher.search(r);
      return true;
    } catch (QuerySyntaxException e) {
      return false;
    }
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
