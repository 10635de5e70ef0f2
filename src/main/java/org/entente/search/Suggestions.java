package org.entente.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.entente.index.Schema;

/**
 * "Did you mean …": the query with each word the index does not know replaced by the closest word it
 * does know in titles, headings, leads and entity names (Lucene's DirectSpellChecker, edit distance ≤ 2).
 */
final class Suggestions {
  private static final Pattern WORD = Pattern.compile("(?<![\\w:])\\p{L}{4,}(?![\\w:*?~])");

  private final IndexReader reader;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  Suggestions(IndexReader reader) {
    this.reader = reader;
  }

  /** The corrected query, or empty when every word is known or nothing close is. */
  Optional<String> of(String query) throws IOException {
    Matcher m = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String word = m.group();
      String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
          .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
      String replacement = word;
      if (reader.docFreq(new Term(Schema.SPELL, folded)) == 0) {
        SuggestWord[] best = checker.suggestSimilar(new Term(Schema.SPELL, folded), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (best.length > 0) {
          replacement = Character.isUpperCase(word.charAt(0))
              ? Character.toUpperCase(best[0].string.charAt(0)) + best[0].string.substring(1) : best[0].string;
          changed = true;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }
}
