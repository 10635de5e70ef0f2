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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.entente.index.IndexStore;
import org.entente.index.IndexUnavailableException;
import org.entente.index.Schema;

/**
 * Answers searches from one commit of the index: ranks articles, picks each one's best section, and cuts
 * a highlighted snippet from it. Thread-safe; open once and reuse.
 */
public final class Searcher implements Closeable {
  private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QuerySyntax syntax = new QuerySyntax();
  private final Snippets snippets;

  public Searcher(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.snippets = new Snippets(searcher);
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
    Query articles = articleQuery(request, parsed);
    TopDocs top;
    try {
      top = request.order() == SearchRequest.Order.DATE || parsed == null
          ? searcher.search(articles, request.limit(), byDate(), true)
          : searcher.search(articles, request.limit());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(QuerySyntax.tooManyTerms(request.query()));
    }
    List<Hit> hits = hits(top, parsed, request);
    double millis = (System.nanoTime() - start) / 1e6;
    return new SearchResult(request.query(), top.totalHits.value, hits, Map.of(), millis);
  }

  /** The query over article documents: the words, the date range, nothing but articles. */
  Query articleQuery(SearchRequest request, QuerySyntax.Parsed parsed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(parsed == null || parsed.articles() == null ? new MatchAllDocsQuery() : parsed.articles(), Occur.MUST);
    b.add(Schema.articles(), Occur.FILTER);
    dateFilter(request).ifPresent(q -> b.add(q, Occur.FILTER));
    return b.build();
  }

  private static java.util.Optional<Query> dateFilter(SearchRequest request) {
    if (!request.hasDates()) return java.util.Optional.empty();
    long[] from = {(request.from() == null ? EARLIEST : request.from()).toEpochDay()};
    long[] to = {(request.to() == null ? LATEST : request.to()).toEpochDay()};
    String field = switch (request.dateKind()) {
      case MAIN -> Schema.DATES_MAIN;
      case MENTIONED -> Schema.DATES_MENTIONED;
      case ANY -> Schema.DATES;
    };
    return java.util.Optional.of(LongRange.newIntersectsQuery(field, from, to));
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
    int[] sectionDocs = new int[n];
    for (int i = 0; i < n; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      articles[i] = stored.document(sd.doc);
      sectionDocs[i] = bestSection(sd.doc, articles[i], parsed, request);
    }
    Query highlight = parsed == null || parsed.sections() == null ? new MatchAllDocsQuery() : parsed.sections();
    Snippet[] cuts = snippets.of(highlight, sectionDocs);
    List<Hit> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document article = articles[i];
      Document section = sectionDocs[i] < 0 ? null : stored.document(sectionDocs[i]);
      IndexableField date = article.getField(Schema.MAIN_DATE);
      hits.add(new Hit(article.get(Schema.TITLE), article.get(Schema.FILE), article.get(Schema.URL),
          Float.isNaN(top.scoreDocs[i].score) ? 0f : top.scoreDocs[i].score,
          section == null ? 0 : section.getField(Schema.SECTION).numericValue().intValue(),
          section == null ? "" : section.get(Schema.PATH),
          i < cuts.length && cuts[i] != null ? cuts[i] : Snippet.EMPTY,
          date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
          article.get(Schema.MAIN_DATE_KIND)));
    }
    return hits;
  }

  /**
   * The section of an article that best matches the query and holds a date in the range; failing that,
   * the best match in any section; failing that (a title-only match), the lead.
   */
  private int bestSection(int articleDoc, Document article, QuerySyntax.Parsed parsed, SearchRequest request)
      throws IOException {
    int count = article.getField(Schema.SECTION_COUNT).numericValue().intValue();
    if (count == 0) return -1;
    int first = articleDoc - count;
    List<Query> tries = new ArrayList<>();
    Query words = parsed == null ? null : parsed.sections();
    java.util.Optional<Query> dates = dateFilter(request);
    if (dates.isPresent()) tries.add(inArticle(article, words, dates.get()));
    if (words != null) tries.add(inArticle(article, words, null));
    for (Query q : tries) {
      TopDocs best = searcher.search(q, 1);
      if (best.scoreDocs.length > 0) return best.scoreDocs[0].doc;
    }
    return first;
  }

  private static Query inArticle(Document article, Query words, Query dates) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(Schema.fileTerm(article.get(Schema.FILE))), Occur.FILTER);
    b.add(Schema.sections(), Occur.FILTER);
    if (words != null) b.add(words, Occur.MUST);
    if (dates != null) b.add(dates, Occur.FILTER);
    return b.build();
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
