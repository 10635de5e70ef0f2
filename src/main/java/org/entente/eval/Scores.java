package org.entente.eval;

import java.util.List;

/**
 * How good one ranking is for one judged query, or the mean over many: nDCG@10 with graded gains
 * (2^grade − 1, log2 discount, the ideal ranking built from every judged article of the query), the
 * reciprocal rank of the first relevant article (grade ≥ 1) in the top 10, and the share of relevant
 * articles in the top 5.
 */
public record Scores(double ndcg10, double mrr, double p5) {
  public static final int DEPTH = 10;
  private static final int P_DEPTH = 5;

  /** The scores of {@code ranking} (article titles, best first) against the judgments of {@code query}. */
  public static Scores of(List<String> ranking, JudgedQuery query) {
    double dcg = 0;
    double reciprocal = 0;
    int relevantInFive = 0;
    for (int i = 0; i < Math.min(DEPTH, ranking.size()); i++) {
      int grade = query.grade(ranking.get(i));
      dcg += gain(grade) / log2(i + 2);
      if (grade >= 1 && reciprocal == 0) reciprocal = 1.0 / (i + 1);
      if (grade >= 1 && i < P_DEPTH) relevantInFive++;
    }
    double ideal = 0;
    List<Integer> best = query.idealGrades();
    for (int i = 0; i < Math.min(DEPTH, best.size()); i++) ideal += gain(best.get(i)) / log2(i + 2);
    return new Scores(ideal == 0 ? 0 : dcg / ideal, reciprocal, relevantInFive / (double) P_DEPTH);
  }

  /** The mean of each measure; all zero for no scores. */
  public static Scores mean(List<Scores> all) {
    if (all.isEmpty()) return new Scores(0, 0, 0);
    double n = 0, m = 0, p = 0;
    for (Scores s : all) {
      n += s.ndcg10;
      m += s.mrr;
      p += s.p5;
    }
    return new Scores(n / all.size(), m / all.size(), p / all.size());
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
