package org.entente.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or trap pattern tried at chosen places in a text rather than searched for: places whose
 * first character cannot begin a match are skipped without running the regex at all.
 */
final class DateProbe {
  final Pattern pattern;
  /** For each ASCII character, whether a match may begin with it; other characters are always tried. */
  private final boolean[] asciiStarts = new boolean[128];

  DateProbe(String regex) {
    this.pattern = Pattern.compile(regex);
    for (char c = 0; c < 128; c++) {
      // A failed match on one character that never reached the end cannot succeed with more text.
      // This holds because no pattern here begins with \b before a non-word character.
      Matcher m = pattern.matcher(String.valueOf(c));
      asciiStarts[c] = m.lookingAt() || m.hitEnd();
    }
  }

  /** A matcher over {@code text} whose lookbehinds and word boundaries see the text before each place tried. */
  Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** True if {@code m} (from {@link #matcher}) matches starting exactly at {@code at}; the match is left in {@code m}. */
  boolean matchesAt(Matcher m, String text, int at) {
    char c = text.charAt(at);
    if (c < 128 && !asciiStarts[c]) return false;
    m.region(at, text.length());
    return m.lookingAt();
  }
}
