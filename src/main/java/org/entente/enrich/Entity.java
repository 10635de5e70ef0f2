package org.entente.enrich;

import java.util.Map;
import java.util.Set;

/**
 * A person, state, organisation, place or treaty/event named in an article: its canonical name,
 * its type, the other names it goes by (anchor texts, period spellings), and how often it is
 * mentioned in each section (key: section index, {@link org.entente.extract.Link#INFOBOX} for the infobox).
 */
public record Entity(String name, EntityType type, Set<String> aliases, Map<Integer, Integer> mentionsBySection) {
  public Entity {
    // In a stable order: they are indexed in this order, and a build must not depend on the JVM run.
    aliases = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(aliases));
    mentionsBySection = Map.copyOf(mentionsBySection);
  }

  public int mentions() {
    // A loop, not a stream: this is summed for every entity of every page when the index is built.
    int sum = 0;
    for (int n : mentionsBySection.values()) sum += n;
    return sum;
  }
}
