package org.entente.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Turns the href of a wiki link into the title of the article it points at, or null when it is not one. */
final class WikiLink {
  private WikiLink() {}

  /**
   * Namespaces and interwiki prefixes whose pages are not articles. "Foo talk:" is caught by its suffix.
   * A colon alone does not make a namespace: "Star Wars: Episode IV" is an article.
   */
  private static final Set<String> NOT_ARTICLES = Set.of(
      "talk", "user", "wikipedia", "wp", "project", "file", "image", "media", "mediawiki", "template",
      "help", "category", "portal", "draft", "timedtext", "module", "book", "special", "gadget",
      "gadget definition", "education program", "topic", "wikt", "wiktionary", "commons", "c", "s",
      "wikisource", "q", "wikiquote", "b", "wikibooks", "n", "wikinews", "v", "wikiversity", "voy",
      "wikivoyage", "d", "wikidata", "species", "wikispecies", "meta", "m", "mw", "phab", "foundation",
      "wmf", "outreach", "incubator");

  /**
   * The decoded article title of {@code href} ("/wiki/Edvard_Bene%C5%A1#Life" → "Edvard Beneš"), or null
   * for links that leave the article namespace, red links, bare fragments and other sites.
   */
  static String target(String href) {
    String path = articlePath(href);
    if (path == null) return null;
    int query = path.indexOf('?');
    if (query >= 0) {
      // Parsoid red links: "./Foo?action=edit&redlink=1".
      if (path.indexOf("redlink=1", query) >= 0 || path.indexOf("action=", query) >= 0) return null;
      path = path.substring(0, query);
    }
    String title = title(path);
    if (title == null) return null;
    int colon = title.indexOf(':');
    if (colon > 0) {
      String prefix = title.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      if (NOT_ARTICLES.contains(prefix) || prefix.endsWith(" talk")) return null;
    }
    return title;
  }

  /** The category name of a category link ("./Category:Non-aggression_pacts" → "Non-aggression pacts"), or null. */
  static String category(String href) {
    String path = articlePath(href);
    if (path == null) return null;
    String title = title(path);
    if (title == null || !title.regionMatches(true, 0, "Category:", 0, 9)) return null;
    String name = title.substring(9).trim();
    return name.isEmpty() ? null : name;
  }

  /** The part of the href after "/wiki/" or "./", for this wiki only; null for anything else. */
  private static String articlePath(String href) {
    if (href == null || href.isEmpty()) return null;
    if (href.startsWith("./")) return href.substring(2);
    if (href.startsWith("/wiki/")) return href.substring(6);
    int scheme = href.startsWith("//") ? 2 : href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
    if (scheme < 0) return null;
    int slash = href.indexOf('/', scheme);
    if (slash < 0) return null;
    String host = href.substring(scheme, slash).toLowerCase(Locale.ROOT);
    // Pages saved from the browser carry absolute links; other languages' wikis are not this corpus.
    if (!(host.equals("en.wikipedia.org") || host.equals("en.m.wikipedia.org"))) return null;
    return href.startsWith("/wiki/", slash) ? href.substring(slash + 6) : null;
  }

  /** Decodes a title path: percent-escapes as UTF-8, underscores to spaces, no fragment, first letter upper case. */
  private static String title(String path) {
    int hash = path.indexOf('#');
    if (hash >= 0) path = path.substring(0, hash);
    String title = percentDecode(path).replace('_', ' ').trim();
    if (title.isEmpty()) return null;
    // MediaWiki titles are case-insensitive in their first letter; Parsoid writes "./collective_security".
    int first = title.codePointAt(0);
    int upper = Character.toUpperCase(first);
    return first == upper ? title : new StringBuilder().appendCodePoint(upper)
        .append(title, Character.charCount(first), title.length()).toString();
  }

  /** Percent-decoding that leaves '+' alone (URLDecoder would turn "C++" into "C  "). */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) return s;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          raw = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(raw);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
