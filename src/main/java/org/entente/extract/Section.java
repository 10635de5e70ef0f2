package org.entente.extract;

import java.util.List;

/**
 * One section of an article: its position, its heading (empty for the lead), its level
 * (0 for the lead, 2 for an h2 and so on), the headings above it, and its clean text.
 */
public record Section(int index, String heading, int level, List<String> path, String text) {
  public Section {
    path = List.copyOf(path);
  }

  /** The lead: the text before the first heading, always the first section. */
  public boolean isLead() {
    return index == 0 && level == 0;
  }

  /** Headings from the top down to this one, joined for display: "Background › Negotiations". */
  public String displayPath() {
    return path.isEmpty() ? (level == 0 ? "(lead)" : heading) : String.join(" › ", path);
  }
}
