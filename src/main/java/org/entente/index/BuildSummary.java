package org.entente.index;

import java.util.List;
import java.util.Locale;

/** What one index run did, file by file counted: the one-line summary a user reads. */
public record BuildSummary(int added, int updated, int removed, int unchanged, List<Skip> skipped,
                           int documents, double seconds) {
  /** A file that was not indexed, and why. */
  public record Skip(String file, String reason) {}

  public BuildSummary {
    skipped = List.copyOf(skipped);
  }

  public boolean changed() {
    return added + updated + removed > 0;
  }

  public String line() {
    return String.format(Locale.ROOT,
        "%d added, %d updated, %d removed, %d unchanged, %d skipped; %d articles in the index (%.1f s)",
        added, updated, removed, unchanged, skipped.size(), documents, seconds);
  }
}
