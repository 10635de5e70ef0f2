package org.entente.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.entente.enrich.Recurring;

/**
 * The distinct words "did you mean" may suggest from one article, each indexed once: the spelling field
 * only needs to know which words exist and in how many articles, and an article repeats its names and
 * lead words many times over.
 */
final class SpellingWords {
  private static final Analyzer ANALYZER = new SpellingAnalyzer();
  /** The words of entity names and aliases: a few thousand strings named by every article again. */
  private static final Recurring<String, List<String>> NAME_WORDS =
      new Recurring<>(200_000, name -> AnalyzedText.terms(ANALYZER, Schema.SPELL, name));

  private SpellingWords() {}

  /** Adds the words of {@code text} to {@code words}. */
  static void addText(String text, Collection<String> words) {
    words.addAll(AnalyzedText.terms(ANALYZER, Schema.SPELL, text));
  }

  /** Adds the words of an entity name, which recur across articles: analysed once per name. */
  static void addName(String name, Collection<String> words) {
    words.addAll(NAME_WORDS.get(name));
  }

  /** The words as a token stream, one token each, for a field indexed without further analysis. */
  static TokenStream stream(Collection<String> words) {
    return new TokenStream() {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private Iterator<String> next = words.iterator();

      @Override
      public boolean incrementToken() {
        clearAttributes();
        if (!next.hasNext()) return false;
        term.setEmpty().append(next.next());
        return true;
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        next = words.iterator();
      }
    };
  }
}
