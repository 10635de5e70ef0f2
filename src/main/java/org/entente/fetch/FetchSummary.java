package org.entente.fetch;

import java.time.Duration;
import java.util.Locale;

/** What a fetch run did, counted by outcome. */
public record FetchSummary(int fetched, int skipped, int unchanged, int missing, int failed, Duration elapsed) {

  /** The closing line: {@code fetched 3, skipped 1 (present), unchanged 0, missing 1, failed 0 in 4.2 s}. */
  public String line() {
    return String.format(Locale.ROOT, "fetched %d, skipped %d (present), unchanged %d, missing %d, failed %d in %.1f s",
        fetched, skipped, unchanged, missing, failed, elapsed.toMillis() / 1000.0);
  }

  /** 0 when every requested page is in the corpus now, 1 when some were missing or failed (like grep). */
  public int exitCode() {
    return missing + failed == 0 ? 0 : 1;
  }
}
