package org.entente.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A season of the (northern) year as whole months. Winter is the one that begins in December of
 * the year named: "the winter of 1934" is December 1934 to February 1935, and "the winter of
 * 1933–34" is December 1933 to February 1934.
 */
enum Season {
  SPRING(3, 5),
  SUMMER(6, 8),
  AUTUMN(9, 11),
  WINTER(12, 14);

  private final int firstMonth;
  /** Counted on from January of the season's year, so 14 is February of the next. */
  private final int lastMonth;

  Season(int firstMonth, int lastMonth) {
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
  }

  /** The season named by {@code word}; "fall" is autumn. */
  static Season of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("fall") ? AUTUMN : valueOf(w.toUpperCase(Locale.ROOT));
  }

  LocalDate first(int year) {
    return LocalDate.of(year, firstMonth, 1);
  }

  LocalDate last(int year) {
    return YearMonth.of(year, 1).plusMonths(lastMonth - 1L).atEndOfMonth();
  }

  /**
   * The year whose season ends a range written "1933–34": for winter that is the first year,
   * since the winter of 1933 already runs into 1934.
   */
  int lastSeasonYear(int endYear) {
    return this == WINTER ? endYear - 1 : endYear;
  }
}
