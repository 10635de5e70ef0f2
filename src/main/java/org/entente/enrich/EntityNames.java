package org.entente.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How entity names are compared: as sequences of words, case-folded and with accents removed, so that
 * "Edvard Beneš", "Eduard Benes" and "EDVARD BENES" meet, and punctuation never matters
 * ("Molotov–Ribbentrop" = "Molotov-Ribbentrop", "U.S.S.R." = "U S S R").
 */
public final class EntityNames {
  private EntityNames() {}

  /** One word of a text: where it stands, and its folded form. */
  public record Word(int start, int end, String folded) {}

  /** Keys of names seen before: the same few thousand names and link targets recur in every article. */
  private static final Recurring<String, String> KEYS = new Recurring<>(200_000, EntityNames::keyOf);

  /** The comparison key of a name: its folded words joined by single spaces ("" when it has none). */
  public static String key(String name) {
    return KEYS.get(name);
  }

  private static String keyOf(String name) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words(name)) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(w.folded());
    }
    return sb.toString();
  }

  /** The words of {@code text}: maximal runs of letters and digits. */
  public static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) i++;
      int start = i;
      boolean ascii = true;
      while (i < n && isWordChar(text.charAt(i))) {
        if (text.charAt(i) >= 128) ascii = false;
        i++;
      }
      if (i > start) words.add(new Word(start, i, fold(text.substring(start, i), ascii)));
    }
    return words;
  }

  /** Combining marks count as part of a word so that decomposed accents do not split it. */
  static boolean isWordChar(char c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** A single word folded: lower case, accents stripped, letters without a decomposition spelled out. */
  public static String fold(String word) {
    return fold(word, word.chars().allMatch(c -> c < 128));
  }

  static String fold(String word, boolean ascii) {
    if (ascii) return word.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      switch (c) {
        // Letters NFD leaves alone: Polish ł (Piłsudski), Turkish ı (Rüştü), German ß (Dollfuß), …
        case 'ł', 'Ł' -> sb.append('l');
        case 'ı' -> sb.append('i');
        case 'ß' -> sb.append("ss");
        case 'ø', 'Ø' -> sb.append('o');
        case 'đ', 'Đ' -> sb.append('d');
        case 'æ', 'Æ' -> sb.append("ae");
        case 'œ', 'Œ' -> sb.append("oe");
        case 'þ', 'Þ' -> sb.append("th");
        default -> sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
