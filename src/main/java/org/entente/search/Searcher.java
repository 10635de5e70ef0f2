package org.entente.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.store.Directory;
import org.entente.index.FieldSimilarity;
import org.entente.index.IndexStore;
import org.entente.index.IndexUnavailableException;
import org.entente.index.Schema;

/**
 * Answers searches from one commit of the index: ranks articles, picks each one's best section, and cuts
 * a highlighted snippet from it. Thread-safe; open once and reuse.
 */
public final class Searcher implements Closeable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QuerySyntax syntax = new QuerySyntax();
  private final Snippets snippets;
  private final Facets facets;
  private final Suggestions suggestions;
  /** Fewer hits than this and a misspelling is likely: suggest a correction. */
  private static final int FEW = 3;
  /** The stored fields a hit shows: loading only these spares decompressing the rest. */
  private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Schema.TITLE, Schema.FILE, Schema.URL,
      Schema.MAIN_DATE, Schema.MAIN_DATE_KIND, Schema.SECTION_COUNT);
  /** A hit's section: where it is, and the text its snippet is cut from, read in one go. */
  private static final java.util.Set<String> SECTION_FIELDS = java.util.Set.of(Schema.SECTION, Schema.PATH, Schema.BODY);
  /** How many articles a by-date listing within a range re-orders by their date in the range. */
  private static final int DATE_WINDOW = 1000;
  /**
   * How many of the best articles get the evidence of the words together in one section added to their
   * score (a rescore window, as Elasticsearch has): scored on every match, those phrases and best sections
   * took up to half the time of a common-words query at 100 000 articles. Top 10 identical on the 440
   * benchmark requests at 10 000 and 100 000 pages.
   */
  private static final int RESCORE_WINDOW = 100;
  /** A range of at most this many years has its years marked in snippets. */
  private static final int HIGHLIGHTED_YEARS = 25;

  public Searcher(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new FieldSimilarity());
    this.snippets = new Snippets(searcher);
    this.suggestions = new Suggestions(reader);
    this.facets = new Facets(searcher, reader);
  }

  public static Searcher open(Path indexDir) throws IOException, IndexUnavailableException {
    return new Searcher(IndexStore.open(indexDir));
  }

  public IndexSearcher indexSearcher() {
    return searcher;
  }

  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    long start = System.nanoTime();
    QuerySyntax.Parsed parsed = request.query().isEmpty() ? null : syntax.parse(request.query());
    DrillDownQuery articles = articleQuery(request, parsed);
    Sort sort = request.order() == SearchRequest.Order.DATE ? byDate() : parsed == null ? byScoreThenDate() : null;
    boolean inRangeOrder = request.order() == SearchRequest.Order.DATE && !request.dates().isAll();
    boolean rescored = sort == null && parsed.whole() != null;
    int window = inRangeOrder ? Math.max(request.limit(), DATE_WINDOW)
        : rescored ? Math.max(request.limit(), RESCORE_WINDOW) : request.limit();
    Facets.Counted counted;
    TopDocs top;
    try {
      counted = facets.search(articles, window, sort, request.facets(), !request.filters().isEmpty());
      top = inRangeOrder ? byDateInRange(counted.top(), request)
          : rescored ? QueryRescorer.rescore(searcher, counted.top(), parsed.whole(), 1, request.limit())
          : counted.top();
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(QuerySyntax.tooManyTerms(request.query()));
    }
    List<Hit> hits = hits(top, parsed, request);
    double millis = (System.nanoTime() - start) / 1e6;
    String suggestion = null;
    if (top.totalHits.value < FEW && !request.query().isEmpty()) {
      suggestion = suggestions.of(request.query()).orElse(null);
      millis = (System.nanoTime() - start) / 1e6;
    }
    return new SearchResult(request.query(), top.totalHits.value, hits, counted.counts(), suggestion, millis);
  }

  /**
   * Within a date range, "by date" means by the article's own date inside the range: a statesman who
   * died in 1934 sorts at 1934, not at his birth. Articles with no main date in the range follow.
   * Exact for the best {@value #DATE_WINDOW} articles by main date, which is every article of a
   * typical range.
   */
  private TopDocs byDateInRange(TopDocs top, SearchRequest request) throws IOException {
    StoredFields stored = reader.storedFields();
    long from = request.dates().fromEpochDay();
    long to = request.dates().toEpochDay();
    List<ScoreDoc> docs = new ArrayList<>(List.of(top.scoreDocs));
    Map<Integer, Long> keys = new java.util.HashMap<>();
    for (ScoreDoc sd : docs) {
      long key = Long.MAX_VALUE;
      for (String span : stored.document(sd.doc, java.util.Set.of(Schema.MAIN_SPANS)).getValues(Schema.MAIN_SPANS)) {
        int colon = span.indexOf(':');
        long start = Long.parseLong(span.substring(0, colon));
        long end = Long.parseLong(span.substring(colon + 1));
        if (start <= to && end >= from) key = Math.min(key, Math.max(start, from));
      }
      keys.put(sd.doc, key);
    }
    docs.sort(java.util.Comparator.comparingLong(sd -> keys.get(sd.doc)));
    List<ScoreDoc> kept = docs.subList(0, Math.min(request.limit(), docs.size()));
    return new TopDocs(top.totalHits, kept.toArray(new ScoreDoc[0]));
  }

  /**
   * What the snippet marks: the words, and the years of a narrow date range, so that a listing by date
   * shows the passage that holds the date.
   */
  private static Query highlightQuery(QuerySyntax.Parsed parsed, SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (parsed != null && parsed.sections() != null) {
      b.add(parsed.sections(), Occur.SHOULD);
      any = true;
    }
    int first = request.dates().from().getYear();
    int last = request.dates().to().getYear();
    if (!request.dates().isAll() && last - first < HIGHLIGHTED_YEARS) {
      for (int y = first; y <= last; y++) b.add(new TermQuery(new org.apache.lucene.index.Term(Schema.BODY, Integer.toString(y))), Occur.SHOULD);
      any = true;
    }
    return any ? b.build() : new MatchAllDocsQuery();
  }

  /** The query over article documents: the words, the date range, nothing but articles. */
  DrillDownQuery articleQuery(SearchRequest request, QuerySyntax.Parsed parsed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(parsed == null || parsed.articles() == null ? datesOnly(request) : parsed.articles(), Occur.MUST);
    b.add(Schema.articles(), Occur.FILTER);
    dateFilter(request).ifPresent(q -> b.add(q, Occur.FILTER));
    return facets.drillDown(b.build(), request.filters());
  }

  /**
   * The section documents that hold the words (any section when there are none) within the articles
   * the request selects by words, dates and filters.
   */
  Query sectionQuery(SearchRequest request, QuerySyntax.Parsed parsed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(Schema.proseSections(), Occur.FILTER)
        .add(new ToChildBlockJoinQuery(articleQuery(request, parsed), Schema.parents()), Occur.FILTER);
    if (parsed != null && parsed.sections() != null) b.add(parsed.sections(), Occur.MUST);
    return b.build();
  }

  private static java.util.Optional<Query> dateFilter(SearchRequest request) {
    if (!request.hasDates()) return java.util.Optional.empty();
    long[] from = {request.dates().fromEpochDay()};
    long[] to = {request.dates().toEpochDay()};
    Query main = LongRange.newIntersectsQuery(Schema.DATES_MAIN, from, to);
    Query mentioned = LongRange.newIntersectsQuery(Schema.DATES_MENTIONED, from, to);
    return java.util.Optional.of(switch (request.dateKind()) {
      case MAIN -> main;
      case MENTIONED -> mentioned;
      // Every span is one or the other: "any" is their union, not a third copy of every span.
      case ANY -> new BooleanQuery.Builder().add(main, Occur.SHOULD).add(mentioned, Occur.SHOULD).build();
    });
  }

  /**
   * Without words, an article whose own (infobox) date falls in the range comes before one that only
   * mentions a date in it; among equals, the older first.
   */
  private static Query datesOnly(SearchRequest request) {
    if (request.dates().isAll()) return new MatchAllDocsQuery();
    long[] from = {request.dates().fromEpochDay()};
    long[] to = {request.dates().toEpochDay()};
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(new ConstantScoreQuery(LongRange.newIntersectsQuery(Schema.DATES_MAIN, from, to)), 2f),
        Occur.SHOULD);
    b.add(new ConstantScoreQuery(LongRange.newIntersectsQuery(Schema.DATES_MENTIONED, from, to)), Occur.SHOULD);
    return b.build();
  }

  private static Sort byScoreThenDate() {
    return new Sort(SortField.FIELD_SCORE, byDate().getSort()[0]);
  }

  private static Sort byDate() {
    SortField date = new SortField(Schema.MAIN_DATE, SortField.Type.LONG);
    date.setMissingValue(Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }

  private List<Hit> hits(TopDocs top, QuerySyntax.Parsed parsed, SearchRequest request) throws IOException {
    StoredFields stored = reader.storedFields();
    int n = top.scoreDocs.length;
    Document[] articles = new Document[n];
    int[] articleDocs = new int[n];
    int[] sectionCounts = new int[n];
    for (int i = 0; i < n; i++) {
      articleDocs[i] = top.scoreDocs[i].doc;
      articles[i] = stored.document(articleDocs[i], HIT_FIELDS);
      sectionCounts[i] = articles[i].getField(Schema.SECTION_COUNT).numericValue().intValue();
    }
    int[] sectionDocs = BestSections.of(searcher, articleDocs, sectionCounts,
        parsed == null ? null : parsed.sections(), dateFilter(request));
    Document[] sections = new Document[n];
    String[] bodies = new String[n];
    for (int i = 0; i < n; i++) {
      if (sectionDocs[i] < 0) continue;
      sections[i] = stored.document(sectionDocs[i], SECTION_FIELDS);
      bodies[i] = sections[i].get(Schema.BODY);
    }
    Snippet[] cuts = snippets.of(highlightQuery(parsed, request), sectionDocs, bodies);
    List<Hit> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document article = articles[i];
      Document section = sections[i];
      IndexableField date = article.getField(Schema.MAIN_DATE);
      hits.add(new Hit(article.get(Schema.TITLE), article.get(Schema.FILE), article.get(Schema.URL),
          Float.isNaN(top.scoreDocs[i].score) ? 0f : top.scoreDocs[i].score,
          section == null ? 0 : section.getField(Schema.SECTION).numericValue().intValue(),
          section == null ? "" : section.get(Schema.PATH),
          cuts[i],
          date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
          article.get(Schema.MAIN_DATE_KIND)));
    }
    return hits;
  }

  /**
   * The most frequent values of each dimension among the articles matching {@code query} (all articles
   * when it is empty).
   */
  public Map<String, List<SearchResult.FacetCount>> facetCounts(String query, List<String> dims, int top)
      throws IOException, QuerySyntaxException {
    dims.forEach(Facets::check);
    QuerySyntax.Parsed parsed = query.isBlank() ? null : syntax.parse(query);
    return facets.count(articleQuery(SearchRequest.of(query, 1), parsed), dims, top);
  }

  Facets facets() {
    return facets;
  }

  /** The facet dimensions a user may name. */
  public static java.util.Set<String> facetDimensions() {
    return Facets.DIMENSIONS;
  }

  /** Articles in the index. */
  public int articleCount() throws IOException {
    return searcher.count(Schema.articles());
  }

  public DirectoryReader reader() {
    return reader;
  }

  @Override
  public void close() throws IOException {
    Directory dir = reader.directory();
    reader.close();
    dir.close();
  }
}
