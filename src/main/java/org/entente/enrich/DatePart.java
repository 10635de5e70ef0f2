package org.entente.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Early", "mid" or "late" in a year, a month or a decade. The thirds of a year are January–April,
 * May–August and September–December; of a month, days 1–10, 11–20 and 21 to the end; of a decade,
 * years 0–3, 3–7 and 7–9, overlapping because "the mid-1920s" is vaguer than any cut.
 */
enum DatePart {
  EARLY(1, 4, 1, 10, 0, 3),
  MID(5, 8, 11, 20, 3, 7),
  LATE(9, 12, 21, 31, 7, 9);

  private final int firstMonth;
  private final int lastMonth;
  private final int firstDay;
  private final int lastDay;
  private final int firstYear;
  private final int lastYear;

  DatePart(int firstMonth, int lastMonth, int firstDay, int lastDay, int firstYear, int lastYear) {
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** Compiled once: String.replaceFirst would compile it again for every date read. */
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

  /** The part named by "early", "mid", "late", "the beginning of", "the middle of", "the end of"… */
  static DatePart of(String words) {
    String w = LEADING_THE.matcher(words.toLowerCase(Locale.ROOT)).replaceFirst("");
    if (w.startsWith("early") || w.startsWith("beginning") || w.startsWith("start")) return EARLY;
    if (w.startsWith("mid")) return MID;
    return LATE;
  }

  LocalDate firstOfYear(int year) {
    return LocalDate.of(year, firstMonth, 1);
  }

  LocalDate lastOfYear(int year) {
    return YearMonth.of(year, lastMonth).atEndOfMonth();
  }

  LocalDate firstOfMonth(YearMonth month) {
    return month.atDay(firstDay);
  }

  LocalDate lastOfMonth(YearMonth month) {
    return month.atDay(Math.min(lastDay, month.lengthOfMonth()));
  }

  LocalDate firstOfDecade(int decade) {
    return LocalDate.of(decade + firstYear, 1, 1);
  }

  LocalDate lastOfDecade(int decade) {
    return LocalDate.of(decade + lastYear, 12, 31);
  }
}
