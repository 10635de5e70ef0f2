package org.entente.fetch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What to fetch: titles (or article URLs), categories walked {@code depth} levels of subcategories
 * down (0 = only the category's own articles), and whether to re-fetch pages whose revision changed.
 */
public record FetchRequest(List<String> titles, List<String> categories, int depth, boolean refresh) {

  public FetchRequest {
    if (depth < 0) throw new IllegalArgumentException("--depth must be 0 or more: " + depth);
    LinkedHashSet<String> t = new LinkedHashSet<>();
    for (String s : titles) {
      String title = title(s);
      if (!title.isEmpty()) t.add(title);
    }
    titles = List.copyOf(t);
    List<String> c = new ArrayList<>();
    for (String s : categories) {
      String name = title(s);
      if (!name.isEmpty()) c.add(categoryTitle(name));
    }
    categories = List.copyOf(c);
  }

  /** True when there is nothing to fetch. */
  public boolean isEmpty() {
    return titles.isEmpty() && categories.isEmpty();
  }

  /** A title as users write it: spaces or underscores, or an article URL ({@code …/wiki/Treaty_of_S%C3%A8vres}). */
  static String title(String s) {
    String t = s.strip();
    int wiki = t.indexOf("/wiki/");
    if ((t.startsWith("http://") || t.startsWith("https://")) && wiki >= 0) {
      t = t.substring(wiki + "/wiki/".length());
      int end = t.indexOf('#');
      if (end >= 0) t = t.substring(0, end);
      t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    return t.replace('_', ' ').strip();
  }

  /**
   * {@code Interwar-period treaties} → {@code Category:Interwar-period treaties}; the English
   * namespace name works on every language's wiki, so it is the one added.
   */
  static String categoryTitle(String name) {
    return name.toLowerCase(Locale.ROOT).startsWith("category:") ? "Category:" + name.substring(9).strip()
        : "Category:" + name;
  }
}
