package org.entente.index;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.entente.enrich.EntityType;

/**
 * BM25 tuned per field for this corpus, used by the index writer and every searcher alike. Titles and
 * headings are a few words: their length says little about relevance, so it barely counts (low b),
 * and one occurrence is nearly all the evidence there is (low k1). Entity fields list each name once
 * per article, so they are matched, not counted. Bodies, leads and infoboxes keep BM25's defaults.
 * BM25's norms do not depend on k1 or b, so these can change without rebuilding the index.
 */
public final class FieldSimilarity extends PerFieldSimilarityWrapper {
  private static final Similarity SHORT = new BM25Similarity(0.9f, 0.3f);
  private static final Similarity NAMES = new BM25Similarity(0.6f, 0.2f);
  private static final Similarity TEXT = new BM25Similarity();

  private static final Set<String> ENTITY_FIELDS =
      Arrays.stream(EntityType.values()).map(Schema::entityField).collect(Collectors.toUnmodifiableSet());

  @Override
  public Similarity get(String field) {
    if (ENTITY_FIELDS.contains(field)) return NAMES;
    return switch (field) {
      case Schema.TITLE, Schema.HEADINGS, Schema.HEADING, Schema.CATEGORY -> SHORT;
      default -> TEXT;
    };
  }
}
