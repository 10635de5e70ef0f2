package org.entente.print;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.search.SimilarArticles;

/** Renders the articles like a given one: the words that characterise it, then each neighbour with the words it shares. */
public final class SimilarPrinter {
  private final PrintStream out;
  private final Style style;

  public SimilarPrinter(PrintStream out, Style style) {
    this.out = out;
    this.style = style;
  }

  public void print(SimilarArticles.Result result) {
    out.println("Like " + style.title(result.title()) + ": "
        + style.dim(firstFew(result.terms().stream().map(SimilarArticles.KeyTerm::display).toList())));
    out.println();
    int rank = 0;
    for (SimilarArticles.Neighbour n : result.articles()) {
      rank++;
      StringBuilder head = new StringBuilder();
      head.append(String.format(Locale.ROOT, "%2d. ", rank)).append(style.title(n.title()));
      head.append(style.dim(String.format(Locale.ROOT, "  (%.2f)", n.score())));
      if (n.date() != null) head.append("  ").append(style.dim(n.date().toString()));
      out.println(head);
      out.println("    shares: " + firstFew(n.shared()));
    }
  }

  /** The one-line tally for stderr, saying which title was taken when the one given was not exact. */
  public static String summary(SimilarArticles.Result result) {
    String taken = result.exactTitle() ? "" : " (taking '" + result.title() + "' for '" + result.asked() + "')";
    return String.format(Locale.ROOT, "%d article%s like \"%s\"%s (%.1f ms)", result.articles().size(),
        result.articles().size() == 1 ? "" : "s", result.title(), taken, result.millis());
  }

  public static Map<String, Object> json(SimilarArticles.Result result) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("title", result.title());
    doc.put("file", result.file());
    doc.put("exact_title", result.exactTitle());
    doc.put("millis", Math.round(result.millis() * 10) / 10.0);
    List<Map<String, Object>> terms = new ArrayList<>();
    for (SimilarArticles.KeyTerm t : result.terms()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("field", t.field());
      m.put("term", t.term());
      m.put("word", t.word());
      m.put("weight", t.weight());
      terms.add(m);
    }
    doc.put("terms", terms);
    List<Map<String, Object>> articles = new ArrayList<>();
    for (SimilarArticles.Neighbour n : result.articles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", n.title());
      m.put("file", n.file());
      if (n.url() != null && !n.url().isEmpty()) m.put("url", n.url());
      m.put("score", n.score());
      if (n.date() != null) m.put("date", n.date().toString());
      m.put("shared", n.shared());
      articles.add(m);
    }
    doc.put("articles", articles);
    return doc;
  }

  /** A terminal line's worth of a long list; --json has them all. */
  private static String firstFew(java.util.List<String> items) {
    int shown = Math.min(SHOWN, items.size());
    String head = String.join(", ", items.subList(0, shown));
    return items.size() > shown ? head + ", … (+" + (items.size() - shown) + ")" : head;
  }

  private static final int SHOWN = 12;
}
