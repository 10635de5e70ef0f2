package org.entente.fetch;

import java.util.List;

/**
 * One article as {@code action=parse} returns it: the title it resolved to, its revision, the
 * parser-output HTML, its categories and the redirects followed to reach it.
 */
public record WikiPage(
    String title, String displayTitle, long revision, String html, List<Category> categories, List<String> redirectsFrom) {

  /** A category the page is in, by name without namespace (spaces, not underscores). */
  public record Category(String name, boolean hidden) {}

  public WikiPage {
    categories = List.copyOf(categories);
    redirectsFrom = List.copyOf(redirectsFrom);
  }
}
