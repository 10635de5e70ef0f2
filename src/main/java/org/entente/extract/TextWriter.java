package org.entente.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the clean text of an HTML subtree: chrome skipped, whitespace collapsed, one line per paragraph,
 * list item or table row, table cells joined by " | ", math as its TeX once. Links, headings, infoboxes and
 * reference lists met on the way are reported to a {@link Listener} in the same walk.
 */
final class TextWriter {

  /** What the walk reports besides text; the defaults ignore everything and render it as text. */
  interface Listener {
    /** Called for an h1–h6; returns true when the listener took it (the heading is then not written). */
    default boolean heading(Element heading, int level) {
      return false;
    }

    /** Called for infoboxes and reference lists; returns true when the listener took the element. */
    default boolean divert(Element el) {
      return false;
    }

    /** An internal link with its decoded target and anchor text. */
    default void link(String target, String anchor) {}
  }

  private static final Listener NONE = new Listener() {};

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "caption", "blockquote", "pre", "h1",
      "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "section", "center", "hr", "main", "article",
      "body", "tbody", "thead", "tfoot", "gallery");

  private static final List<String> TEX_STYLES = List.of("{\\displaystyle", "{\\textstyle");

  private final StringBuilder out = new StringBuilder();
  private final Listener listener;
  private final String selfTitle;
  /** The separator owed before the next visible character: null, " " or " | ". */
  private String gap;

  TextWriter(Listener listener, String selfTitle) {
    this.listener = listener;
    this.selfTitle = selfTitle;
  }

  /** The clean text of {@code el} alone, ignoring links. */
  static String textOf(Element el) {
    TextWriter w = new TextWriter(NONE, "");
    w.write(el);
    return w.take();
  }

  /** Writes {@code node} and everything below it. */
  void write(Node node) {
    if (node instanceof TextNode text) {
      append(text.getWholeText());
    } else if (node instanceof Element el) {
      element(el);
    }
  }

  /** The text written since the last take, trimmed, and a fresh start. */
  String take() {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') end--;
    String text = out.substring(0, end);
    out.setLength(0);
    gap = null;
    return text;
  }

  private void element(Element el) {
    String tag = el.normalName();
    if (tag.equals("br")) {
      newline();
      return;
    }
    if (tag.equals("math") || el.hasClass("mwe-math-element")) {
      math(el);
      return;
    }
    if (Chrome.isChrome(el)) return;
    int level = headingLevel(tag);
    if (level > 0 && listener.heading(el, level)) return;
    if (listener.divert(el)) return;
    boolean block = BLOCKS.contains(tag);
    if (block) newline();
    if (tag.equals("td") || tag.equals("th")) cell();
    int start = out.length();
    for (Node child : el.childNodes()) write(child);
    if (tag.equals("a")) link(el, start);
    if (block) newline();
  }

  private void link(Element a, int start) {
    String target = WikiLink.target(a.attr("href"));
    if (target == null || target.equals(selfTitle) || a.hasClass("new")) return;
    String anchor = out.substring(Math.min(start, out.length())).replace('\n', ' ').trim();
    if (!anchor.isEmpty()) listener.link(target, anchor);
  }

  /**
   * MediaWiki ships each formula three times: hidden MathML, its TeX annotation and a fallback image whose
   * alt repeats the TeX. Write the TeX once, without the {\displaystyle …} wrapper.
   */
  private void math(Element el) {
    Element math = el.normalName().equals("math") ? el : el.selectFirst("math");
    String tex = math == null ? "" : math.attr("alttext");
    if (tex.isEmpty() && math != null) {
      Element annotation = math.selectFirst("annotation");
      if (annotation != null) tex = annotation.text();
    }
    if (tex.isEmpty()) {
      Element img = el.selectFirst("img[alt]");
      if (img != null) tex = img.attr("alt");
    }
    tex = unwrapStyle(tex.trim());
    if (tex.isEmpty()) return;
    if (gap == null && out.length() > 0 && out.charAt(out.length() - 1) != '\n') gap = " ";
    append(tex);
  }

  private static String unwrapStyle(String tex) {
    for (String style : TEX_STYLES) {
      if (tex.startsWith(style) && tex.endsWith("}")) return tex.substring(style.length(), tex.length() - 1).trim();
    }
    return tex;
  }

  private void append(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (gap == null) gap = " ";
        i++;
      } else if (isInvisible(c)) {
        i++;
      } else {
        if (gap != null) {
          int len = out.length();
          if (len > 0 && out.charAt(len - 1) != '\n') out.append(gap);
          gap = null;
        }
        // A run of visible characters is copied at once: char by char, this was the extractor's hottest loop.
        int run = i + 1;
        while (run < n && !isSpace(text.charAt(run)) && !isInvisible(text.charAt(run))) run++;
        out.append(text, i, run);
        i = run;
      }
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2009' || c == '\u202F'
        || c == '\u2007' || c == '\f' || c == '\u2002' || c == '\u2003';
  }

  /** Zero-width space, byte-order mark, soft hyphen and direction marks carry no text. */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u200E' || c == '\u200F';
  }

  private void newline() {
    gap = null;
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) != '\n') out.append('\n');
  }

  private void cell() {
    int len = out.length();
    gap = len > 0 && out.charAt(len - 1) != '\n' ? " | " : null;
  }

  private static int headingLevel(String tag) {
    if (tag.length() != 2 || tag.charAt(0) != 'h') return 0;
    char d = tag.charAt(1);
    return d >= '1' && d <= '6' ? d - '0' : 0;
  }
}
