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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.entente.enrich.EntityType;
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
    /** How a person reads it: a word in its commonest spelling, or an entity as "person:Maxim Litvinov". */
    public String display() {
      return word;
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
    TitleLookup.Found found = TitleLookup.find(is, title);
    int article = found.doc();
    StoredFields stored = searcher.reader().storedFields();
    Document doc = found.article();
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
    return new Result(title, doc.get(Schema.TITLE), doc.get(Schema.FILE), found.exact(), terms, neighbours,
        (System.nanoTime() - start) / 1e6);
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

  /**
   * The entities the article names, as whole names (the facet drill-down terms "person/Maxim Litvinov"),
   * the rarer in the corpus the more telling; names no other article has cannot be shared and are left out.
   */
  private Query entityTerms(int article) throws IOException {
    List<LeafReaderContext> leaves = searcher.reader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(article, leaves));
    // In the order of their drill-down terms, as equally rare names keep it.
    Set<String> dims = new java.util.TreeSet<>();
    for (EntityType type : EntityType.values()) dims.add(Schema.facetDim(type));
    IndexSearcher is = searcher.indexSearcher();
    int articles = is.count(Schema.articles());
    List<BoostQuery> names = new ArrayList<>();
    for (String dim : dims) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Schema.facetField(dim));
      if (!values.advanceExact(article - leaf.docBase)) continue;
      for (int i = 0; i < values.docValueCount(); i++) {
        String[] parts = FacetsConfig.stringToPath(values.lookupOrd(values.nextOrd()).utf8ToString());
        Term term = Schema.facetTerm(dim, parts[1]);
        int df = is.getIndexReader().docFreq(term);
        if (df < 2) continue;
        float idf = (float) Math.log(1 + (articles - df + 0.5) / (df + 0.5));
        names.add(new BoostQuery(new TermQuery(term), idf));
      }
    }
    if (names.isEmpty()) return null;
    names.sort((a, b) -> Float.compare(b.getBoost(), a.getBoost()));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BoostQuery q : names.subList(0, Math.min(KEY_TERMS, names.size()))) b.add(q, Occur.SHOULD);
    return b.build();
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
      String word = Schema.BODY.equals(tq.getTerm().field()) ? spellings.getOrDefault(text, text)
          : String.join(":", FacetsConfig.stringToPath(text));
      terms.add(new KeyTerm(tq.getTerm().field(), text, word, weight));
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
}
