package org.entente.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Whole words, lower case and accent-folded but not stemmed: suggestions must be words a user can type. */
public final class SpellingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
    return new TokenStreamComponents(source, ts);
  }
}
