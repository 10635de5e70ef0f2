package org.entente.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.entente.enrich.EntityType;
import org.entente.index.Schema;

/**
 * Facet counts and drill-down over the article documents: how many matching articles name each person,
 * state, organisation, place, event, category, year and decade. Filtering on a dimension keeps that
 * dimension's own counts sideways-correct (as if it were not filtered), so the user sees the alternatives.
 */
final class Facets {
  /** The dimensions a user may count or filter on. */
  static final Set<String> DIMENSIONS = dimensions();
  private static final int TOP = 10;

  private final IndexSearcher searcher;
  private final DirectoryReader reader;
  private final FacetsConfig config = Schema.facetsConfig();
  /**
   * The facet ordinals of each index field, read on first use: a search that counts and filters nothing
   * never pays for them. Empty for a field without a single facet value.
   */
  private final Map<String, java.util.Optional<SortedSetDocValuesReaderState>> states = new java.util.HashMap<>();
  /** Counts of each article dimension, and the counts over all articles: made on first use. */
  private final Map<String, FacetTally> tallies = new java.util.HashMap<>();

  Facets(IndexSearcher searcher, DirectoryReader reader) {
    this.searcher = searcher;
    this.reader = reader;
  }

  /** The ordinals of one article dimension, or null when no article has a value of it. */
  private SortedSetDocValuesReaderState state(String dim) throws IOException {
    return state(Schema.facetField(dim), config);
  }

  private synchronized SortedSetDocValuesReaderState state(String field, FacetsConfig fieldConfig) throws IOException {
    java.util.Optional<SortedSetDocValuesReaderState> read = states.get(field);
    if (read == null) {
      try {
        read = java.util.Optional.of(new DefaultSortedSetDocValuesReaderState(reader, field, fieldConfig));
      } catch (IllegalArgumentException e) {
        read = java.util.Optional.empty();
      }
      states.put(field, read);
    }
    return read.orElse(null);
  }

  private static Set<String> dimensions() {
    Set<String> dims = new TreeSet<>();
    for (EntityType t : EntityType.values()) dims.add(Schema.facetDim(t));
    dims.add(Schema.CATEGORY);
    dims.add(Schema.YEAR);
    dims.add(Schema.DECADE);
    return Set.copyOf(dims);
  }

  static void check(String dimension) {
    if (!DIMENSIONS.contains(dimension)) {
      throw new IllegalArgumentException("unknown facet '" + dimension + "' (facets: "
          + String.join(", ", new TreeSet<>(DIMENSIONS)) + ")");
    }
  }

  /** The base query narrowed by every filter (AND across dimensions, OR within one). */
  DrillDownQuery drillDown(Query base, List<SearchRequest.Filter> filters) {
    DrillDownQuery q = new DrillDownQuery(config, base);
    for (SearchRequest.Filter f : filters) {
      check(f.dimension());
      q.add(f.dimension(), new TermQuery(Schema.facetTerm(f.dimension(), f.value())));
    }
    return q;
  }

  /** The top hits of a drilled-down query and the counts of the asked dimensions. */
  record Counted(TopDocs top, Map<String, List<SearchResult.FacetCount>> counts) {}

  Counted search(DrillDownQuery query, int limit, Sort sort, List<String> dims, boolean filtered) throws IOException {
    dims.forEach(Facets::check);
    if (dims.isEmpty() || !anyFacets()) return new Counted(top(query, limit, sort), Map.of());
    Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
    if (filtered) {
      DrillSideways.DrillSidewaysResult r = sort == null
          ? sideways().search(query, limit)
          : sideways().search(query, null, null, limit, sort, true);
      for (String dim : dims) counts.put(dim, sidewaysTop(r, dim));
      return new Counted(r.hits, counts);
    }
    FacetsCollectorManager.FacetsResult r = sort == null
        ? FacetsCollectorManager.search(searcher, query, limit, new FacetsCollectorManager())
        : FacetsCollectorManager.search(searcher, query, limit, sort, true, new FacetsCollectorManager());
    FacetTally.Matches matches = FacetTally.of(searcher, r.facetsCollector());
    for (String dim : dims) {
      FacetTally tally = tally(dim);
      counts.put(dim, tally == null ? List.of() : tally.top(tally.count(matches), dim, TOP));
    }
    return new Counted(r.topDocs(), counts);
  }

  /** Whether any article has a facet value: an index without any counts nothing, not empty dimensions. */
  private boolean anyFacets() throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().terms(Schema.FACET_TERMS) != null) return true;
    }
    return false;
  }

  /**
   * Drill sideways without its own counting, which reads a single facet field: each dimension is
   * counted below from the matches it is due, those of every filter but its own.
   */
  private DrillSideways sideways() {
    return new DrillSideways(searcher, config, (SortedSetDocValuesReaderState) null) {
      @Override
      protected org.apache.lucene.facet.Facets buildFacetsResult(FacetsCollector drillDowns,
          FacetsCollector[] drillSideways, String[] drillSidewaysDims) {
        return null;
      }
    };
  }

  private List<SearchResult.FacetCount> sidewaysTop(DrillSideways.DrillSidewaysResult r, String dim) throws IOException {
    FacetsCollector matches = r.drillDownFacetsCollector;
    for (int i = 0; i < r.drillSidewaysDims.length; i++) {
      if (r.drillSidewaysDims[i].equals(dim)) matches = r.drillSidewaysFacetsCollector[i];
    }
    SortedSetDocValuesReaderState values = state(dim);
    return values == null ? List.of() : top(new SortedSetDocValuesFacetCounts(values, matches), dim, TOP);
  }

  /**
   * The best {@code limit} hits and the exact number of matches. IndexSearcher's own top-n search stops
   * counting past 1000 where it can skip documents (a lone field query such as title:treaty), and the
   * count is printed as the number of articles found.
   */
  private TopDocs top(Query query, int limit, Sort sort) throws IOException {
    int n = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
    if (sort == null) return searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
    TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
    TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    return top;
  }

  /** The tally of one dimension, or null when no article has a value of it. */
  private synchronized FacetTally tally(String dim) throws IOException {
    if (!tallies.containsKey(dim)) {
      SortedSetDocValuesReaderState values = state(dim);
      tallies.put(dim, values == null ? null : new FacetTally(searcher, values));
    }
    return tallies.get(dim);
  }

  /** Counts over every article of a query, with no hits: for `entente facets`. */
  Map<String, List<SearchResult.FacetCount>> count(Query query, List<String> dims, int topN) throws IOException {
    Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
    if (!anyFacets()) return counts;
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    for (String dim : dims) {
      SortedSetDocValuesReaderState values = state(dim);
      counts.put(dim, values == null ? List.of() : top(new SortedSetDocValuesFacetCounts(values, fc), dim, topN));
    }
    return counts;
  }

  private static List<SearchResult.FacetCount> top(org.apache.lucene.facet.Facets facets, String dim, int n)
      throws IOException {
    List<SearchResult.FacetCount> out = new ArrayList<>();
    FacetResult r;
    try {
      // Asking for "all" as a huge top-n would size a priority queue by it.
      r = n == Integer.MAX_VALUE ? facets.getAllChildren(dim) : facets.getTopChildren(n, dim);
    } catch (IllegalArgumentException e) {
      return out; // dimension never indexed: no values
    }
    if (r == null) return out;
    for (LabelAndValue lv : r.labelValues) out.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
    return out;
  }

  /** Counts of one dimension (year or month) over the matching section documents: for the timeline. */
  List<SearchResult.FacetCount> countSections(Query sections, String dim) throws IOException {
    SortedSetDocValuesReaderState values = state(Schema.SECTION_FACETS, Schema.sectionFacetsConfig());
    if (values == null) return List.of();
    FacetsCollector fc = searcher.search(sections, new FacetsCollectorManager());
    return top(new SortedSetDocValuesFacetCounts(values, fc), dim, Integer.MAX_VALUE);
  }
}
