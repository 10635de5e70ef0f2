package org.entente.search;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.entente.index.Schema;

/**
 * How often the query's sections speak of each year or month: the sections that hold the words (in the
 * articles the dates and filters select), counted by the dates they mention, every period in between
 * included so that the gaps show.
 */
public final class Timeline {
  /** The period a bar stands for. */
  public enum By { YEAR, MONTH }

  /** One bar: a year ("1933") or month ("1933-09") and the sections mentioning it. */
  public record Period(String label, long sections) {}

  public record Result(String query, By by, List<Period> periods, double millis) {
    public long max() {
      return periods.stream().mapToLong(Period::sections).max().orElse(0);
    }
  }

  private final Searcher searcher;
  private final QuerySyntax syntax = new QuerySyntax();

  public Timeline(Searcher searcher) {
    this.searcher = searcher;
  }

  public Result count(SearchRequest request, By by) throws IOException, QuerySyntaxException {
    long start = System.nanoTime();
    QuerySyntax.Parsed parsed = request.query().isEmpty() ? null : syntax.parse(request.query());
    String dim = by == By.YEAR ? Schema.YEAR : Schema.MONTH;
    TreeMap<String, Long> found = new TreeMap<>();
    for (SearchResult.FacetCount c : searcher.facets().countSections(searcher.sectionQuery(request, parsed), dim)) {
      if (inRange(c.value(), by, request.dates())) found.put(c.value(), c.count());
    }
    return new Result(request.query(), by, fill(found, by), (System.nanoTime() - start) / 1e6);
  }

  private static boolean inRange(String label, By by, DateRange range) {
    if (by == By.YEAR) {
      int y = Integer.parseInt(label);
      return y >= range.from().getYear() && y <= range.to().getYear();
    }
    YearMonth m = YearMonth.parse(label);
    return !m.isBefore(YearMonth.from(range.from())) && !m.isAfter(YearMonth.from(range.to()));
  }

  /** Every period from the first to the last found, zero where nothing was. */
  private static List<Period> fill(TreeMap<String, Long> found, By by) {
    List<Period> out = new ArrayList<>();
    if (found.isEmpty()) return out;
    if (by == By.YEAR) {
      for (int y = Integer.parseInt(found.firstKey()); y <= Integer.parseInt(found.lastKey()); y++) {
        out.add(new Period(Integer.toString(y), found.getOrDefault(Integer.toString(y), 0L)));
      }
    } else {
      YearMonth last = YearMonth.parse(found.lastKey());
      for (YearMonth m = YearMonth.parse(found.firstKey()); !m.isAfter(last); m = m.plusMonths(1)) {
        out.add(new Period(m.toString(), found.getOrDefault(m.toString(), 0L)));
      }
    }
    return out;
  }
}
