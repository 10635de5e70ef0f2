package org.entente.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides whether an element is page furniture rather than article content: skin, edit links, footnote
 * marks, tables of contents, navboxes, message boxes, coordinates. Checked once per element during the
 * single walk, so no selector pass over the document is needed.
 */
final class Chrome {
  private Chrome() {}

  private static final Set<String> TAGS = Set.of(
      "style", "script", "noscript", "link", "meta", "img", "audio", "video", "source", "track", "input",
      "button", "select", "textarea", "form", "iframe", "object", "svg", "canvas", "template", "nav", "footer");

  private static final Set<String> IDS = Set.of(
      "toc", "coordinates", "catlinks", "siteSub", "contentSub", "jump-to-nav", "mw-navigation", "footer",
      "mw-head", "mw-panel", "siteNotice", "vector-toc", "mw-panel-toc", "p-lang", "mw-hidden-catlinks");

  private static final Set<String> CLASSES = Set.of(
      // "[edit]" links beside headings (plain "editsection" before 2013), "Jump to navigation", "Retrieved from …", the category box.
      "mw-editsection", "editsection", "mw-jump-link", "printfooter", "catlinks", "mw-indicators",
      // Short description, empty paragraphs MediaWiki leaves behind, anything the print stylesheet hides
      // (which covers "[citation needed]", navbars and "as of" tags).
      "shortdescription", "mw-empty-elt", "noprint", "Template-Fact", "mw-collapsible-toggle",
      // Tables of contents, navboxes, sidebars, portal boxes, authority control.
      "toc", "vector-toc", "navbox", "navbox-styles", "vertical-navbox", "sidebar", "navbar", "portalbox",
      "portal-bar", "sistersitebox", "side-box", "authority-control", "mw-authority-control",
      // Message boxes ("This article needs additional citations"), stubs, hatnotes ("For the 1921 …, see …").
      "metadata", "ambox", "ombox", "tmbox", "cmbox", "fmbox", "imbox", "mbox-small", "asbox", "hatnote",
      "dablink", "rellink", "navigation-not-searchable",
      // Footnote backlinks ("^ a b c") inside reference lists.
      "mw-cite-backlink",
      // Coordinates: the geohack link text repeats itself in three notations.
      "geo-default", "geo-nondefault", "geo-multi-punct", "geo");

  /** True when {@code el} and everything inside it is chrome. */
  static boolean isChrome(Element el) {
    String tag = el.normalName();
    if (TAGS.contains(tag)) return true;
    if (tag.equals("sup") && el.hasClass("reference")) return true; // "[1]", "[n 2]", ": 207"
    String id = el.id();
    if (!id.isEmpty() && IDS.contains(id)) return true;
    String cls = el.className();
    if (!cls.isEmpty() && anyClassIn(cls)) return true;
    if (el.hasAttr("role") && el.attr("role").equals("navigation")) return true;
    String style = el.attr("style");
    return !style.isEmpty() && hidden(style);
  }

  private static boolean hidden(String style) {
    int at = style.indexOf("display");
    if (at < 0) return false;
    int colon = style.indexOf(':', at);
    return colon > 0 && style.startsWith("none", skipSpaces(style, colon + 1));
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') i++;
    return i;
  }

  /** Scans the class attribute without allocating a set per element. */
  private static boolean anyClassIn(String cls) {
    int n = cls.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean space = i == n || Character.isWhitespace(cls.charAt(i));
      if (space) {
        if (start >= 0 && CLASSES.contains(cls.substring(start, i))) return true;
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return false;
  }
}
