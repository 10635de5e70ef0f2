package org.entente.enrich;

/**
 * Which date forms and traps may begin at a place in a text, judged from the two words that begin
 * there. The scanner stops at every word shortly before each year, and nearly all of them ("signed",
 * "treaty") begin no date, or not the one a month or "the" might begin ("September 1933" is no
 * "September 2–3, 1933"); the same openings recur on every page, so each is judged once, by running
 * the patterns on the opening alone, and then looked up instead of probed.
 *
 * <p>The answer is a bit set: bit {@code f} for {@code DateForm.values()[f]}, then one bit per
 * {@link DateTrap} from {@link #TRAPS_FROM} on. Safe to use from any thread.
 */
final class DateOpenings {
  private DateOpenings() {}

  private static final DateForm[] FORMS = DateForm.values();
  private static final DateTrap[] TRAPS = DateTrap.values();
  static final int TRAPS_FROM = FORMS.length;

  /** A longer opening is judged by its start: any start of the text at a place is a sound judge. */
  private static final int LONGEST = 24;
  /** Separators kept between the two words: enough for "2, 1933" and "1933, 12". */
  private static final int GAP = 2;

  /** For each ASCII character, whether anything may begin with it: most words are passed over here. */
  private static final boolean[] ASCII_STARTS = new boolean[128];

  static {
    if (FORMS.length + TRAPS.length > Integer.SIZE) throw new AssertionError("too many date patterns for an int");
    for (char c = 0; c < 128; c++) ASCII_STARTS[c] = judge(String.valueOf(c)) != 0;
  }

  /** The openings judged so far; looked up by the text in place, so that a lookup copies nothing. */
  private static final OpeningTable JUDGED = new OpeningTable();

  /**
   * For each pair of ASCII characters, whether anything may begin with it: 0 not yet judged, 1 no, 2 yes.
   * Judged on first sight rather than all at once, which would cost every start of Entente a fifth of a
   * second; threads racing to judge a pair write the same answer.
   */
  private static final byte[] ASCII_PAIRS = new byte[128 * 128];

  /** The forms and traps that may match at {@code at}: a bit set as described above. */
  static int at(String text, int at) {
    char c = text.charAt(at);
    if (c < 128 && !ASCII_STARTS[c]) return 0;
    if (at + 1 < text.length() && !pairMayBegin(c, text.charAt(at + 1))) return 0;
    int end = openingEnd(text, at);
    int known = JUDGED.get(text, at, end);
    if (known >= 0) return known;
    String opening = text.substring(at, end);
    int judged = judge(opening);
    JUDGED.put(opening, judged);
    return judged;
  }

  /** False if nothing may begin with the two ASCII characters {@code c d}; true for any other pair. */
  private static boolean pairMayBegin(char c, char d) {
    if (c >= 128 || d >= 128) return true;
    int pair = c << 7 | d;
    byte known = ASCII_PAIRS[pair];
    if (known == 0) {
      known = judge(new String(new char[] {c, d})) == 0 ? (byte) 1 : (byte) 2;
      ASCII_PAIRS[pair] = known;
    }
    return known == 2;
  }

  /** The end of the word at {@code at} (after a sign such as "$" or "#"), a gap, the next word and one more character. */
  private static int openingEnd(String text, int at) {
    int limit = Math.min(text.length(), at + LONGEST);
    int i = wordEnd(text, Character.isLetterOrDigit(text.charAt(at)) ? at : at + 1, limit);
    int gap = i;
    while (i < limit && i - gap < GAP && !Character.isLetterOrDigit(text.charAt(i))) i++;
    i = wordEnd(text, i, limit);
    return Math.min(text.length(), i + 1);
  }

  private static int wordEnd(String text, int from, int limit) {
    int i = from;
    while (i < limit && Character.isLetterOrDigit(text.charAt(i))) i++;
    return i;
  }

  private static int judge(String opening) {
    int bits = 0;
    for (int f = 0; f < FORMS.length; f++) {
      if (FORMS[f].probe.mayBeginWith(opening)) bits |= 1 << f;
    }
    for (int t = 0; t < TRAPS.length; t++) {
      if (TRAPS[t].probe.mayBeginWith(opening)) bits |= 1 << (TRAPS_FROM + t);
    }
    return bits;
  }
}
