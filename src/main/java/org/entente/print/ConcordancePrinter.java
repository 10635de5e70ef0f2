package org.entente.print;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.search.Concordance;
import org.entente.search.ConcordanceLine;

/**
 * Renders concordance lines for a person at a terminal: the matches in one column, the context right-
 * and left-aligned to it, then the article and section; or as one JSON document for scripts.
 */
public final class ConcordancePrinter {
  private final PrintStream out;
  private final Style style;

  public ConcordancePrinter(PrintStream out, Style style) {
    this.out = out;
    this.style = style;
  }

  /** Every line puts its match at column {@code width} (counting from 0), whatever its left context. */
  public void print(Concordance.Result result, int width) {
    int longest = result.lines().stream().mapToInt(l -> l.match().length()).max().orElse(0);
    for (ConcordanceLine line : result.lines()) {
      String right = line.right() + " ".repeat(Math.max(0, width + longest - line.match().length() - line.right().length()));
      out.println(" ".repeat(Math.max(0, width - line.left().length())) + line.left()
          + match(line.match()) + right + "  " + style.title(line.title())
          + style.dim(" § " + line.sectionPath()));
    }
  }

  /** Colour marks the match on a terminal; without it the column does, so no markers shift the text. */
  private String match(String m) {
    return style.colour() ? style.matchOpen() + m + style.matchClose() : m;
  }

  /** The one-line tally for stderr. */
  public static String summary(Concordance.Result result) {
    return String.format(Locale.ROOT, "%d occurrence%s in %d article%s for %s (showing %d, %.1f ms)",
        result.occurrences(), result.occurrences() == 1 ? "" : "s", result.articles(),
        result.articles() == 1 ? "" : "s", quoted(result.query()), result.lines().size(), result.millis());
  }

  /** The query in quotes, unless it is one quoted phrase already. */
  private static String quoted(String query) {
    return query.startsWith("\"") && query.endsWith("\"") ? query : "\"" + query + "\"";
  }

  /** The JSON document: the counts, then each line with its article, section, context and offsets. */
  public static Map<String, Object> json(Concordance.Result result) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("query", result.query());
    doc.put("occurrences", result.occurrences());
    doc.put("articles", result.articles());
    doc.put("showing", result.lines().size());
    doc.put("millis", Math.round(result.millis() * 10) / 10.0);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ConcordanceLine l : result.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", l.title());
      m.put("file", l.file());
      m.put("section", l.sectionPath());
      m.put("section_index", l.section());
      if (l.date() != null) m.put("date", l.date().toString());
      m.put("left", l.left());
      m.put("match", l.match());
      m.put("right", l.right());
      m.put("start", l.start());
      m.put("end", l.end());
      lines.add(m);
    }
    doc.put("lines", lines);
    return doc;
  }
}
