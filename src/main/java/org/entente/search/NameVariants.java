package org.entente.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.enrich.Gazetteer;

/**
 * The other names of the people, states, organisations and treaties a plain query names, from the
 * gazetteer: "Litvinoff" → Maxim Litvinov, Litvinov; "USSR" → Soviet Union; "Colonel Beck" → Józef Beck.
 * Only queries of plain words are expanded: with operators, fields or quotes the user has said exactly
 * what they want.
 */
final class NameVariants {
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s.'’\\-–]+");
  private static final int LONGEST_NAME = 5;
  /** Broad names ("Germany") bring many narrower ones; past this the query would drown. */
  private static final int MAX_VARIANTS = 12;

  private NameVariants() {}

  /** The variants to add, not counting what the query already says; empty for non-plain queries. */
  static List<String> of(String query) {
    if (!PLAIN.matcher(query).matches()) return List.of();
    String[] words = query.strip().split("\\s+");
    Gazetteer gazetteer = Gazetteer.standard();
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    while (i < words.length) {
      int taken = 0;
      // Longest name first: "Ramsay MacDonald" before "MacDonald".
      for (int n = Math.min(LONGEST_NAME, words.length - i); n >= 1 && taken == 0; n--) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        Set<String> variants = gazetteer.variants(name);
        if (variants.size() > 1) {
          for (String v : variants) {
            if (!v.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) out.add(v);
          }
          taken = n;
        }
      }
      i += Math.max(1, taken);
    }
    List<String> list = new ArrayList<>(out);
    return list.size() > MAX_VARIANTS ? list.subList(0, MAX_VARIANTS) : list;
  }
}
