package org.entente.bench;

/**
 * A piece of running text in a paragraph or an infobox value, kept apart from any page's HTML so the
 * same words can be written out in each flavor's markup (a link is {@code /wiki/T} in the skins,
 * {@code ./T} with {@code rel="mw:WikiLink"} in Parsoid HTML).
 */
sealed interface Inline {
  /** Plain words, unescaped. */
  record Text(String text) implements Inline {}

  /** An internal link: the target title (decoded, with spaces) and the words shown. */
  record Link(String target, String anchor) implements Inline {}

  /** Bold words; in a lead, the first one names the article. */
  record Bold(String text) implements Inline {}

  /** A footnote marker, numbered when the page is written. */
  record Ref() implements Inline {}
}
