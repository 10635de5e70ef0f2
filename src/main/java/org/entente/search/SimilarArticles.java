package org.entente.search;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.entente.enrich.EntityType;
import org.entente.index.ArticleDocuments;
import org.entente.index.EnglishTextAnalyzer;
import org.entente.index.Schema;

/**
 * The articles most like a given one: Lucene's MoreLikeThis picks the words that characterise its
 * sections' text and the names of the entities it mentions, and those words rank the other articles
 * (body words through the block join, as a search ranks them; entity names on the article itself).
 */
public final class SimilarArticles {
  /** One of the words that made the query, in the field it was found in, with its weight. */
  public record KeyTerm(String field, String term, String word, float weight) {
    /** How a person reads it: the commonest spelling in the article, prefixed by an entity field. */
    public String display() {
      return Schema.BODY.equals(field) ? word : field + ":" + word;
    }
  }

  /** An article found like the given one, with the key terms ({@link KeyTerm#display()}) the two share. */
  public record Neighbour(String title, String file, String url, float score, LocalDate date, List<String> shared) {
    public Neighbour {
      shared = List.copyOf(shared);
    }
  }

  /** The article asked for ({@code asked} as typed), the words that characterise it, and its neighbours. */
  public record Result(String asked, String title, String file, boolean exactTitle, List<KeyTerm> terms,
                       List<Neighbour> articles, double millis) {
    public Result {
      terms = List.copyOf(terms);
      articles = List.copyOf(articles);
    }
  }

  private static final int KEY_TERMS = 25;
  private static final int SUGGESTIONS = 3;
  private static final double COMMON_SHARE = 0.3;
  private static final Analyzer ANALYZER = new EnglishTextAnalyzer();

  private final Searcher searcher;

  public SimilarArticles(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The {@code limit} articles most like the one titled {@code title} (exactly, ignoring case and
   * accents; else the best title holding all its words).
   *
   * @throws IllegalArgumentException when no title holds the words, naming the closest titles
   */
  public Result like(String title, int limit) throws IOException {
    long start = System.nanoTime();
    IndexSearcher is = searcher.indexSearcher();
    int exact = first(is, new TermQuery(new Term(Schema.TITLE_KEY, ArticleDocuments.titleKey(title))));
    int article = exact >= 0 ? exact : first(is, titleQuery(title, false));
    if (article < 0) throw new IllegalArgumentException(unknown(is, title));
    StoredFields stored = searcher.reader().storedFields();
    Document doc = stored.document(article);
    List<String> bodies = sectionTexts(stored, article, doc);

    Map<String, String> spellings = spellings(bodies);
    List<KeyTerm> terms = new ArrayList<>();
    List<Query> bodyClauses = new ArrayList<>();
    List<Query> entityClauses = new ArrayList<>();
    collect(bodyTerms(bodies), spellings, terms, bodyClauses);
    collect(entityTerms(article), spellings, terms, entityClauses);
    terms.sort((a, b) -> Float.compare(b.weight(), a.weight()));

    List<Neighbour> neighbours = new ArrayList<>();
    if (!terms.isEmpty()) {
      TopDocs top = is.search(neighbourQuery(bodyClauses, entityClauses, doc.get(Schema.FILE)), limit);
      for (ScoreDoc sd : top.scoreDocs) neighbours.add(neighbour(stored, sd, terms));
    }
    return new Result(title, doc.get(Schema.TITLE), doc.get(Schema.FILE), exact >= 0, terms, neighbours,
        (System.nanoTime() - start) / 1e6);
  }

  private static int first(IndexSearcher is, Query q) throws IOException {
    if (q == null) return -1;
    Query articles = new BooleanQuery.Builder().add(q, Occur.MUST).add(Schema.articles(), Occur.FILTER).build();
    TopDocs top = is.search(articles, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /** Every word of the title in the title field (fuzzily: for suggestions, any word may match). */
  private static Query titleQuery(String title, boolean fuzzy) throws IOException {
    List<String> words = analyse(Schema.TITLE, title);
    if (words.isEmpty()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) {
      Term t = new Term(Schema.TITLE, w);
      b.add(fuzzy ? new FuzzyQuery(t, 2) : new TermQuery(t), fuzzy ? Occur.SHOULD : Occur.MUST);
    }
    return b.build();
  }

  private static String unknown(IndexSearcher is, String title) throws IOException {
    String message = "no article titled '" + title.replaceAll("\\p{Cntrl}", "?") + "'";
    Query fuzzy = titleQuery(title, true);
    if (fuzzy == null) return message + "; try `entente search " + title + "`";
    Query articles = new BooleanQuery.Builder().add(fuzzy, Occur.MUST).add(Schema.articles(), Occur.FILTER).build();
    TopDocs top = is.search(articles, SUGGESTIONS);
    List<String> closest = new ArrayList<>();
    StoredFields stored = is.getIndexReader().storedFields();
    for (ScoreDoc sd : top.scoreDocs) closest.add("'" + stored.document(sd.doc, Set.of(Schema.TITLE)).get(Schema.TITLE) + "'");
    return closest.isEmpty() ? message + "; try `entente search " + title + "`"
        : message + "; closest: " + String.join(", ", closest);
  }

  /** The texts of an article's sections, which sit just before it in its block. */
  private static List<String> sectionTexts(StoredFields stored, int article, Document doc) throws IOException {
    int count = doc.getField(Schema.SECTION_COUNT).numericValue().intValue();
    List<String> bodies = new ArrayList<>(count);
    for (int d = article - count; d < article; d++) {
      String body = stored.document(d, Set.of(Schema.BODY)).get(Schema.BODY);
      if (body != null) bodies.add(body);
    }
    return bodies;
  }

  private Query bodyTerms(List<String> bodies) throws IOException {
    MoreLikeThis mlt = moreLikeThis(Schema.BODY);
    // Words in many sections ("were", navigation chrome) say nothing about one article. The share is
    // of sections, not of all documents: article documents have no body.
    mlt.setMaxDocFreq(Math.max(2, (int) (searcher.indexSearcher().count(Schema.sections()) * COMMON_SHARE)));
    mlt.setMinTermFreq(2);
    Map<String, Collection<Object>> like = new HashMap<>();
    like.put(Schema.BODY, new ArrayList<>(bodies));
    return mlt.like(like);
  }

  /** Entity names come from the article's facet values, the one place they are stored as written. */
  private Query entityTerms(int article) throws IOException {
    Map<String, Collection<Object>> like = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.reader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(article, leaves));
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    Set<String> fields = new java.util.HashSet<>();
    for (EntityType type : EntityType.values()) fields.add(Schema.entityField(type));
    if (values.advanceExact(article - leaf.docBase)) {
      for (int i = 0; i < values.docValueCount(); i++) {
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(values.nextOrd()).utf8ToString());
        if (path.length == 2 && fields.contains(path[0])) like.computeIfAbsent(path[0], k -> new ArrayList<>()).add(path[1]);
      }
    }
    if (like.isEmpty()) return null;
    MoreLikeThis mlt = moreLikeThis(like.keySet().toArray(String[]::new));
    mlt.setMinTermFreq(1);
    return mlt.like(like);
  }

  private MoreLikeThis moreLikeThis(String... fields) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.reader());
    mlt.setAnalyzer(ANALYZER);
    mlt.setFieldNames(fields);
    mlt.setMinDocFreq(2);
    mlt.setMinWordLen(3);
    mlt.setMaxQueryTerms(KEY_TERMS);
    mlt.setMaxNumTokensParsed(Integer.MAX_VALUE);
    mlt.setBoost(true);
    return mlt;
  }

  /** MoreLikeThis gives a disjunction of weighted term queries; keep its terms and clauses. */
  private static void collect(Query mlt, Map<String, String> spellings, List<KeyTerm> terms, List<Query> clauses) {
    if (!(mlt instanceof BooleanQuery bq)) return;
    for (BooleanClause c : bq.clauses()) {
      Query q = c.getQuery();
      float weight = 1f;
      if (q instanceof BoostQuery boosted) {
        weight = boosted.getBoost();
        q = boosted.getQuery();
      }
      if (!(q instanceof TermQuery tq)) continue;
      String text = tq.getTerm().text();
      terms.add(new KeyTerm(tq.getTerm().field(), text, spellings.getOrDefault(text, text), weight));
      clauses.add(c.getQuery());
    }
  }

  private static Query neighbourQuery(List<Query> bodyClauses, List<Query> entityClauses, String file) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!bodyClauses.isEmpty()) {
      // An article is as like this one as its most like section.
      b.add(new ToParentBlockJoinQuery(anyOf(bodyClauses), Schema.parents(), ScoreMode.Max), Occur.SHOULD);
    }
    if (!entityClauses.isEmpty()) b.add(anyOf(entityClauses), Occur.SHOULD);
    b.add(Schema.articles(), Occur.FILTER);
    b.add(new TermQuery(Schema.fileTerm(file)), Occur.MUST_NOT);
    // With a filter beside them, optional clauses would let every article in; one must match.
    b.setMinimumNumberShouldMatch(1);
    return b.build();
  }

  private static Query anyOf(List<Query> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : clauses) b.add(q, Occur.SHOULD);
    return b.build();
  }

  private Neighbour neighbour(StoredFields stored, ScoreDoc sd, List<KeyTerm> terms) throws IOException {
    Document d = stored.document(sd.doc);
    IndexableField date = d.getField(Schema.MAIN_DATE);
    int sections = d.getField(Schema.SECTION_COUNT).numericValue().intValue();
    List<LeafReaderContext> leaves = searcher.reader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
    int article = sd.doc - leaf.docBase;
    List<String> shared = new ArrayList<>();
    for (KeyTerm t : terms) {
      // Body words live in the section documents just before the article; entity names on it too.
      int from = Schema.BODY.equals(t.field()) ? article - sections : article;
      if (holds(leaf, t, from, article)) shared.add(t.display());
    }
    return new Neighbour(d.get(Schema.TITLE), d.get(Schema.FILE), d.get(Schema.URL), sd.score,
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), shared);
  }

  /** True when a document in [from, to] of the leaf holds the term. */
  private static boolean holds(LeafReaderContext leaf, KeyTerm t, int from, int to) throws IOException {
    PostingsEnum postings = leaf.reader().postings(new Term(t.field(), t.term()), PostingsEnum.NONE);
    if (postings == null) return false;
    int doc = postings.advance(from);
    return doc != DocIdSetIterator.NO_MORE_DOCS && doc <= to;
  }

  /** The commonest spelling in the text of each analysed word ("guarante" → "guarantee"), for display. */
  private static Map<String, String> spellings(List<String> bodies) throws IOException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (String body : bodies) {
      try (TokenStream ts = ANALYZER.tokenStream(Schema.BODY, new StringReader(body))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          String word = body.substring(offset.startOffset(), offset.endOffset());
          counts.computeIfAbsent(term.toString(), k -> new LinkedHashMap<>()).merge(word, 1, Integer::sum);
        }
        ts.end();
      }
    }
    Map<String, String> best = new HashMap<>();
    counts.forEach((stem, words) -> best.put(stem,
        words.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    return best;
  }

  private static List<String> analyse(String field, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) words.add(term.toString());
      ts.end();
    }
    return words;
  }
}
