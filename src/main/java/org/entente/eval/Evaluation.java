package org.entente.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.entente.index.Schema;
import org.entente.search.QuerySyntaxException;

/**
 * Runs judged queries through an engine, and optionally through a baseline, and scores both rankings
 * of each query: the per-query rows and the means a ranking change is judged by.
 */
public final class Evaluation {
  /** One query's rankings and scores; {@code baseline} and {@code baselineTop} are null without a baseline. */
  public record Row(JudgedQuery query, List<String> top, Scores engine, List<String> baselineTop, Scores baseline) {}

  /** Every row, the mean scores, and the judged titles that are not in the index (they cap every score). */
  public record Report(List<Row> rows, Scores engine, Scores baseline, Set<String> missing) {
    public boolean hasBaseline() {
      return baseline != null;
    }
  }

  private final Engine engine;
  private final Engine baseline;
  private final Set<String> indexedTitles;

  /**
   * {@code baseline} may be null; {@code indexedTitles} (keys as {@link JudgedQuery#key}) lets the
   * report name judged articles the index lacks, and may be empty to skip that check.
   */
  public Evaluation(Engine engine, Engine baseline, Set<String> indexedTitles) {
    this.engine = engine;
    this.baseline = baseline;
    this.indexedTitles = Set.copyOf(indexedTitles);
  }

  public Report run(List<JudgedQuery> queries) throws IOException, QuerySyntaxException {
    List<Row> rows = new ArrayList<>();
    for (JudgedQuery q : queries) {
      List<String> top = engine.rank(q.text(), Scores.DEPTH);
      List<String> baseTop = baseline == null ? null : baseline.rank(q.text(), Scores.DEPTH);
      rows.add(new Row(q, top, Scores.of(top, q), baseTop, baseTop == null ? null : Scores.of(baseTop, q)));
    }
    Scores engineMean = Scores.mean(rows.stream().map(Row::engine).toList());
    Scores baseMean = baseline == null ? null : Scores.mean(rows.stream().map(Row::baseline).toList());
    return new Report(rows, engineMean, baseMean, missing(queries));
  }

  /** The title keys of every article in the index, to tell judged articles the corpus lacks. */
  public static Set<String> indexedTitles(IndexSearcher searcher) throws IOException {
    Set<String> keys = new HashSet<>();
    int n = Math.max(1, searcher.count(Schema.articles()));
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(Schema.articles(), n).scoreDocs) {
      keys.add(JudgedQuery.key(stored.document(sd.doc, Set.of(Schema.TITLE)).get(Schema.TITLE)));
    }
    return keys;
  }

  private Set<String> missing(List<JudgedQuery> queries) {
    Set<String> missing = new TreeSet<>();
    if (indexedTitles.isEmpty()) return missing;
    for (JudgedQuery q : queries) {
      q.grades().forEach((key, grade) -> {
        if (grade > 0 && !indexedTitles.contains(key)) missing.add(key);
      });
    }
    return missing;
  }
}
