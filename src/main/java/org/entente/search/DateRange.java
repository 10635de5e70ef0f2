package org.entente.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.enrich.DateExtractor;

/**
 * The days a search is limited to, from {@code --from} and {@code --to}. An open bound is the first
 * or last day the extractor can give ({@link DateExtractor#EARLIEST}, {@link DateExtractor#LATEST}),
 * so every range is closed and a date query needs no special case.
 */
public record DateRange(LocalDate from, LocalDate to) {
  /** Every day a date span can cover. */
  public static final DateRange ALL = new DateRange(DateExtractor.EARLIEST, DateExtractor.LATEST);

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final String ACCEPTED = "expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1933, 1933-09, 1933-09-02)";

  public DateRange {
    if (from.isAfter(to)) throw new IllegalArgumentException("range ends before it starts: " + from + " > " + to);
  }

  /**
   * The range from {@code fromArg} to {@code toArg}, each YYYY, YYYY-MM or YYYY-MM-DD, or null for
   * an open bound. A bound covers its whole year or month: {@code --from 1933} starts on 1933-01-01,
   * {@code --to 1933-02} ends on 1933-02-28.
   *
   * @throws IllegalArgumentException with a one-line message saying what is accepted
   */
  public static DateRange parse(String fromArg, String toArg) {
    LocalDate from = fromArg == null ? ALL.from : bound(fromArg, "--from", true);
    LocalDate to = toArg == null ? ALL.to : bound(toArg, "--to", false);
    if (from.isAfter(to)) throw new IllegalArgumentException("--from " + fromArg + " is after --to " + toArg);
    return new DateRange(from, to);
  }

  /** True when a span from..to shares at least one day with this range. */
  public boolean intersects(LocalDate spanFrom, LocalDate spanTo) {
    return !spanFrom.isAfter(to) && !spanTo.isBefore(from);
  }

  /** True when neither bound was given. */
  public boolean isAll() {
    return equals(ALL);
  }

  /** {@link #from} in epoch days, the unit of the index's date fields. */
  public long fromEpochDay() {
    return from.toEpochDay();
  }

  /** {@link #to} in epoch days, the unit of the index's date fields. */
  public long toEpochDay() {
    return to.toEpochDay();
  }

  private static LocalDate bound(String arg, String option, boolean first) {
    Matcher m = DATE.matcher(arg.strip());
    if (!m.matches()) throw invalid(arg, option);
    int year = Integer.parseInt(m.group(1));
    if (year < ALL.from.getYear() || year > ALL.to.getYear()) {
      throw new IllegalArgumentException("year " + m.group(1) + " for " + option + " is outside "
          + ALL.from.getYear() + "–" + ALL.to.getYear() + ", the years Entente indexes");
    }
    try {
      if (m.group(2) == null) return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) return first ? month.atDay(1) : month.atEndOfMonth();
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw invalid(arg, option);
    }
  }

  private static IllegalArgumentException invalid(String arg, String option) {
    // The argument is echoed inside the message, which must stay on one line whatever was typed.
    String shown = arg.replaceAll("\\p{Cntrl}", "?");
    return new IllegalArgumentException("invalid date '" + shown + "' for " + option + ": " + ACCEPTED);
  }
}
