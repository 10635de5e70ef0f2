package org.entente.search;

import java.util.List;

/** A passage of a section's text with the character ranges the query matched. */
public record Snippet(String text, List<Highlight> highlights) {
  /** One matched range, [start, end) in {@link #text()}. */
  public record Highlight(int start, int end) {}

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  public static final Snippet EMPTY = new Snippet("", List.of());

  /** The text with each match wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Highlight h : highlights) {
      sb.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return sb.append(text.substring(at)).toString();
  }

  /** The matched words, in order. */
  public List<String> matches() {
    return highlights.stream().map(h -> text.substring(h.start(), h.end())).toList();
  }
}
