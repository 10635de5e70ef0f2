package org.entente.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.enrich.EntityNames;
import org.entente.enrich.Gazetteer;
import org.entente.enrich.GazetteerEntry;

/**
 * The other names of the entities a query names, from the gazetteer: a historian who types the period
 * spelling "Litvinoff" or "Vilna" also means the pages that say "Maxim Litvinov" or "Vilnius". Names are
 * looked up as whole word runs of the query, longest first, ignoring case and accents, because people
 * type queries in lower case ("treaty of sevres") and the text scanner's capital checks would miss them.
 */
final class AliasExpansion {
  /** The longest name, in words, looked up; gazetteer names are rarely longer. */
  private static final int MAX_WORDS = 6;

  /** A run of the query's words that names entities, and every other name those entities go by. */
  record Named(String surface, Set<String> otherNames) {}

  private final Gazetteer gazetteer;

  AliasExpansion(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The named runs of {@code text}, left to right, each the longest name starting where it starts. */
  List<Named> of(String text) {
    String[] words = text.strip().split("\\s+");
    List<Named> found = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int matched = 0;
      for (int n = Math.min(MAX_WORDS, words.length - i); n >= 1 && matched == 0; n--) {
        String surface = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        List<GazetteerEntry> entries = gazetteer.findAll(surface);
        if (entries.isEmpty()) continue;
        Set<String> others = new LinkedHashSet<>();
        String key = EntityNames.key(surface);
        for (GazetteerEntry e : entries) {
          for (String name : e.names()) {
            if (!EntityNames.key(name).equals(key)) others.add(name);
          }
        }
        if (!others.isEmpty()) found.add(new Named(surface, others));
        matched = n;
      }
      i += Math.max(1, matched);
    }
    return found;
  }
}
