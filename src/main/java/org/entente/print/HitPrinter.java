package org.entente.print;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.search.Hit;
import org.entente.search.SearchResult;

/** Renders search results for a person at a terminal: one block per article, matches marked. */
public final class HitPrinter {
  private final PrintStream out;
  private final Style style;
  private final Path corpus;

  /** {@code corpus} is where the index's file names live, so the printed paths can be opened. */
  public HitPrinter(PrintStream out, Style style, Path corpus) {
    this.out = out;
    this.style = style;
    this.corpus = corpus;
  }

  public void print(SearchResult result) {
    int rank = 0;
    for (Hit hit : result.hits()) {
      rank++;
      StringBuilder head = new StringBuilder();
      head.append(String.format(Locale.ROOT, "%2d. ", rank)).append(style.title(hit.title()));
      if (hit.mainDate() != null) head.append("  ").append(style.dim("(" + hit.mainDateKind() + " " + hit.mainDate() + ")"));
      out.println(head);
      out.println("    " + style.dim("§ " + hit.sectionPath()) + "  " + style.path(displayPath(hit.file())));
      String snippet = hit.snippet().marked(style.matchOpen(), style.matchClose());
      if (!snippet.isBlank()) out.println("    " + snippet);
      out.println();
    }
    printFacets(result.facets());
  }

  /** Facet counts as aligned columns, dimension by dimension. */
  public void printFacets(Map<String, List<SearchResult.FacetCount>> facets) {
    for (Map.Entry<String, List<SearchResult.FacetCount>> dim : facets.entrySet()) {
      out.println(style.title(dim.getKey()) + ":");
      for (SearchResult.FacetCount c : dim.getValue()) {
        out.println(String.format(Locale.ROOT, "  %5d  %s", c.count(), c.value()));
      }
      out.println();
    }
  }

  /** The one-line tally for stderr: how many articles matched and how long it took. */
  public static String summary(SearchResult result) {
    String what = result.query().isEmpty() ? "" : " for \"" + result.query() + "\"";
    String line = String.format(Locale.ROOT, "%d article%s%s (showing %d, %.1f ms)", result.total(),
        result.total() == 1 ? "" : "s", what, result.hits().size(), result.millis());
    return result.suggestion() == null ? line : line + "\ndid you mean: " + result.suggestion() + " ?";
  }

  private String displayPath(String file) {
    return displayPath(corpus.resolve(file));
  }

  /** A path as the user best reads it: relative to their folder when inside it, absolute otherwise. */
  public static String displayPath(Path p) {
    Path cwd = Terminal.current().cwd();
    Path abs = cwd.resolve(p).normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }
}
