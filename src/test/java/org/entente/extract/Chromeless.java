package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Asserts that no skin or editing furniture reached any text field of an article. */
final class Chromeless {
  private Chromeless() {}

  private static final List<String> CHROME = List.of(
      "Jump to", "From Wikipedia", "[edit]", "last edited", "Retrieved from", "Navigation menu", "Contents",
      "Hidden categories", "Edit section");
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\d+\\]");

  static void assertNoChrome(Article article) {
    for (String text : textFields(article)) {
      for (String chrome : CHROME) {
        assertFalse(text.contains(chrome), () -> article.file() + ": chrome \"" + chrome + "\" in: " + excerpt(text, chrome));
      }
      assertFalse(FOOTNOTE_MARK.matcher(text).find(), () -> article.file() + ": footnote mark in: " + text);
    }
  }

  /** Title, headings, section text, infobox labels and values, link anchors. */
  static List<String> textFields(Article article) {
    List<String> texts = new ArrayList<>();
    texts.add(article.title());
    for (Section s : article.sections()) {
      texts.add(s.heading());
      texts.add(s.text());
    }
    for (InfoboxRow row : article.infobox()) {
      texts.add(row.label());
      texts.addAll(row.values());
    }
    for (Link link : article.links()) texts.add(link.anchor());
    return texts;
  }

  private static String excerpt(String text, String needle) {
    int at = text.indexOf(needle);
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + needle.length() + 60));
  }
}
