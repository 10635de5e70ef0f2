package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoresTest {
  private static final JudgedQuery LITVINOV = new JudgedQuery("q01", "Litvinoff", Map.of(
      JudgedQuery.key("Maxim Litvinov"), 3, JudgedQuery.key("Litvinov Protocol"), 2,
      JudgedQuery.key("Anschluss"), 1, JudgedQuery.key("Treaty of Versailles"), 0));

  @Test
  void theIdealRankingScoresOne() {
    Scores s = Scores.of(List.of("Maxim Litvinov", "Litvinov Protocol", "Anschluss"), LITVINOV);
    assertEquals(1.0, s.ndcg10(), 1e-9);
    assertEquals(1.0, s.mrr(), 1e-9);
    assertEquals(3 / 5.0, s.p5(), 1e-9);
  }

  @Test
  void gainsAreTwoToTheGradeMinusOneWithALogDiscount() {
    // DCG = 1/log2(2) + 7/log2(3); ideal = 7 + 3/log2(3) + 1/2
    Scores s = Scores.of(List.of("Anschluss", "Maxim Litvinov"), LITVINOV);
    double ideal = 7 + 3 / log2(3) + 1 / 2.0;
    assertEquals((1 + 7 / log2(3)) / ideal, s.ndcg10(), 1e-9);
  }

  @Test
  void gradeZeroAndUnjudgedArticlesAreNotRelevant() {
    Scores s = Scores.of(List.of("Treaty of Versailles", "Locarno Treaties", "Litvinov Protocol"), LITVINOV);
    assertEquals(1 / 3.0, s.mrr(), 1e-9);
    assertEquals(1 / 5.0, s.p5(), 1e-9);
  }

  @Test
  void titlesMatchWhateverTheirAccentsCaseOrUnderscores() {
    JudgedQuery sevres = new JudgedQuery("q28", "treaty of Sevres", Map.of(JudgedQuery.key("Treaty of Sèvres"), 3));
    assertEquals(1.0, Scores.of(List.of("Treaty_of_Sevres"), sevres).ndcg10(), 1e-9);
  }

  @Test
  void onlyTheTopTenCount() {
    List<String> ranking = new java.util.ArrayList<>(java.util.Collections.nCopies(10, "Locarno Treaties"));
    ranking.add("Maxim Litvinov");
    Scores s = Scores.of(ranking, LITVINOV);
    assertEquals(0, s.ndcg10());
    assertEquals(0, s.mrr());
  }

  @Test
  void theMeanIsPerMeasure() {
    Scores mean = Scores.mean(List.of(new Scores(1, 1, 0.4), new Scores(0.5, 0, 0.2)));
    assertEquals(new Scores(0.75, 0.5, 0.30000000000000004), mean);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
