package org.entente.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.entente.index.Schema;

/**
 * Facet counts of one dimension over the articles a query matches, from their ordinals in the
 * dimension's field. An article names dozens of values of some dimensions (people, states, years), so
 * counting costs per matching article; the counts over every article are kept, and a query matching
 * most articles is counted by subtracting the few it does not match: a word found everywhere costs
 * what a rare one does.
 */
final class FacetTally {
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final OrdinalMap ordinals;
  private int[] everyArticle;
  private int articleCount;

  FacetTally(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
    this.searcher = searcher;
    this.state = state;
    SortedSetDocValues values = state.getDocValues();
    this.ordinals = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
  }

  /** The documents a query matches, segment by segment (null where none), and how many there are. */
  record Matches(DocIdSet[] perLeaf, long total) {}

  /** The matches a {@link FacetsCollector} gathered alongside the top hits. */
  static Matches of(IndexSearcher searcher, FacetsCollector collector) {
    DocIdSet[] perLeaf = new DocIdSet[searcher.getIndexReader().leaves().size()];
    long total = 0;
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      perLeaf[m.context.ord] = m.bits;
      total += m.totalHits;
    }
    return new Matches(perLeaf, total);
  }

  /** Counts by global ordinal of the matching articles. */
  int[] count(Matches matches) throws IOException {
    int[] all = everyArticle();
    boolean mostArticles = matches.total() * 2 > articleCount;
    int[] counts = mostArticles ? all.clone() : new int[state.getSize()];
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      DocIdSet matched = matches.perLeaf()[leaf.ord];
      DocIdSetIterator docs = matched == null ? null : matched.iterator();
      if (mostArticles) {
        add(leaf, unmatchedArticles(leaf, docs), leaf.reader().getLiveDocs(), counts, -1);
      } else if (docs != null) {
        add(leaf, docs, null, counts, 1);
      }
    }
    return counts;
  }

  /** The articles of a segment a query did not match, deleted ones included. */
  private static DocIdSetIterator unmatchedArticles(LeafReaderContext leaf, DocIdSetIterator matched) throws IOException {
    BitSet parents = Schema.parents().getBitSet(leaf);
    if (parents == null) return DocIdSetIterator.empty();
    FixedBitSet rest = new FixedBitSet(leaf.reader().maxDoc());
    rest.or(new BitSetIterator(parents, parents.approximateCardinality()));
    if (matched != null) rest.andNot(matched);
    return new BitSetIterator(rest, rest.cardinality());
  }

  /** The counts over every live article, computed on first use and kept for the reader's life. */
  private synchronized int[] everyArticle() throws IOException {
    if (everyArticle == null) {
      int[] counts = new int[state.getSize()];
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        add(leaf, null, leaf.reader().getLiveDocs(), counts, 1);
      }
      articleCount = searcher.count(Schema.articles());
      everyArticle = counts;
    }
    return everyArticle;
  }

  /**
   * Adds {@code sign} to the count of every ordinal of every document of {@code docs} (null: every
   * document with values) that {@code live} keeps (null: all).
   */
  private void add(LeafReaderContext leaf, DocIdSetIterator docs, Bits live, int[] counts, int sign)
      throws IOException {
    SortedSetDocValues values = leaf.reader().getSortedSetDocValues(state.getField());
    if (values == null) return;
    // Counted by the segment's own ordinals, mapped to global ones once per segment, not once per value.
    int[] local = ordinals == null ? counts : new int[(int) values.getValueCount()];
    DocIdSetIterator it = docs == null ? values : docs;
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (live != null && !live.get(doc)) continue;
      if (it != values && !values.advanceExact(doc)) continue;
      for (int i = values.docValueCount(); i > 0; i--) local[(int) values.nextOrd()] += sign;
    }
    if (local == counts) return;
    LongValues global = ordinals.getGlobalOrds(leaf.ord);
    for (int ord = 0; ord < local.length; ord++) {
      if (local[ord] != 0) counts[(int) global.get(ord)] += local[ord];
    }
  }

  /** The {@code n} values of {@code dim} counted most often: most first, equal counts in label order. */
  List<SearchResult.FacetCount> top(int[] counts, String dim, int n) throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    List<SearchResult.FacetCount> out = new ArrayList<>();
    if (range == null) return out;
    PriorityQueue<Integer> best = new PriorityQueue<>((a, b) ->
        counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] <= 0) continue;
      best.add(ord);
      if (best.size() > n) best.poll();
    }
    SortedSetDocValues labels = state.getDocValues();
    while (!best.isEmpty()) {
      int ord = best.poll();
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      out.add(0, new SearchResult.FacetCount(path[path.length - 1], counts[ord]));
    }
    return out;
  }
}
