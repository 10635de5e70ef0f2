package org.entente.extract;

import java.util.List;

/** One infobox row: its label and its values as clean text, list items kept apart. */
public record InfoboxRow(String label, List<String> values) {
  public InfoboxRow {
    values = List.copyOf(values);
  }

  /** The values joined for display and indexing. */
  public String value() {
    return String.join("; ", values);
  }
}
