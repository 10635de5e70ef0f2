package org.entente.enrich;

import java.time.LocalDate;

/**
 * A date expression resolved to the days it covers: "September 1933" is 1933-09-01..1933-09-30.
 * {@code section} is the index of the section it came from ({@link org.entente.extract.Link#INFOBOX}
 * for the infobox); {@code text} is the expression as written.
 */
public record DateSpan(LocalDate from, LocalDate to, DateKind kind, int section, String text) {
  public DateSpan {
    if (from.isAfter(to)) throw new IllegalArgumentException("span ends before it starts: " + text);
  }
}
