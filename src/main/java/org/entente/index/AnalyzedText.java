package org.entente.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A text as a field's analysis turns it into terms: what the index holds, or a query must ask for. */
public final class AnalyzedText {
  private AnalyzedText() {}

  /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) terms.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return terms;
  }

  /**
   * Where the token at each position lies in the text, positions numbered as the index numbers them
   * (a stopword leaves a gap). The postings keep positions but not offsets, which would be a seventh
   * of the index: a match's characters are found by analysing its stored text again.
   */
  public record Offsets(int[] starts, int[] ends) {
    /** The first character of the token at {@code position}. */
    public int start(int position) {
      return starts[position];
    }

    /** One past the last character of the token at {@code position}. */
    public int end(int position) {
      return ends[position];
    }
  }

  /**
   * The character offsets of the positions of {@code text} as {@code analyzer} indexes it for
   * {@code field}, up to position {@code last}: the rest is not analysed.
   */
  public static Offsets offsets(Analyzer analyzer, String field, String text, int last) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int position = -1;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (position + increment.getPositionIncrement() > last) break;
        position += increment.getPositionIncrement();
        if (position >= starts.length) {
          int size = Math.max(position + 1, starts.length * 2);
          starts = java.util.Arrays.copyOf(starts, size);
          ends = java.util.Arrays.copyOf(ends, size);
        }
        starts[position] = offset.startOffset();
        ends[position] = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Offsets(java.util.Arrays.copyOf(starts, position + 1), java.util.Arrays.copyOf(ends, position + 1));
  }
}
