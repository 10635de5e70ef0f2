package org.entente.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.enrich.EntityNameScanner.Candidate;
import org.entente.enrich.EntityNameScanner.Match;
import org.entente.enrich.GazetteerEntry.Use;
import org.entente.extract.Article;
import org.entente.extract.InfoboxRow;
import org.entente.extract.Link;
import org.entente.extract.Section;

/**
 * Finds the people, states, organisations, places and treaties/events an article names, from three
 * sources merged by canonical name: its internal links (target = canonical name, anchor = alias),
 * its infobox rows, and gazetteer names in its text (so plain-text documents get entities too).
 *
 * <p>A link and the text under it are one mention: per section, an entity counts the larger of its
 * link count and its text-match count, not their sum. An entity that is "also" a broader one (Nazi
 * Germany → Germany) lends its mentions to the broader one, again by the larger count per section.
 */
public final class EntityExtractor {
  private static final Pattern FOOTNOTE = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PART = Pattern.compile("[^,;/]+");

  private final Gazetteer gazetteer;

  /** An extractor over the shipped gazetteer. */
  public EntityExtractor() {
    this(Gazetteer.standard());
  }

  public EntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The entities of {@code article}, most mentioned first. */
  public List<Entity> extract(Article article) {
    Tallies tallies = new Tallies();
    Set<String> attested = new HashSet<>();
    // The article's own subject counts as named: "Rapallo" in Treaty_of_Rapallo_(1922) means that treaty.
    gazetteer.find(article.title()).ifPresent(e -> attested.add(e.name()));
    fromLinks(article, tallies, attested);

    // Text first pass: names safe anywhere; they also attest entities for the context-only surnames.
    List<List<Match>> matchesBySection = new ArrayList<>();
    List<Integer> sectionIndex = new ArrayList<>();
    for (Section s : article.sections()) {
      matchesBySection.add(gazetteer.scan(s.heading().isEmpty() ? s.text() : s.heading() + "\n" + s.text()));
      sectionIndex.add(s.index());
    }
    List<Match> infoboxMatches = new ArrayList<>();
    for (InfoboxRow row : article.infobox()) {
      for (String value : row.values()) infoboxMatches.addAll(gazetteer.scan(value));
    }
    matchesBySection.add(infoboxMatches);
    sectionIndex.add(Link.INFOBOX);
    for (List<Match> matches : matchesBySection) {
      for (Match m : matches) safeEntry(m.candidates(), attested).ifPresent(e -> attested.add(e.name()));
    }
    for (int i = 0; i < matchesBySection.size(); i++) {
      for (Match m : matchesBySection.get(i)) {
        Optional<GazetteerEntry> entry = resolve(m.candidates(), attested);
        if (entry.isPresent()) tallies.text(entry.get().name(), entry.get().type(), m.surface(), sectionIndex.get(i));
      }
    }
    fromInfoboxValues(article, tallies);
    return tallies.entities(gazetteer);
  }

  private void fromLinks(Article article, Tallies tallies, Set<String> attested) {
    for (Link link : article.links()) {
      String target = link.target().strip();
      LinkTarget resolved = linkTarget(target);
      if (resolved.nonEntity() || EntityTypeRules.isNonEntity(link.anchor())) continue;
      if (resolved.known() != null) {
        GazetteerEntry e = resolved.known();
        attested.add(e.name());
        tallies.link(e.name(), e.type(), link.section());
        if (resolved.otherName()) tallies.alias(e.name(), target);
        tallies.alias(e.name(), link.anchor());
        continue;
      }
      if (resolved.ambiguous()) continue; // an alias shared by several entities: cannot tell which
      Optional<EntityType> type = resolved.byTitle();
      if (type.isEmpty() && link.section() == Link.INFOBOX) type = typeFromRow(article, link);
      type.ifPresent(t -> {
        tallies.link(target, t, link.section());
        tallies.alias(target, link.anchor());
      });
    }
  }

  /**
   * What a link target means, whichever article links to it: the same few thousand targets ("Germany",
   * "League of Nations") recur on every page, so each is worked out once per run.
   */
  private record LinkTarget(boolean nonEntity, GazetteerEntry known, boolean otherName, boolean ambiguous,
      Optional<EntityType> byTitle) {}

  private final Recurring<String, LinkTarget> linkTargets = new Recurring<>(50_000, this::resolveTarget);

  private LinkTarget linkTarget(String target) {
    return linkTargets.get(target);
  }

  private LinkTarget resolveTarget(String target) {
    if (EntityTypeRules.isNonEntity(target)) return new LinkTarget(true, null, false, false, Optional.empty());
    Optional<GazetteerEntry> known = gazetteer.find(target);
    if (known.isPresent()) {
      boolean otherName = !EntityNames.key(target).equals(EntityNames.key(known.get().name()));
      return new LinkTarget(false, known.get(), otherName, false, Optional.empty());
    }
    if (!gazetteer.findAll(target).isEmpty()) return new LinkTarget(false, null, false, true, Optional.empty());
    return new LinkTarget(false, null, false, false, EntityTypeRules.fromTitle(target));
  }

  /** An infobox link the title rules cannot type takes the type of its row, if the row lists one kind. */
  private static Optional<EntityType> typeFromRow(Article article, Link link) {
    for (InfoboxRow row : article.infobox()) {
      if (row.values().stream().noneMatch(v -> v.contains(link.anchor()))) continue;
      Optional<EntityType> type = EntityTypeRules.fromInfoboxRow(row.label());
      String name = EntityTypeRules.withoutQualifier(link.target());
      if (type.isPresent() && type.get() == EntityType.PERSON && !EntityTypeRules.looksLikePersonalName(name)) {
        return Optional.empty();
      }
      return type;
    }
    return Optional.empty();
  }

  /**
   * Infobox values that neither a link nor the gazetteer explains, in rows that list one kind of thing
   * (Signatories → people, Location → places): "Sir Miles Lampson" in Signatories.
   */
  private void fromInfoboxValues(Article article, Tallies tallies) {
    Set<String> anchors = new HashSet<>();
    for (Link l : article.links()) if (l.section() == Link.INFOBOX) anchors.add(EntityNames.key(l.anchor()));
    for (InfoboxRow row : article.infobox()) {
      Optional<EntityType> type = EntityTypeRules.fromInfoboxText(row.label());
      if (type.isEmpty()) continue;
      for (String value : row.values()) {
        String clean = FOOTNOTE.matcher(value).replaceAll(" ");
        List<Match> matches = gazetteer.scan(clean);
        Matcher part = PART.matcher(clean);
        while (part.find()) {
          String name = SPACES.matcher(part.group().strip()).replaceAll(" ");
          if (name.isEmpty() || anchors.contains(EntityNames.key(name)) || covered(matches, part.start(), part.end())) continue;
          if (!plausible(name, type.get())) continue;
          tallies.text(name, type.get(), name, Link.INFOBOX);
        }
      }
    }
  }

  private static boolean plausible(String name, EntityType type) {
    if (name.chars().anyMatch(Character::isDigit) || !Character.isUpperCase(name.charAt(0))) return false;
    if (EntityTypeRules.isNonEntity(name)) return false;
    if (type == EntityType.PERSON) return EntityTypeRules.looksLikePersonalName(name);
    return name.split(" ").length <= 4;
  }

  private static boolean covered(List<Match> matches, int start, int end) {
    for (Match m : matches) if (m.start() < end && m.end() > start) return true;
    return false;
  }

  /** The one entity a name stands for by its safe (not context-only) readings, preferring attested ones. */
  private static Optional<GazetteerEntry> safeEntry(List<Candidate> candidates, Set<String> attested) {
    List<GazetteerEntry> safe = distinct(candidates, false);
    if (safe.size() == 1) return Optional.of(safe.get(0));
    List<GazetteerEntry> seen = safe.stream().filter(e -> attested.contains(e.name())).toList();
    return seen.size() == 1 ? Optional.of(seen.get(0)) : Optional.empty();
  }

  /** As {@link #safeEntry}, else the one attested entity among the context-only readings. */
  private static Optional<GazetteerEntry> resolve(List<Candidate> candidates, Set<String> attested) {
    Optional<GazetteerEntry> safe = safeEntry(candidates, attested);
    if (safe.isPresent()) return safe;
    List<GazetteerEntry> seen = distinct(candidates, true).stream().filter(e -> attested.contains(e.name())).toList();
    return seen.size() == 1 ? Optional.of(seen.get(0)) : Optional.empty();
  }

  private static List<GazetteerEntry> distinct(List<Candidate> candidates, boolean contextOnly) {
    List<GazetteerEntry> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if ((c.use() == Use.CONTEXT) == contextOnly && !out.contains(c.entry())) out.add(c.entry());
    }
    return out;
  }

  /** Mentions gathered per canonical name, kept apart by source until they are merged. */
  private static final class Tallies {
    private final Map<String, Tally> byKey = new LinkedHashMap<>();

    private Tally tally(String name, EntityType type) {
      return byKey.computeIfAbsent(EntityNames.key(name), k -> new Tally(name, k, type));
    }

    void link(String name, EntityType type, int section) {
      tally(name, type).links.merge(section, 1, Integer::sum);
    }

    void text(String name, EntityType type, String surface, int section) {
      Tally t = tally(name, type);
      t.text.merge(section, 1, Integer::sum);
      t.alias(surface);
    }

    void alias(String name, String alias) {
      Tally t = byKey.get(EntityNames.key(name));
      if (t != null) t.alias(alias);
    }

    List<Entity> entities(Gazetteer gazetteer) {
      Map<String, Map<Integer, Integer>> mentions = new LinkedHashMap<>();
      for (Map.Entry<String, Tally> e : byKey.entrySet()) mentions.put(e.getKey(), e.getValue().mentions());
      // Broader entities take the larger count per section of their own mentions and each narrower one's.
      // One step only, from each entity's own mentions: Canada counts for British Empire, not through it
      // for United Kingdom, whatever order the entities came in.
      record Narrower(GazetteerEntry entry, Map<Integer, Integer> own) {}
      List<Narrower> narrower = new ArrayList<>();
      for (Tally t : byKey.values()) {
        GazetteerEntry entry = gazetteer.entryByKey(t.key);
        if (entry != null && !entry.also().isEmpty()) narrower.add(new Narrower(entry, Map.copyOf(mentions.get(t.key))));
      }
      for (Narrower n : narrower) {
        for (String parent : n.entry().also()) {
          GazetteerEntry p = gazetteer.entry(parent).orElseThrow();
          Tally broader = tally(p.name(), p.type());
          Map<Integer, Integer> counts = mentions.computeIfAbsent(broader.key, k -> new LinkedHashMap<>());
          n.own().forEach((section, count) -> counts.merge(section, count, Math::max));
        }
      }
      // Each entity's total is summed once, not at every comparison of the sort.
      record Counted(Entity entity, int mentions) {}
      List<Counted> counted = new ArrayList<>(byKey.size());
      for (Map.Entry<String, Tally> e : byKey.entrySet()) {
        Tally t = e.getValue();
        Entity entity = new Entity(t.name, t.type, Set.copyOf(t.aliases.values()), mentions.get(e.getKey()));
        counted.add(new Counted(entity, entity.mentions()));
      }
      counted.sort(Comparator.comparingInt(Counted::mentions).reversed().thenComparing(c -> c.entity().name()));
      List<Entity> out = new ArrayList<>(counted.size());
      for (Counted c : counted) out.add(c.entity());
      return out;
    }
  }

  private static final class Tally {
    final String name;
    /** The comparison key of {@link #name}, which the tally is filed under. */
    final String key;
    final EntityType type;
    final Map<Integer, Integer> links = new LinkedHashMap<>();
    final Map<Integer, Integer> text = new LinkedHashMap<>();
    final Map<String, String> aliases = new LinkedHashMap<>();

    Tally(String name, String key, EntityType type) {
      this.name = name;
      this.key = key;
      this.type = type;
    }

    void alias(String alias) {
      String aliasKey = EntityNames.key(alias);
      if (aliasKey.isEmpty() || aliasKey.equals(key)) return;
      aliases.computeIfAbsent(aliasKey, k -> SPACES.matcher(alias.strip()).replaceAll(" "));
    }

    Map<Integer, Integer> mentions() {
      Map<Integer, Integer> m = new LinkedHashMap<>(text);
      links.forEach((section, n) -> m.merge(section, n, Math::max));
      return m;
    }
  }
}
