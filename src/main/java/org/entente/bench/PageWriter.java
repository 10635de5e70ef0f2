package org.entente.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.Flavor;

/**
 * Writes one generated page: a title, a real page's layout (how many sections, at which level), lead
 * and section paragraphs drawn from the corpus with some years and links swapped between them, an
 * infobox whose rows take values other pages gave the same label, categories, footnotes and a
 * reference list, all inside a real page's chrome in the requested flavor.
 */
final class PageWriter {
  private static final Pattern YEAR = Pattern.compile("\\b19[0-4]\\d\\b");
  private static final String[] KINDS = {"Treaty", "Pact", "Agreement", "Convention", "Protocol", "Declaration"};
  /** How often a year or a link in a paragraph is swapped for another from the corpus. */
  private static final double SWAP_YEAR = 0.25;
  private static final double SWAP_LINK = 0.15;

  private final CorpusParts parts;

  PageWriter(CorpusParts parts) {
    this.parts = parts;
  }

  /** A title after one of a few patterns, its words taken from the corpus's links and infoboxes. */
  String title(SplittableRandom rng) {
    String year = pick(parts.years, rng);
    return switch (rng.nextInt(8)) {
      case 4 -> "Treaty of " + pick(parts.places, rng) + " (" + year + ")";
      case 5, 6 -> pick(parts.states, rng) + "–" + pick(parts.states, rng) + " " + KINDS[rng.nextInt(KINDS.length)]
          + " (" + year + ")";
      case 7 -> year + " " + pick(parts.places, rng) + " Conference";
      default -> pick(parts.links, rng).target();
    };
  }

  String write(Flavor flavor, String title, SplittableRandom rng) {
    return new Page(flavor, title, rng).html();
  }

  static <T> T pick(List<T> list, SplittableRandom rng) {
    return list.get(rng.nextInt(list.size()));
  }

  /** One page being written: its choices and the footnote counter. */
  private final class Page {
    final Flavor flavor;
    final String title;
    final String pageName;
    final SplittableRandom rng;
    final StringBuilder out = new StringBuilder(32 * 1024);
    final Set<String> ids = new HashSet<>();
    final List<CorpusParts.SectionPart> sections;
    int refs;
    int sectionNo;
    List<String> cats;

    Page(Flavor flavor, String title, SplittableRandom rng) {
      this.flavor = flavor;
      this.title = title;
      this.pageName = href(title);
      this.rng = rng;
      List<Integer> levels = pick(parts.shapes, rng).levels();
      if (levels.isEmpty()) levels = List.of(2);
      this.sections = levels.stream()
          .map(l -> pick(l == 3 && !parts.h3.isEmpty() ? parts.h3 : parts.h2, rng)).toList();
    }

    String html() {
      PageChrome chrome = pick(parts.chrome.get(flavor), rng);
      String escapedTitle = escape(title);
      for (int k = 0; k < chrome.parts().size(); k++) {
        out.append(chrome.parts().get(k).replace(PageChrome.TITLE, escapedTitle).replace(PageChrome.PAGE, pageName));
        if (k == chrome.holes().size()) break;
        switch (chrome.holes().get(k)) {
          case PageChrome.CONTENT -> content();
          case PageChrome.CATS -> categories();
          case PageChrome.TOC -> sidebarToc();
          default -> throw new IllegalStateException(chrome.holes().get(k));
        }
      }
      return out.toString();
    }

    void content() {
      List<String> cats = categoryList();
      if (flavor == Flavor.PARSOID) out.append("<section data-mw-section-id=\"0\" id=\"mwAQ\">");
      infobox();
      List<List<Inline>> lead = pick(parts.leads, rng);
      for (int i = 0; i < lead.size(); i++) paragraph(lead.get(i), i == 0);
      if (flavor == Flavor.PARSOID) out.append("</section>\n");
      if (flavor == Flavor.VECTOR_LEGACY && sections.size() >= 4) legacyToc();
      int open = 0; // Parsoid nests an h3's section inside its h2's.
      for (CorpusParts.SectionPart s : sections) {
        if (flavor == Flavor.PARSOID) open = closeSections(open, s.level());
        heading(s.level(), s.heading());
        open++;
        for (List<Inline> p : s.paragraphs()) paragraph(p, false);
      }
      if (flavor == Flavor.PARSOID) closeSections(open, 2);
      references();
      if (flavor == Flavor.PARSOID) {
        for (String c : cats) {
          out.append("<link rel=\"mw:PageProp/Category\" href=\"./Category:").append(href(c)).append("\"/>");
        }
      } else if (!parts.navboxes.isEmpty() && rng.nextBoolean()) {
        out.append(pick(parts.navboxes, rng));
      }
    }

    /** Closes Parsoid sections until one at {@code level} can open; returns how many stay open. */
    int closeSections(int open, int level) {
      int keep = level == 3 ? Math.min(open, 1) : 0;
      for (; open > keep; open--) out.append("</section>\n");
      return open;
    }

    void heading(int level, String text) {
      String id = uniqueId(text);
      int n = ++sectionNo;
      String h = "h" + level;
      switch (flavor) {
        case PARSOID -> out.append("<section data-mw-section-id=\"").append(n).append("\" id=\"mw").append(Integer.toString(n * 37 + 100, 36))
            .append("\"><").append(h).append(" id=\"").append(escape(id)).append("\">").append(escape(text)).append("</").append(h).append(">\n");
        case VECTOR_2022 -> out.append("<div class=\"mw-heading mw-heading").append(level).append("\"><").append(h).append(" id=\"")
            .append(escape(id)).append("\">").append(escape(text)).append("</").append(h).append(">").append(editLink(n, text)).append("</div>\n");
        default -> out.append("<").append(h).append("><span class=\"mw-headline\" id=\"").append(escape(id)).append("\">")
            .append(escape(text)).append("</span>").append(editLink(n, text)).append("</").append(h).append(">\n");
      }
    }

    String editLink(int n, String heading) {
      return "<span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?title="
          + pageName + "&amp;action=edit&amp;section=" + n + "\" title=\"Edit section: " + escape(heading)
          + "\">edit</a><span class=\"mw-editsection-bracket\">]</span></span>";
    }

    String uniqueId(String heading) {
      String id = heading.replace(' ', '_');
      String candidate = id;
      for (int k = 2; !ids.add(candidate); k++) candidate = id + "_" + k;
      return candidate;
    }

    void paragraph(List<Inline> inlines, boolean first) {
      out.append("<p>");
      boolean named = !first;
      for (Inline i : inlines) {
        if (i instanceof Inline.Bold b && !named) {
          named = true;
          out.append("<b>").append(escape(title)).append("</b>");
        } else {
          inline(i);
        }
      }
      out.append("\n</p>\n");
    }

    void inline(Inline i) {
      if (i instanceof Inline.Text t) {
        out.append(escape(swapYears(t.text())));
      } else if (i instanceof Inline.Link l) {
        link(rng.nextDouble() < SWAP_LINK ? pick(parts.links, rng) : l);
      } else if (i instanceof Inline.Bold b) {
        out.append("<b>").append(escape(b.text())).append("</b>");
      } else if (i instanceof Inline.Ref) {
        footnote(++refs);
      }
    }

    String swapYears(String text) {
      if (text.length() < 4) return text;
      Matcher m = YEAR.matcher(text);
      if (!m.find()) return text;
      StringBuilder sb = new StringBuilder(text.length());
      int last = 0;
      do {
        sb.append(text, last, m.start()).append(rng.nextDouble() < SWAP_YEAR ? pick(parts.years, rng) : m.group());
        last = m.end();
      } while (m.find());
      return sb.append(text, last, text.length()).toString();
    }

    void link(Inline.Link l) {
      String href = href(l.target());
      if (flavor == Flavor.PARSOID) out.append("<a rel=\"mw:WikiLink\" href=\"./").append(href);
      else out.append("<a href=\"/wiki/").append(href);
      out.append("\" title=\"").append(escape(l.target())).append("\">").append(escape(l.anchor())).append("</a>");
    }

    void footnote(int n) {
      if (flavor == Flavor.PARSOID) {
        out.append("<sup class=\"mw-ref reference\" id=\"cite_ref-").append(n).append("-0\" rel=\"dc:references\" typeof=\"mw:Extension/ref\"><a href=\"./")
            .append(pageName).append("#cite_note-").append(n).append("\"><span class=\"mw-reflink-text\">[").append(n).append("]</span></a></sup>");
      } else {
        out.append("<sup id=\"cite_ref-").append(n).append("\" class=\"reference\"><a href=\"#cite_note-").append(n)
            .append("\">&#91;").append(n).append("&#93;</a></sup>");
      }
    }

    void references() {
      if (refs == 0 || parts.references.isEmpty()) return;
      heading(2, "References");
      out.append("<div class=\"reflist\"><div class=\"mw-references-wrap\"><ol class=\"references\">");
      for (int n = 1; n <= refs; n++) {
        out.append("<li id=\"cite_note-").append(n).append("\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-").append(n)
            .append("\">^</a></b></span> <span class=\"reference-text\">").append(escape(swapYears(pick(parts.references, rng))))
            .append("</span></li>\n");
      }
      out.append("</ol></div></div>\n");
      if (flavor == Flavor.PARSOID) out.append("</section>\n");
    }

    void infobox() {
      CorpusParts.InfoboxFrame frame = pick(parts.infoboxes, rng);
      out.append("<table class=\"").append(escape(frame.tableClass())).append("\" style=\"width:22em\"><tbody>")
          .append("<tr><th colspan=\"2\" class=\"infobox-above summary\" style=\"font-size:125%;\">").append(escape(title)).append("</th></tr>");
      for (String label : frame.labels()) {
        out.append("<tr><th scope=\"row\" class=\"infobox-label\">").append(escape(label)).append("</th><td class=\"infobox-data\">");
        for (Inline i : pick(parts.infoboxValues.get(label), rng)) inline(i);
        out.append("</td></tr>");
      }
      out.append("</tbody></table>\n");
    }

    void legacyToc() {
      out.append("<div id=\"toc\" class=\"toc\" role=\"navigation\" aria-labelledby=\"mw-toc-heading\"><div class=\"toctitle\" lang=\"en\" dir=\"ltr\">")
          .append("<h2 id=\"mw-toc-heading\">Contents</h2></div><ul>");
      int n = 0;
      for (CorpusParts.SectionPart s : sections) {
        n++;
        out.append("<li class=\"toclevel-").append(s.level() - 1).append(" tocsection-").append(n).append("\"><a href=\"#")
            .append(escape(s.heading().replace(' ', '_'))).append("\"><span class=\"tocnumber\">").append(n)
            .append("</span> <span class=\"toctext\">").append(escape(s.heading())).append("</span></a></li>");
      }
      out.append("</ul></div>\n");
    }

    void sidebarToc() {
      out.append("<li class=\"vector-toc-list-item vector-toc-level-1\"><a class=\"vector-toc-link\" href=\"#\"><div class=\"vector-toc-text\">(Top)</div></a></li>");
      for (CorpusParts.SectionPart s : sections) {
        out.append("<li class=\"vector-toc-list-item vector-toc-level-").append(s.level() - 1).append("\"><a class=\"vector-toc-link\" href=\"#")
            .append(escape(s.heading().replace(' ', '_'))).append("\"><div class=\"vector-toc-text\">").append(escape(s.heading()))
            .append("</div></a></li>");
      }
    }

    List<String> categoryList() {
      if (cats == null) {
        int n = Math.max(1, pick(parts.categoryCounts, rng));
        cats = new java.util.ArrayList<>(n);
        for (int k = 0; k < n; k++) cats.add(pick(parts.categories, rng));
      }
      return cats;
    }

    void categories() {
      for (String c : categoryList()) {
        out.append("<li><a href=\"/wiki/Category:").append(href(c)).append("\" title=\"Category:").append(escape(c)).append("\">")
            .append(escape(c)).append("</a></li>");
      }
    }
  }

  /** A title as MediaWiki writes it in a link: spaces as underscores, other non-URL characters percent-encoded. */
  static String href(String title) {
    StringBuilder sb = new StringBuilder(title.length() + 8);
    for (byte b : title.replace(' ', '_').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_-.,()':!~*".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> null;
      };
      if (r != null && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      if (sb != null) {
        if (r != null) sb.append(r);
        else sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
