package org.entente.enrich;

import java.time.LocalDate;

/**
 * A stretch of text [start, end) that is a date expression covering the days from..to, or, when
 * both are null, a stretch that only looks like one (a page number, an ISBN) and blocks any date
 * found inside it.
 */
record DateMatch(int start, int end, LocalDate from, LocalDate to) {

  static DateMatch blocked(int start, int end) {
    return new DateMatch(start, end, null, null);
  }

  boolean isDate() {
    return from != null;
  }

  int length() {
    return end - start;
  }

  /** True when the days are in order and within the years Entente indexes. */
  boolean isPlausible() {
    return !from.isAfter(to)
        && !from.isBefore(DateExtractor.EARLIEST)
        && !to.isAfter(DateExtractor.LATEST);
  }
}
