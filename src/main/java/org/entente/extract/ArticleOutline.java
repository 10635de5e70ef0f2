package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article as it is being read, in document order: sections with their heading paths, and the
 * apparatus (references, sources) kept apart from the body. Both extractors fill one of these.
 */
final class ArticleOutline {

  /**
   * Headings of the scholarly apparatus at the end of an article. Their content is not body text: lists
   * go to sources, footnote lists to references, and the section itself is left out.
   */
  private static final Set<String> APPARATUS = Set.of(
      "references", "notes", "sources", "bibliography", "further reading", "external links", "citations",
      "footnotes", "works cited", "cited works", "cited sources", "general references", "general sources",
      "explanatory notes", "endnotes", "reference notes", "primary sources", "secondary sources",
      "sources cited", "specific references", "inline citations", "informational notes");

  /** Splits "Notes, references and sources" into its parts. */
  private static final Pattern CONJUNCTION = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

  private final List<Draft> drafts = new ArrayList<>();
  private final List<Link> rawLinks = new ArrayList<>();
  private final List<InfoboxRow> infobox = new ArrayList<>();
  private final List<String> references = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  /** Level of the apparatus heading we are under, or 0 when in the body. */
  private int apparatusLevel;

  ArticleOutline() {
    drafts.add(new Draft("", 0, List.of()));
  }

  /** True for "References", "Notes and references", "Further reading" and the like. */
  static boolean isApparatus(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).trim();
    if (APPARATUS.contains(h)) return true;
    String[] parts = CONJUNCTION.split(h);
    if (parts.length < 2) return false;
    for (String part : parts) {
      if (!APPARATUS.contains(part.trim())) return false;
    }
    return true;
  }

  /** Opens the section under {@code heading}; text and links from now on belong to it. */
  void heading(String heading, int level) {
    if (apparatusLevel > 0 && level > apparatusLevel) return; // "Notes" h3 under "Notes and references"
    apparatusLevel = isApparatus(heading) ? level : 0;
    if (apparatusLevel > 0) return;
    List<String> path = ancestors(level);
    path.add(heading);
    drafts.add(new Draft(heading, level, path));
  }

  /** Headings of the open sections above {@code level}, outermost first. */
  private List<String> ancestors(int level) {
    List<String> path = new ArrayList<>();
    int ceiling = level;
    for (int i = drafts.size() - 1; i > 0; i--) {
      Draft d = drafts.get(i);
      if (d.level < ceiling) {
        path.add(0, d.heading);
        ceiling = d.level;
      }
    }
    return path;
  }

  /** True while reading references, sources and the like rather than body text. */
  boolean inApparatus() {
    return apparatusLevel > 0;
  }

  /** Adds text to the current section, or, in the apparatus, one source per line. */
  void text(String text) {
    if (text.isEmpty()) return;
    if (inApparatus()) {
      for (String line : text.split("\n")) {
        if (!line.isBlank()) sources.add(line.trim());
      }
      return;
    }
    StringBuilder sb = current().text;
    if (sb.length() > 0) sb.append('\n');
    sb.append(text);
  }

  /** A link in the current section; links in the apparatus are not the article's links. */
  void link(String target, String anchor) {
    if (!inApparatus()) rawLinks.add(new Link(target, anchor, drafts.size() - 1));
  }

  void infoboxRow(InfoboxRow row) {
    infobox.add(row);
  }

  void infoboxLink(String target, String anchor) {
    rawLinks.add(new Link(target, anchor, Link.INFOBOX));
  }

  void reference(String text) {
    if (!text.isBlank()) references.add(text.trim());
  }

  void source(String text) {
    if (!text.isBlank()) sources.add(text.trim());
  }

  /**
   * The finished article. Sections with no text are dropped unless subsections follow them (a heading
   * that only groups subsections still belongs in their paths); link section indices follow the renumbering.
   */
  Article toArticle(String title, String url, String file, Flavor flavor, List<String> categories) {
    int[] renumber = new int[drafts.size()];
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      boolean hasChildren = i + 1 < drafts.size() && drafts.get(i + 1).level > d.level && d.level > 0;
      if (d.text.length() == 0 && !hasChildren) {
        renumber[i] = -2;
        continue;
      }
      renumber[i] = sections.size();
      sections.add(new Section(sections.size(), d.heading, d.level, d.path, d.text.toString()));
    }
    List<Link> links = new ArrayList<>(rawLinks.size());
    for (Link l : rawLinks) {
      int section = l.section() == Link.INFOBOX ? Link.INFOBOX : renumber[l.section()];
      if (section != -2) links.add(new Link(l.target(), l.anchor(), section));
    }
    return new Article(title, url, file, flavor, sections, infobox, links, categories, references, sources);
  }

  private Draft current() {
    return drafts.get(drafts.size() - 1);
  }

  private static final class Draft {
    final String heading;
    final int level;
    final List<String> path;
    final StringBuilder text = new StringBuilder();

    Draft(String heading, int level, List<String> path) {
      this.heading = heading;
      this.level = level;
      this.path = path;
    }
  }
}
