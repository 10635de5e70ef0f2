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
    aliases = Set.copyOf(aliases);
    mentionsBySection = Map.copyOf(mentionsBySection);
  }

  public int mentions() {
    return mentionsBySection.values().stream().mapToInt(Integer::intValue).sum();
  }
}
