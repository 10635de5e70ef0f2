package org.entente.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entente.index.ArticleDocuments;

/**
 * A query as a historian typed it, with the articles judged for it: title key → grade, 0 (not
 * relevant) to 3 (the article the query is about). Titles compare by {@link #key}, so "Treaty of Sèvres"
 * in the judgments matches "Treaty of Sevres" or "Treaty_of_Sèvres" in the index.
 */
public record JudgedQuery(String id, String text, Map<String, Integer> grades) {
  public JudgedQuery {
    grades = Map.copyOf(grades);
  }

  /** How titles are compared: the index's exact-title key (case, accents, underscores folded). */
  public static String key(String title) {
    return ArticleDocuments.titleKey(title);
  }

  /** The grade of an article, 0 when it was not judged. */
  public int grade(String title) {
    return grades.getOrDefault(key(title), 0);
  }

  /** The judged grades, best first: the ideal ranking nDCG divides by. */
  public List<Integer> idealGrades() {
    return grades.values().stream().sorted(Comparator.reverseOrder()).toList();
  }
}
