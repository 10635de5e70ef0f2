package org.entente.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads judged queries from two TSV files, as TREC keeps them: queries ({@code qid<TAB>query}) and
 * relevance judgments, the qrels ({@code qid<TAB>title<TAB>grade}, grade 0–3). A first line starting
 * with {@code qid} is a header; blank lines and lines starting with {@code #} are skipped.
 */
public final class Judgments {
  private Judgments() {}

  /** The queries of {@code queries} in file order, each with its judgments from {@code qrels}. */
  public static List<JudgedQuery> load(Path queries, Path qrels) throws IOException {
    Map<String, String> texts = readQueries(queries);
    Map<String, Map<String, Integer>> grades = readQrels(qrels, texts);
    List<JudgedQuery> judged = new ArrayList<>();
    for (Map.Entry<String, String> q : texts.entrySet()) {
      judged.add(new JudgedQuery(q.getKey(), q.getValue(), grades.getOrDefault(q.getKey(), Map.of())));
    }
    return judged;
  }

  private static Map<String, String> readQueries(Path file) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Row row : rows(file, 2)) {
      if (texts.put(row.cells[0], row.cells[1]) != null) {
        throw row.error("query id '" + row.cells[0] + "' appears twice");
      }
    }
    if (texts.isEmpty()) throw new IllegalArgumentException(file + ": no queries (expected lines qid<TAB>query)");
    return texts;
  }

  private static Map<String, Map<String, Integer>> readQrels(Path file, Map<String, String> queries)
      throws IOException {
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    for (Row row : rows(file, 3)) {
      String qid = row.cells[0];
      if (!queries.containsKey(qid)) throw row.error("query id '" + qid + "' is not in the queries file");
      int grade;
      try {
        grade = Integer.parseInt(row.cells[2].strip());
      } catch (NumberFormatException e) {
        throw row.error("grade '" + row.cells[2] + "' is not a number 0–3");
      }
      if (grade < 0 || grade > 3) throw row.error("grade " + grade + " is outside 0–3");
      grades.computeIfAbsent(qid, k -> new HashMap<>()).put(JudgedQuery.key(row.cells[1]), grade);
    }
    return grades;
  }

  /** One data line, split on tabs, and where it came from for messages. */
  private record Row(Path file, int line, String[] cells) {
    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(file + ":" + line + ": " + message);
    }
  }

  private static List<Row> rows(Path file, int columns) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("qid"))) continue;
      String[] cells = line.split("\t", -1);
      if (cells.length < columns) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + columns
            + " tab-separated columns, found " + cells.length);
      }
      for (int c = 0; c < cells.length; c++) cells[c] = cells[c].strip();
      rows.add(new Row(file, i + 1, cells));
    }
    return rows;
  }
}
