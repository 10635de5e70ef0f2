package org.entente.print;

import java.io.PrintStream;
import java.util.Locale;
import org.entente.search.Timeline;

/** Draws a timeline as horizontal bars, one line per year or month, scaled to the terminal's width. */
public final class TimelinePrinter {
  private static final int DEFAULT_WIDTH = 80;
  private static final String FULL = "█";
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

  private final PrintStream out;
  private final Style style;

  public TimelinePrinter(PrintStream out, Style style) {
    this.out = out;
    this.style = style;
  }

  public void print(Timeline.Result result) {
    long max = result.max();
    int room = Math.max(10, columns() - 10 - 8);
    var periods = result.periods();
    for (int i = 0; i < periods.size(); i++) {
      int j = i;
      while (j < periods.size() && periods.get(j).sections() == 0) j++;
      if (j - i > MAX_EMPTY_RUN) {
        // A long stretch of nothing (a stray date decades away) folds into one line.
        out.println(style.dim(String.format(Locale.ROOT, "%-7s %6s %s", "  ⋮", "", periods.get(i).label() + " – "
            + periods.get(j - 1).label() + ": none")));
        i = j - 1;
        continue;
      }
      Timeline.Period p = periods.get(i);
      String bar = bar(p.sections(), max, room);
      out.println(String.format(Locale.ROOT, "%-7s %6d %s", p.label(), p.sections(), style.colour() ? style.title(bar) : bar));
    }
  }

  /** Longer runs of empty periods than this are folded into one line. */
  private static final int MAX_EMPTY_RUN = 3;

  public static String summary(Timeline.Result result) {
    long total = result.periods().stream().mapToLong(Timeline.Period::sections).sum();
    String what = result.query().isEmpty() ? "" : " for \"" + result.query() + "\"";
    return String.format(Locale.ROOT, "%d %s%s, %d section-date mentions (%.1f ms)", result.periods().size(),
        result.by() == Timeline.By.YEAR ? "years" : "months", what, total, result.millis());
  }

  /** Eighth-block characters give bars a resolution finer than one column. */
  static String bar(long value, long max, int width) {
    if (max == 0 || value == 0) return "";
    long eighths = Math.max(1, Math.round((double) value * width * 8 / max));
    return FULL.repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
  }

  private static int columns() {
    try {
      return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", String.valueOf(DEFAULT_WIDTH)));
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }
}
