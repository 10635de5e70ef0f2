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
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.entente.index.Schema;

/**
 * Facet counts of one dimension over the articles a query matches. An article names dozens of values of
 * some dimensions (people, states, years), so counting costs per matching article; the counts over every
 * article are kept, and a query matching most articles is counted by subtracting the few it does not
 * match: a word found everywhere costs what a rare one does.
 *
 * <p>The dimension's ordinals are read from doc values once and kept as global ordinals per document:
 * decoding doc values costs about as much per document as counting two dozen values, and a count
 * would otherwise pay it again for every dimension and every query.
 */
final class FacetTally {
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private Segment[] segments;
  private int[] everyArticle;
  private int articleCount;

  FacetTally(IndexSearcher searcher, SortedSetDocValuesReaderState state) {
    this.searcher = searcher;
    this.state = state;
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

  /**
   * One segment's values of the dimension as global ordinals: those of document {@code d} are
   * {@code ords[starts[d]]} up to, not including, {@code ords[starts[d + 1]]}.
   */
  private record Segment(int[] starts, int[] ords) {
    /** Reads the segment's values, adding those of its live documents to {@code counts}. */
    static Segment read(LeafReaderContext leaf, SortedSetDocValuesReaderState state, int[] counts) throws IOException {
      int[] starts = new int[leaf.reader().maxDoc() + 1];
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(state.getField());
      if (values == null) return new Segment(starts, new int[0]);
      int[] global = globalOrdinals(leaf, state, values);
      Bits live = leaf.reader().getLiveDocs();
      int[] ords = new int[64];
      int n = 0;
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        int count = values.docValueCount();
        ords = ArrayUtil.grow(ords, n + count);
        boolean counted = live == null || live.get(doc);
        for (int i = 0; i < count; i++) {
          int ord = global[(int) values.nextOrd()];
          ords[n++] = ord;
          if (counted) counts[ord]++;
        }
        starts[doc + 1] = count;
      }
      for (int d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
      return new Segment(starts, ArrayUtil.copyOfSubArray(ords, 0, n));
    }

    /** The global ordinal of each of the segment's, as a table: cheaper per value than the ordinal map. */
    private static int[] globalOrdinals(LeafReaderContext leaf, SortedSetDocValuesReaderState state,
        SortedSetDocValues values) throws IOException {
      int[] global = new int[(int) values.getValueCount()];
      LongValues mapping = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
          ? multi.mapping.getGlobalOrds(leaf.ord) : LongValues.IDENTITY;
      for (int ord = 0; ord < global.length; ord++) global[ord] = (int) mapping.get(ord);
      return global;
    }

    /** Adds {@code sign} to the count of every value of every document of {@code docs} that {@code live} keeps. */
    void add(DocIdSetIterator docs, Bits live, int[] counts, int sign) throws IOException {
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) counts[ords[i]] += sign;
      }
    }
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
        segments[leaf.ord].add(unmatchedArticles(leaf, docs), leaf.reader().getLiveDocs(), counts, -1);
      } else if (docs != null) {
        segments[leaf.ord].add(docs, null, counts, 1);
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

  /** The counts over every live article, and the ordinals: read on first use, kept for the reader's life. */
  private synchronized int[] everyArticle() throws IOException {
    if (everyArticle == null) {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      Segment[] read = new Segment[leaves.size()];
      int[] counts = new int[state.getSize()];
      for (LeafReaderContext leaf : leaves) read[leaf.ord] = Segment.read(leaf, state, counts);
      articleCount = searcher.count(Schema.articles());
      segments = read;
      everyArticle = counts;
    }
    return everyArticle;
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
