package org.entente.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.search.SearchRequest;
import picocli.CommandLine.Option;

/**
 * The options that narrow a search to some articles ({@code --from}, {@code --to}, {@code --filter}),
 * defined once for every command that searches ({@code search}, {@code kwic}, {@code timeline}).
 */
public final class SearchFilters {
  @Option(names = "--from", paramLabel = "DATE", description = "only articles with a date on or after DATE (1933, 1933-09, 1933-09-02)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "only articles with a date on or before DATE (1933, 1933-09, 1933-09-02)")
  String to;

  @Option(names = "--filter", paramLabel = "DIM=VALUE",
      description = "only articles with VALUE in facet DIM, e.g. person=\"Maxim Litvinov\" (repeatable)")
  List<String> filters = new ArrayList<>();

  /** The request for {@code query}, narrowed by these options. */
  public SearchRequest request(String query, int limit, SearchRequest.Order order) {
    LocalDate[] range = dates();
    return new SearchRequest(query, limit, range[0], range[1], SearchRequest.DateKindFilter.ANY, order,
        filters(), List.of());
  }

  /** The {@code --filter} options as request filters; a value may itself hold '='. */
  public List<SearchRequest.Filter> filters() {
    List<SearchRequest.Filter> parsed = new ArrayList<>();
    for (String f : filters) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new IllegalArgumentException("--filter wants DIM=VALUE (e.g. person=Maxim Litvinov), not '" + f + "'");
      }
      parsed.add(new SearchRequest.Filter(f.substring(0, eq).strip(), f.substring(eq + 1).strip()));
    }
    return parsed;
  }

  // TODO(dates): replace with search.DateRange.parse(from, to) once it lands; it has the same rules
  // (a bound covers its whole year or month) and one-line messages, so the swap is one line.
  private LocalDate[] dates() {
    LocalDate f = from == null ? null : bound(from, "--from", true);
    LocalDate t = to == null ? null : bound(to, "--to", false);
    if (f != null && t != null && f.isAfter(t)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    return new LocalDate[] {f, t};
  }

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private static LocalDate bound(String arg, String option, boolean first) {
    Matcher m = DATE.matcher(arg.strip());
    try {
      if (!m.matches()) throw new DateTimeException(arg);
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) return first ? month.atDay(1) : month.atEndOfMonth();
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid date '" + arg.replaceAll("\\p{Cntrl}", "?") + "' for " + option
          + ": expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1933, 1933-09, 1933-09-02)");
    }
  }
}
