package org.entente.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns each word of the tokenizer into its English index term (possessive removed, lower case,
 * accents folded, stemmed) or drops it (a stop word), remembering the answer for every distinct word.
 * Each step depends on the word alone, and prose repeats a small vocabulary: stemming every occurrence
 * anew was a sixth of indexing a token. A dropped word leaves its position, as the stop filter does.
 */
final class EnglishTermFilter extends FilteringTokenFilter {
  /** Past this many distinct words (a corpus of many languages and numbers) the memory starts afresh. */
  private static final int MAX_WORDS = 100_000;
  /** The memory's answer for a stop word. */
  private static final String DROPPED = new String("");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final CharArrayMap<String> terms = new CharArrayMap<>(1024, false);

  EnglishTermFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean accept() {
    String known = terms.get(term.buffer(), 0, term.length());
    if (known == null) {
      if (terms.size() >= MAX_WORDS) terms.clear();
      String word = term.toString();
      known = analyse(word);
      terms.put(word, known);
    }
    if (known == DROPPED) return false;
    term.setEmpty().append(known);
    return true;
  }

  /** The filters themselves, run on one word at a time. */
  static TokenStream steps(TokenStream ts) {
    ts = new EnglishPossessiveFilter(ts);
    ts = new LowerCaseFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new PorterStemFilter(ts);
  }

  private static final Analyzer ONE_WORD = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      KeywordTokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, steps(source));
    }
  };

  private static String analyse(String word) {
    try (TokenStream ts = ONE_WORD.tokenStream("", word)) {
      CharTermAttribute out = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String result = ts.incrementToken() ? out.toString() : DROPPED;
      ts.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
  }
}
