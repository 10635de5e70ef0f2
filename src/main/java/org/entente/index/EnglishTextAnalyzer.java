package org.entente.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text analysis for every text field: possessives removed ("Mussolini's" = "Mussolini"),
 * accents folded ("Sèvres" = "Sevres", "Beneš" = "Benes"), stop words dropped and words stemmed.
 * Folding comes before the stop filter and stemmer, which only know ASCII English.
 */
public final class EnglishTextAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream ts = new EnglishPossessiveFilter(source);
    ts = new LowerCaseFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    ts = new PorterStemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  /**
   * The tokenizer alone. It gives every token the position and offsets the whole analysis gives it (the
   * filters change the words, and the stop filter drops some but keeps their positions), at a fraction
   * of the cost: enough to find where a position lies in a text.
   */
  public static Analyzer positions() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StandardTokenizer());
      }
    };
  }

  /**
   * Between two values of one field (an entity's aliases, an article's headings) a phrase never
   * matches: "Maxim Litvinov" is not the end of one alias and the start of the next. 100 as in
   * Elasticsearch, more than any phrase slop a query uses.
   */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
