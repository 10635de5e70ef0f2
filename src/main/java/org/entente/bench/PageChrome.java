package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.Flavor;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The skin around a real page's content (head, navigation, footer, sidebar), with holes for the
 * title, the content, the categories and (Vector 2022) the sidebar table of contents. Generated pages
 * wear the chrome of real ones, so an extractor meets the same clutter it meets in users' files.
 */
record PageChrome(Flavor flavor, List<String> parts, List<String> holes) {
  static final String TITLE = "\u0001TITLE\u0001";
  static final String PAGE = "\u0001PAGE\u0001";
  static final String CONTENT = "@@CONTENT@@";
  static final String CATS = "@@CATS@@";
  static final String TOC = "@@TOC@@";

  /** Cuts {@code doc} (which it empties) into chrome; {@code doc} must be of {@code flavor}. */
  static PageChrome of(Document doc, Flavor flavor) {
    doc.outputSettings().prettyPrint(false);
    String title = flavor == Flavor.PARSOID ? doc.title() : doc.title().replace(" - Wikipedia", "");
    Element content = flavor == Flavor.PARSOID ? doc.body() : doc.selectFirst("div.mw-parser-output");
    content.empty().appendChild(new Comment(CONTENT));
    Element cats = doc.selectFirst("#mw-normal-catlinks ul");
    if (cats != null) cats.empty().appendChild(new Comment(CATS));
    doc.select("#mw-hidden-catlinks").remove();
    Element toc = doc.selectFirst("#mw-panel-toc-list");
    if (toc != null) toc.empty().appendChild(new Comment(TOC));
    String html = doc.outerHtml()
        .replace(title.replace(' ', '_'), PAGE)
        .replace(title, TITLE);
    List<String> parts = new ArrayList<>();
    List<String> holes = new ArrayList<>();
    Matcher m = HOLE.matcher(html);
    int last = 0;
    while (m.find()) {
      parts.add(html.substring(last, m.start()));
      holes.add(m.group(1));
      last = m.end();
    }
    parts.add(html.substring(last));
    return new PageChrome(flavor, List.copyOf(parts), List.copyOf(holes));
  }

  private static final Pattern HOLE = Pattern.compile("<!--(" + CONTENT + "|" + CATS + "|" + TOC + ")-->");
}
