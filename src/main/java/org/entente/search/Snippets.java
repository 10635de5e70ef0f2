package org.entente.search;

import java.text.BreakIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.entente.index.EnglishTextAnalyzer;
import org.entente.index.Schema;

/**
 * Cuts the passage of a section that best shows the query, with its matches marked. Matches come from
 * analysing the section's stored text again (the postings hold no offsets: they would be a seventh of
 * the index); a word that matched the heading or an entity field is marked in the text too, since
 * every text field shares one analyzer.
 */
final class Snippets {
  private static final int TARGET_LENGTH = 220;
  private static final int PASSAGES = 2;
  private static final String ELLIPSIS = " … ";

  private final Highlighter highlighter;

  Snippets(IndexSearcher searcher) {
    this.highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, new EnglishTextAnalyzer())
        .withFieldMatcher(field -> true)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), TARGET_LENGTH, 0.5f))
        .withFormatter(new ToSnippet())
        .withMaxNoHighlightPassages(1)
        // The default stops at 10 000 characters; long sections must be highlighted to their end.
        .withMaxLength(Integer.MAX_VALUE - 1));
  }

  /**
   * Snippets of the given bodies of section documents, in the order given; {@link Snippet#EMPTY} where
   * there is no document (-1) or no body. The caller has the bodies already: reading them again would
   * decompress their block of stored fields a second time.
   */
  Snippet[] of(Query query, int[] sectionDocs, String[] bodies) throws IOException {
    Snippet[] snippets = new Snippet[sectionDocs.length];
    Arrays.fill(snippets, Snippet.EMPTY);
    if (sectionDocs.length == 0) return snippets;
    FieldHighlighter body = highlighter.forBody(query);
    List<LeafReaderContext> leaves = highlighter.leaves();
    for (int i = 0; i < snippets.length; i++) {
      if (sectionDocs[i] < 0 || bodies[i] == null) continue;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sectionDocs[i], leaves));
      if (body.highlightFieldForDoc(leaf.reader(), sectionDocs[i] - leaf.docBase, bodies[i]) instanceof Snippet s) {
        snippets[i] = s;
      }
    }
    return snippets;
  }

  /** Opens up the highlighter's per-field highlighter, to give it text already loaded. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    FieldHighlighter forBody(Query query) {
      return getFieldHighlighter(Schema.BODY, query, extractTerms(query), PASSAGES);
    }

    List<LeafReaderContext> leaves() {
      return searcher.getIndexReader().leaves();
    }
  }

  /** Joins the passages in text order, keeping each match's offsets relative to the joined text. */
  private static final class ToSnippet extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<Snippet.Highlight> highlights = new ArrayList<>();
      int previousEnd = -1;
      for (Passage p : passages) {
        if (text.length() > 0) text.append(p.getStartOffset() == previousEnd ? " " : ELLIPSIS);
        int base = text.length() - p.getStartOffset();
        int lastEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = Math.max(p.getMatchStarts()[i], lastEnd);
          int end = p.getMatchEnds()[i];
          if (end <= start) continue;
          highlights.add(new Snippet.Highlight(base + start, base + end));
          lastEnd = end;
        }
        text.append(content, p.getStartOffset(), p.getEndOffset());
        previousEnd = p.getEndOffset();
      }
      return tidy(text.toString(), highlights);
    }

    /** Newlines between paragraphs become spaces; offsets stay valid since lengths do not change. */
    private static Snippet tidy(String text, List<Snippet.Highlight> highlights) {
      return new Snippet(text.replace('\n', ' '), mergeAdjacent(text, highlights));
    }

    /** "Brenner" and "Pass" of one phrase become one highlight. */
    private static List<Snippet.Highlight> mergeAdjacent(String text, List<Snippet.Highlight> highlights) {
      List<Snippet.Highlight> merged = new ArrayList<>();
      for (Snippet.Highlight h : highlights) {
        if (!merged.isEmpty()) {
          Snippet.Highlight last = merged.get(merged.size() - 1);
          if (text.substring(last.end(), h.start()).isBlank()) {
            merged.set(merged.size() - 1, new Snippet.Highlight(last.start(), h.end()));
            continue;
          }
        }
        merged.add(h);
      }
      return merged;
    }
  }
}
