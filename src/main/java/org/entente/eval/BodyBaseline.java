package org.entente.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.entente.index.EnglishTextAnalyzer;
import org.entente.index.AnalyzedText;
import org.entente.index.Schema;

/**
 * The naive engine every ranking change is measured against: the query's words as one OR query of
 * plain BM25 term matches over section bodies, each article scored by its best section. No titles, no
 * phrases, no field weights, no query syntax (quotes and operators are just words): what a search
 * engine does out of the box.
 */
public final class BodyBaseline implements Engine {
  private static final Analyzer ANALYZER = new EnglishTextAnalyzer();

  private final IndexSearcher searcher;

  /** Reads {@code reader} with Lucene's default BM25, whatever similarity Entente's searcher tunes. */
  public BodyBaseline(DirectoryReader reader) {
    this.searcher = new IndexSearcher(reader);
  }

  @Override
  public List<String> rank(String query, int depth) throws IOException {
    Query q = query(query);
    if (q == null) return List.of();
    TopDocs top = searcher.search(q, depth);
    List<String> titles = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) titles.add(searcher.storedFields().document(sd.doc).get(Schema.TITLE));
    return titles;
  }

  /** The OR of the query's analysed words over section bodies, joined to articles by the best section. */
  static Query query(String text) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    List<String> terms = AnalyzedText.terms(ANALYZER, Schema.BODY, text);
    if (terms.isEmpty()) return null;
    for (String term : terms) words.add(new TermQuery(new Term(Schema.BODY, term)), Occur.SHOULD);
    BooleanQuery.Builder inSections = new BooleanQuery.Builder();
    inSections.add(words.build(), Occur.MUST);
    inSections.add(Schema.sections(), Occur.FILTER);
    return new ToParentBlockJoinQuery(inSections.build(), Schema.parents(), ScoreMode.Max);
  }
}
