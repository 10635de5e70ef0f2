package org.entente.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * How a fetched page lies in the corpus: its file name ({@code Treaty_of_Sèvres.html}) and a complete
 * HTML document in the legacy Vector shape the extractor reads (title, canonical link,
 * {@code h1#firstHeading}, {@code div.mw-parser-output}, {@code #catlinks}).
 */
public final class SavedPage {
  private SavedPage() {}

  /** Most file systems refuse names longer than 255 bytes; titles may take 255 bytes alone. */
  private static final int MAX_NAME_BYTES = 250;

  private static final Pattern PARSER_OUTPUT = Pattern.compile("^\\s*<div [^>]*class=\"[^\"]*\\bmw-parser-output\\b");

  /**
   * The corpus file name of {@code title}: spaces become underscores as in wiki URLs, {@code /} becomes
   * {@code %2F} and a leading dot {@code %2E} (MediaWiki forbids "%XX" in titles, so this is reversible),
   * plus {@code .html}.
   */
  public static String fileName(String title) {
    String name = title.strip().replace(' ', '_').replace("/", "%2F");
    if (name.startsWith(".")) name = "%2E" + name.substring(1);
    if (name.getBytes(StandardCharsets.UTF_8).length + 5 > MAX_NAME_BYTES) {
      String hash = String.format("%08x", name.hashCode());
      while (name.getBytes(StandardCharsets.UTF_8).length + 5 + 9 > MAX_NAME_BYTES) {
        name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
      }
      name = name + "~" + hash;
    }
    return name + ".html";
  }

  /** The saved document for {@code page}, whose canonical address is {@code url}. */
  public static String html(WikiPage page, String url) {
    String heading = displayText(page);
    StringBuilder sb = new StringBuilder(page.html().length() + 2048);
    sb.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<title>").append(escape(heading)).append(" - Wikipedia</title>\n")
        .append("<meta name=\"generator\" content=\"Entente fetch; revision ").append(page.revision()).append("\"/>\n")
        .append("<link rel=\"canonical\" href=\"").append(escape(url)).append("\"/>\n")
        .append("</head>\n<body>\n")
        .append("<h1 id=\"firstHeading\" class=\"firstHeading\">").append(escape(heading)).append("</h1>\n")
        .append("<div id=\"mw-content-text\">");
    // action=parse already wraps its output in div.mw-parser-output; older wikis may not.
    boolean wrapped = PARSER_OUTPUT.matcher(page.html()).lookingAt();
    if (!wrapped) sb.append("<div class=\"mw-parser-output\">");
    sb.append(page.html());
    if (!wrapped) sb.append("</div>");
    sb.append("</div>\n");
    appendCategories(sb, page.categories());
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  /** The display title as text (it may carry markup such as {@code <i>}), or the title when it has none. */
  static String displayText(WikiPage page) {
    String text = Jsoup.parse(page.displayTitle()).text().strip();
    return text.isEmpty() ? page.title() : text;
  }

  private static void appendCategories(StringBuilder sb, List<WikiPage.Category> categories) {
    sb.append("<div id=\"catlinks\" class=\"catlinks\">");
    appendCategoryList(sb, "mw-normal-catlinks", "Categories",
        categories.stream().filter(c -> !c.hidden()).toList());
    appendCategoryList(sb, "mw-hidden-catlinks", "Hidden categories",
        categories.stream().filter(WikiPage.Category::hidden).toList());
    sb.append("</div>\n");
  }

  private static void appendCategoryList(StringBuilder sb, String id, String label, List<WikiPage.Category> list) {
    if (list.isEmpty()) return;
    sb.append("<div id=\"").append(id).append("\" class=\"").append(id).append("\">").append(label).append(": <ul>");
    for (WikiPage.Category c : list) {
      String title = "Category:" + c.name();
      sb.append("<li><a href=\"/wiki/").append(escape(WikiSite.encodeTitle(title))).append("\" title=\"")
          .append(escape(title)).append("\">").append(escape(c.name())).append("</a></li>");
    }
    sb.append("</ul></div>");
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
