package org.entente.print;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.eval.Evaluation;
import org.entente.eval.JudgedQuery;
import org.entente.eval.Scores;

/**
 * Renders an evaluation: one line per query and a mean line, engine and baseline side by side with
 * the gain in nDCG@10, for people; or one JSON document for scripts. With {@code details}, each
 * query's ranking follows its line, every title marked with its grade ("-" when not judged).
 */
public final class EvalPrinter {
  private static final int QUERY_WIDTH = 34;

  private final PrintStream out;
  private final Style style;

  public EvalPrinter(PrintStream out, Style style) {
    this.out = out;
    this.style = style;
  }

  public void print(Evaluation.Report report, boolean details) {
    boolean base = report.hasBaseline();
    out.println(style.title(base
        ? String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %7s %7s %7s   %5s %5s   %5s %5s",
            "qid", "query", "nDCG@10", "base", "gain", "MRR", "base", "P@5", "base")
        : String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %7s   %5s   %5s", "qid", "query", "nDCG@10", "MRR", "P@5")));
    for (Evaluation.Row row : report.rows()) {
      out.println(line(row.query().id(), row.query().text(), row.engine(), row.baseline()));
      if (details) {
        ranking("engine", row.top(), row.query());
        if (base) ranking("base", row.baselineTop(), row.query());
      }
    }
    out.println(style.title(line("mean", "(" + report.rows().size() + " queries)", report.engine(), report.baseline())));
    if (!report.missing().isEmpty()) {
      out.println(style.dim("judged relevant but not in the index (" + report.missing().size() + "): "
          + String.join("; ", report.missing())));
    }
  }

  private static String line(String id, String query, Scores engine, Scores base) {
    String q = query.length() > QUERY_WIDTH ? query.substring(0, QUERY_WIDTH - 1) + "…" : query;
    if (base == null) {
      return String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %7.3f   %5.3f   %5.3f", id, q,
          engine.ndcg10(), engine.mrr(), engine.p5());
    }
    return String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %7.3f %7.3f %+7.3f   %5.3f %5.3f   %5.3f %5.3f",
        id, q, engine.ndcg10(), base.ndcg10(), engine.ndcg10() - base.ndcg10(), engine.mrr(), base.mrr(),
        engine.p5(), base.p5());
  }

  private void ranking(String label, List<String> titles, JudgedQuery query) {
    StringBuilder sb = new StringBuilder("     ").append(label).append(':');
    for (int i = 0; i < titles.size(); i++) {
      int grade = query.grades().getOrDefault(JudgedQuery.key(titles.get(i)), -1);
      sb.append(i == 0 ? " " : " | ").append(grade < 0 ? "-" : grade).append(' ').append(titles.get(i));
    }
    out.println(style.dim(sb.toString()));
  }

  /** The same report as one JSON document: per-query scores and rankings, and the means. */
  public static Map<String, Object> json(Evaluation.Report report) {
    Map<String, Object> doc = new LinkedHashMap<>();
    List<Map<String, Object>> queries = new ArrayList<>();
    for (Evaluation.Row row : report.rows()) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("id", row.query().id());
      q.put("query", row.query().text());
      q.put("engine", scores(row.engine()));
      q.put("ranking", row.top());
      if (row.baseline() != null) {
        q.put("baseline", scores(row.baseline()));
        q.put("baseline_ranking", row.baselineTop());
      }
      queries.add(q);
    }
    doc.put("queries", queries);
    Map<String, Object> mean = new LinkedHashMap<>();
    mean.put("engine", scores(report.engine()));
    if (report.hasBaseline()) {
      mean.put("baseline", scores(report.baseline()));
      mean.put("ndcg@10_gain", round(report.engine().ndcg10() - report.baseline().ndcg10()));
    }
    doc.put("mean", mean);
    doc.put("missing", List.copyOf(report.missing()));
    return doc;
  }

  private static Map<String, Object> scores(Scores s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ndcg@10", round(s.ndcg10()));
    m.put("mrr", round(s.mrr()));
    m.put("p@5", round(s.p5()));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  /** Convenience for the CLI: print the JSON document. */
  public static void printJson(PrintStream out, Evaluation.Report report) throws IOException {
    new JsonPrinter(out).print(json(report));
  }
}
