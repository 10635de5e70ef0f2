package org.entente.enrich;

import static org.entente.enrich.DateWords.DASH;
import static org.entente.enrich.DateWords.DAY;
import static org.entente.enrich.DateWords.DECADE;
import static org.entente.enrich.DateWords.MONTH;
import static org.entente.enrich.DateWords.NOT_ISO;
import static org.entente.enrich.DateWords.PART;
import static org.entente.enrich.DateWords.PART_JOIN;
import static org.entente.enrich.DateWords.SEASON;
import static org.entente.enrich.DateWords.TO;
import static org.entente.enrich.DateWords.YEAR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/**
 * One way of writing a date, as a pattern and the days a match of it covers. Ranges between two
 * complete expressions ("1918–1939", "between 1925 and 1929") are joined later by {@link DateScanner};
 * the forms here are the ranges whose first end borrows its month or year from the second.
 */
enum DateForm {
  /** 2–3 September 1933. */
  DAYS_OF_MONTH("(?<d1>" + DAY + ")" + TO + "(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m>" + MONTH + "),?\\s+(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      YearMonth month = yearMonth(m, "y", "m");
      return span(m, month.atDay(day(m, "d1")), month.atDay(day(m, "d2")));
    }
  },
  /** September 2–3, 1933. */
  MONTH_DAYS("(?<m>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + TO + "(?<d2>" + DAY + "),?\\s+(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      YearMonth month = yearMonth(m, "y", "m");
      return span(m, month.atDay(day(m, "d1")), month.atDay(day(m, "d2")));
    }
  },
  /** 12 September – 20 October 1932. */
  DAY_MONTH_TO_DAY_MONTH("(?<d1>" + DAY + ")\\s+(?<m1>" + MONTH + ")" + TO + "(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + "),?\\s+(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      return span(m, yearMonth(m, "y", "m1").atDay(day(m, "d1")), yearMonth(m, "y", "m2").atDay(day(m, "d2")));
    }
  },
  /** September 12 – October 20, 1932. */
  MONTH_DAY_TO_MONTH_DAY("(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + TO + "(?<m2>" + MONTH + ")\\s+(?<d2>" + DAY + "),?\\s+(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      return span(m, yearMonth(m, "y", "m1").atDay(day(m, "d1")), yearMonth(m, "y", "m2").atDay(day(m, "d2")));
    }
  },
  /** March–May 1938, from March to May 1938, January – April 9, 1924. */
  MONTHS("(?:\\b[Ff]rom\\s+)?(?<m1>" + MONTH + ")" + TO + "(?<m2>" + MONTH + ")(?:\\s+(?<d2>" + DAY + "),?)?\\s+(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      YearMonth last = yearMonth(m, "y", "m2");
      LocalDate to = m.group("d2") == null ? last.atEndOfMonth() : last.atDay(day(m, "d2"));
      return span(m, yearMonth(m, "y", "m1").atDay(1), to);
    }
  },
  /** 2 September 1933, 2nd September 1933, 2nd of September, 1933. */
  DAY_MONTH_YEAR("(?<d>" + DAY + ")\\s+(?:of\\s+)?(?<m>" + MONTH + "),?\\s+(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      LocalDate day = yearMonth(m, "y", "m").atDay(day(m, "d"));
      return span(m, day, day);
    }
  },
  /** September 2, 1933; Sept. 2, 1933; Sep 2 1933. */
  MONTH_DAY_YEAR("(?<m>" + MONTH + ")\\s+(?<d>" + DAY + ")(?:,\\s*|\\s+)(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      LocalDate day = yearMonth(m, "y", "m").atDay(day(m, "d"));
      return span(m, day, day);
    }
  },
  /** 1933-09-02. */
  ISO("(?<y>" + YEAR + ")-(?<m>\\d{2})-(?<d>\\d{2})(?!\\d)") {
    @Override
    DateMatch resolve(Matcher m) {
      LocalDate day = LocalDate.of(year(m, "y"), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
      return span(m, day, day);
    }
  },
  /** September 1933, early September 1933, the end of September 1933. */
  MONTH_YEAR("(?:(?:\\b[Tt]he\\s+)?(?<part>" + PART + ")" + PART_JOIN + ")?(?<m>" + MONTH + "),?\\s+(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      YearMonth month = yearMonth(m, "y", "m");
      if (m.group("part") == null) return span(m, month.atDay(1), month.atEndOfMonth());
      DatePart part = DatePart.of(m.group("part"));
      return span(m, part.firstOfMonth(month), part.lastOfMonth(month));
    }
  },
  /** The summer of 1934, winter 1933–34. */
  SEASON_YEAR("(?:\\b[Tt]he\\s+)?(?<s>" + SEASON + ")(?:\\s+of)?\\s+(?<y1>" + YEAR + ")" + NOT_ISO + "(?:" + DASH + "(?<y2>\\d{2}(?!\\d)|" + YEAR + "))?") {
    @Override
    DateMatch resolve(Matcher m) {
      Season season = Season.of(m.group("s"));
      int first = year(m, "y1");
      int last = m.group("y2") == null ? first : season.lastSeasonYear(endYear(first, m.group("y2")));
      return span(m, season.first(first), season.last(last));
    }
  },
  /** Early 1935, mid-1935, late 1938, the end of 1935. */
  PART_OF_YEAR("(?:\\b[Tt]he\\s+)?(?<part>" + PART + ")" + PART_JOIN + "(?<y>" + YEAR + ")" + NOT_ISO) {
    @Override
    DateMatch resolve(Matcher m) {
      DatePart part = DatePart.of(m.group("part"));
      int year = year(m, "y");
      return span(m, part.firstOfYear(year), part.lastOfYear(year));
    }
  },
  /** The 1920s, the mid-1920s, the early 1920s. */
  DECADE_OF_YEARS("(?:\\b[Tt]he\\s+)?(?:(?<part>" + PART + ")" + PART_JOIN + ")?(?<d>" + DECADE + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      int decade = DateWords.decade(m.group("d"));
      if (m.group("part") == null) return span(m, LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
      DatePart part = DatePart.of(m.group("part"));
      return span(m, part.firstOfDecade(decade), part.lastOfDecade(decade));
    }
  },
  /** 1918-39, 1932–34: the second year keeps the first one's century. */
  SHORT_YEARS("(?<y1>" + YEAR + ")" + DASH + "(?<y2>\\d{2})(?![\\p{L}\\d]|[.,]\\d)") {
    @Override
    DateMatch resolve(Matcher m) {
      int first = year(m, "y1");
      return span(m, LocalDate.of(first, 1, 1), LocalDate.of(endYear(first, m.group("y2")), 12, 31));
    }
  },
  /** 1933. */
  BARE_YEAR("(?<y>" + YEAR + ")") {
    @Override
    DateMatch resolve(Matcher m) {
      int year = year(m, "y");
      return span(m, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
  };

  final DateProbe probe;

  DateForm(String regex) {
    this.probe = new DateProbe(regex);
  }

  /** The days the current match of {@link #probe} covers; throws DateTimeException for days that do not exist. */
  abstract DateMatch resolve(Matcher m);

  private static DateMatch span(Matcher m, LocalDate from, LocalDate to) {
    return new DateMatch(m.start(), m.end(), from, to);
  }

  private static int year(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static int day(Matcher m, String group) {
    return DateWords.day(m.group(group));
  }

  private static YearMonth yearMonth(Matcher m, String year, String month) {
    return YearMonth.of(year(m, year), DateWords.month(m.group(month)));
  }

  /**
   * The end year of "1932–34" or "1932–1934". A two-digit end that would fall before the start
   * ("1933-09") is not a range of years, so it yields year 0 and the span is dropped as implausible.
   */
  private static int endYear(int first, String end) {
    if (end.length() == 4) return Integer.parseInt(end);
    int year = first / 100 * 100 + Integer.parseInt(end);
    return year > first ? year : 0;
  }
}
