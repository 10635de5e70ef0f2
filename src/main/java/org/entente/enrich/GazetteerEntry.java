package org.entente.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the gazetteer: an entity's type, its canonical name (the English Wikipedia title), the
 * other names it goes by, and the broader entities it also counts as ("Nazi Germany" is also "Germany").
 */
public record GazetteerEntry(EntityType type, String name, List<Alias> aliases, List<String> also) {
  public GazetteerEntry {
    aliases = List.copyOf(aliases);
    also = List.copyOf(also);
  }

  /** How a name may be matched in running text. */
  public enum Use {
    /** Anywhere, provided its capitalised words are capitalised in the text ("Bonnet", not "bonnet"). */
    TEXT,
    /** Only with exactly this spelling and case: acronyms such as "US" that are also words. */
    EXACT_CASE,
    /**
     * Only in an article that already names the entity another way (a link, the full name): bare
     * surnames shared by several people or with common words ("Chamberlain", "Eden", "Young").
     */
    CONTEXT
  }

  /** Another name of the entity and how it may be matched in text. */
  public record Alias(String text, Use use) {}

  /** The canonical name followed by every alias, as written. */
  public List<String> names() {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    for (Alias a : aliases) names.add(a.text());
    return names;
  }
}
