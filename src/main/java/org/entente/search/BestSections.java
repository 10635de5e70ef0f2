package org.entente.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.entente.index.Schema;

/**
 * The section of each hit article that best shows the match: the best-scoring section that holds the
 * words and a date in the range; failing that, the best match in any section; failing that (a
 * title-only match), the first. Each article's sections are the documents just before it in its block,
 * so one pass of one scorer per segment walks the sections of every hit: the query's weight is built
 * once per search, not once per hit.
 */
final class BestSections {
  private BestSections() {}

  /**
   * The best section document of each article, in the order given; -1 for an article without sections.
   *
   * @param articleDocs the hit articles' documents
   * @param sectionCounts how many section documents precede each article in its block
   * @param words the section query of the words, or null when there are none
   * @param dates the date filter of the request, if it has one
   */
  static int[] of(IndexSearcher searcher, int[] articleDocs, int[] sectionCounts, Query words,
                  Optional<Query> dates) throws IOException {
    int[] best = new int[articleDocs.length];
    Arrays.fill(best, -1);
    List<Query> tries = new ArrayList<>();
    dates.ifPresent(d -> tries.add(inSections(words, d)));
    if (words != null) tries.add(inSections(words, null));
    for (Query q : tries) pick(searcher, q, articleDocs, sectionCounts, best);
    for (int i = 0; i < best.length; i++) {
      if (best[i] < 0 && sectionCounts[i] > 0) best[i] = articleDocs[i] - sectionCounts[i];
    }
    return best;
  }

  private static Query inSections(Query words, Query dates) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(Schema.proseSections(), Occur.FILTER);
    if (words != null) b.add(words, Occur.MUST);
    if (dates != null) b.add(dates, Occur.FILTER);
    return b.build();
  }

  /**
   * Fills {@code best} for the articles still without a section with their best match of {@code q}:
   * highest score, the first section on a tie (as a top-1 search would pick).
   */
  private static void pick(IndexSearcher searcher, Query q, int[] articleDocs, int[] sectionCounts, int[] best)
      throws IOException {
    Integer[] order = new Integer[articleDocs.length];
    int open = 0;
    for (int i = 0; i < articleDocs.length; i++) {
      if (best[i] < 0 && sectionCounts[i] > 0) order[open++] = i;
    }
    if (open == 0) return;
    order = Arrays.copyOf(order, open);
    // A scorer only moves forward: visit the articles in document order.
    Arrays.sort(order, (a, b) -> Integer.compare(articleDocs[a], articleDocs[b]));
    Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.TOP_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    Scorer scorer = null;
    Bits live = null;
    for (int i : order) {
      int leaf = ReaderUtil.subIndex(articleDocs[i], leaves);
      LeafReaderContext ctx = leaves.get(leaf);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        scorer = weight.scorer(ctx);
        live = ctx.reader().getLiveDocs();
      }
      if (scorer == null) continue;
      int end = articleDocs[i] - ctx.docBase;
      int start = end - sectionCounts[i];
      DocIdSetIterator it = scorer.iterator();
      int doc = it.docID() >= start ? it.docID() : it.advance(start);
      float top = Float.NEGATIVE_INFINITY;
      for (; doc < end; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        float score = scorer.score();
        if (score > top) {
          top = score;
          best[i] = ctx.docBase + doc;
        }
      }
      if (doc == DocIdSetIterator.NO_MORE_DOCS) scorer = null;
    }
  }
}
