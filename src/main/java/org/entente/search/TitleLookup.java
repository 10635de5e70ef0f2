package org.entente.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.entente.index.ArticleDocuments;
import org.entente.index.EnglishTextAnalyzer;
import org.entente.index.AnalyzedText;
import org.entente.index.Schema;

/**
 * Finds the article a user names by title: exactly (ignoring case and accents), else the best title
 * holding all the words; an unknown title is an error that names the closest titles.
 */
public final class TitleLookup {
  /** The article found: its document, stored fields, and whether the title matched exactly. */
  public record Found(int doc, Document article, boolean exact) {
    public String title() {
      return article.get(Schema.TITLE);
    }

    public String file() {
      return article.get(Schema.FILE);
    }
  }

  private static final int SUGGESTIONS = 3;
  private static final EnglishTextAnalyzer ANALYZER = new EnglishTextAnalyzer();

  private TitleLookup() {}

  /** @throws IllegalArgumentException when no title holds the words, naming the closest titles */
  public static Found find(IndexSearcher is, String title) throws IOException {
    int exact = first(is, new TermQuery(new Term(Schema.TITLE_KEY, ArticleDocuments.titleKey(title))));
    int article = exact >= 0 ? exact : first(is, titleQuery(title, false));
    if (article < 0) throw new IllegalArgumentException(unknown(is, title));
    return new Found(article, is.getIndexReader().storedFields().document(article), exact >= 0);
  }

  private static int first(IndexSearcher is, Query q) throws IOException {
    if (q == null) return -1;
    Query articles = new BooleanQuery.Builder().add(q, Occur.MUST).add(Schema.articles(), Occur.FILTER).build();
    TopDocs top = is.search(articles, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /** Every word of the title in the title field (fuzzily: for suggestions, any word may match). */
  private static Query titleQuery(String title, boolean fuzzy) throws IOException {
    List<String> words = AnalyzedText.terms(ANALYZER, Schema.TITLE, title);
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
}
