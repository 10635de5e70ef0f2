package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentsTest {
  @Test
  void theSharedJudgmentsHoldThirtyQueriesWithGradedTitles() throws Exception {
    Path eval = SharedData.shared("eval");
    List<JudgedQuery> queries = Judgments.load(eval.resolve("queries.tsv"), eval.resolve("qrels.tsv"));
    assertEquals(30, queries.size());
    JudgedQuery first = queries.get(0);
    assertEquals("q01", first.id());
    assertEquals("Litvinoff", first.text());
    assertEquals(3, first.grade("Maxim Litvinov"));
    assertEquals(0, first.grade("Treaty of Versailles"));
    JudgedQuery sevres = queries.stream().filter(q -> q.text().equals("treaty of Sevres")).findFirst().orElseThrow();
    assertEquals(3, sevres.grade("Treaty of Sevres"), "accents fold: the qrels say Sèvres");
  }

  @Test
  void aGradeOutsideZeroToThreeNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Path queries = Files.writeString(dir.resolve("queries.tsv"), "qid\tquery\nq1\tDanzig\n");
    Path qrels = Files.writeString(dir.resolve("qrels.tsv"), "q1\tFree City of Danzig\t3\nq1\tJózef Beck\t5\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Judgments.load(queries, qrels));
    assertTrue(e.getMessage().endsWith("qrels.tsv:2: grade 5 is outside 0–3"), e.getMessage());
  }

  @Test
  void judgmentsForAnUnknownQueryAreRefused(@TempDir Path dir) throws Exception {
    Path queries = Files.writeString(dir.resolve("queries.tsv"), "q1\tDanzig\n");
    Path qrels = Files.writeString(dir.resolve("qrels.tsv"), "q2\tFree City of Danzig\t3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Judgments.load(queries, qrels));
    assertTrue(e.getMessage().contains("query id 'q2' is not in the queries file"), e.getMessage());
  }

  @Test
  void aQueryWithoutJudgmentsIsKeptAndScoresZero(@TempDir Path dir) throws Exception {
    Path queries = Files.writeString(dir.resolve("queries.tsv"), "q1\tDanzig\n# a comment\n\nq2\tMemel\n");
    Path qrels = Files.writeString(dir.resolve("qrels.tsv"), "q1\tFree City of Danzig\t3\n");
    List<JudgedQuery> judged = Judgments.load(queries, qrels);
    assertEquals(List.of("q1", "q2"), judged.stream().map(JudgedQuery::id).toList());
    assertEquals(0, Scores.of(List.of("Memel"), judged.get(1)).ndcg10());
  }
}
