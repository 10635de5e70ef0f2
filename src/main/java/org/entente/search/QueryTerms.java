package org.entente.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The words of a query made of words only: terms in any boolean or max combination, with no phrase,
 * wildcard or other query whose matches only the query itself can find. Such a query matches a text
 * wherever one of its terms is, which spares asking Lucene for its matches document by document.
 */
final class QueryTerms {
  private QueryTerms() {}

  /**
   * The query's terms in {@code field}, in query order; null when it holds anything but words. Excluded
   * words do not count: they are in no matching text.
   */
  static Set<Term> wordsOnly(Query query, String field) {
    Set<Term> terms = new LinkedHashSet<>();
    boolean[] other = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... found) {
        if (!(q instanceof TermQuery)) other[0] = true;
        for (Term t : found) if (t.field().equals(field)) terms.add(t);
      }

      @Override
      public void visitLeaf(Query q) {
        other[0] = true;
      }

      @Override
      public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
        other[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    return other[0] ? null : terms;
  }
}
