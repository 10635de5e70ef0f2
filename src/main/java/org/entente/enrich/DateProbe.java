package org.entente.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or trap pattern tried at chosen places in a text rather than searched for, and only where
 * the text there may begin a match (see {@link DateOpenings}).
 */
final class DateProbe {
  final Pattern pattern;

  DateProbe(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /**
   * False when no match can begin with {@code opening}, whatever text follows it. A failed match that
   * never reached the end of {@code opening} cannot succeed with more text; lookbehinds and a leading
   * \b see nothing before {@code opening}, which can only let more places through. This holds because
   * every lookbehind here is negative and no pattern begins with \b before a non-word character.
   */
  boolean mayBeginWith(String opening) {
    Matcher m = pattern.matcher(opening);
    return m.lookingAt() || m.hitEnd();
  }

  /** A matcher over {@code text} whose lookbehinds and word boundaries see the text before each place tried. */
  Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** True if {@code m} (from {@link #matcher}) matches starting exactly at {@code at}; the match is left in {@code m}. */
  boolean matchesAt(Matcher m, String text, int at) {
    m.region(at, text.length());
    return m.lookingAt();
  }
}
