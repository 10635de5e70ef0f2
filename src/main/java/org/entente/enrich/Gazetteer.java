package org.entente.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.enrich.GazetteerEntry.Alias;
import org.entente.enrich.GazetteerEntry.Use;

/**
 * The people, states, organisations, places and treaties/events Entente knows by name, with their
 * period spellings: looked up by any name, accents and case ignored ("Benes" finds "Edvard Beneš"),
 * expanded for queries ({@link #variants}), and found in running text ({@link #scan}).
 *
 * <p>The data file is tab-separated, one entity a line: {@code TYPE  Canonical name  alias|alias  also|also}.
 * An alias written {@code ~Name} is matched in text only where the article names the entity otherwise
 * ({@link Use#CONTEXT}); {@code =Name} only with exactly that case ({@link Use#EXACT_CASE}).
 */
public final class Gazetteer {
  /** The gazetteer shipped with Entente, read from the classpath on first use. */
  public static final String RESOURCE = "/org/entente/enrich/gazetteer.tsv";

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byCanonical = new HashMap<>();
  private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
  private final Map<String, List<GazetteerEntry>> narrower = new HashMap<>();
  private final EntityNameScanner scanner = new EntityNameScanner();

  private Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (GazetteerEntry e : this.entries) {
      if (byCanonical.putIfAbsent(EntityNames.key(e.name()), e) != null) {
        throw new IllegalArgumentException("gazetteer names \"" + e.name() + "\" twice; merge the two lines");
      }
      index(e, e.name());
      scanner.add(e, e.name(), Use.TEXT);
      for (Alias a : e.aliases()) {
        index(e, a.text());
        scanner.add(e, a.text(), a.use());
      }
    }
    for (GazetteerEntry e : this.entries) {
      for (String parent : e.also()) {
        GazetteerEntry p = byCanonical.get(EntityNames.key(parent));
        if (p == null) {
          throw new IllegalArgumentException(e.name() + " is also \"" + parent + "\", which has no line of its own");
        }
        narrower.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(e);
      }
    }
  }

  private void index(GazetteerEntry e, String name) {
    List<GazetteerEntry> list = byName.computeIfAbsent(EntityNames.key(name), k -> new ArrayList<>(1));
    if (!list.contains(e)) list.add(e);
  }

  /** The shipped gazetteer; loaded once, on first call, safely from any thread. */
  public static Gazetteer standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild Entente");
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** Parses gazetteer lines; {@code source} names the file in error messages. */
  public static Gazetteer parse(String data, String source) {
    List<GazetteerEntry> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(data))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        entries.add(parseLine(line, source + ":" + number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Gazetteer(entries);
  }

  static GazetteerEntry parseLine(String line, String where) {
    String[] cols = line.split("\t", -1);
    if (cols.length < 2 || cols.length > 4) {
      throw new IllegalArgumentException(where + ": expected TYPE<tab>name<tab>aliases<tab>also, got " + cols.length + " columns");
    }
    EntityType type;
    try {
      type = EntityType.valueOf(cols[0].trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown type \"" + cols[0] + "\"; use one of " + Arrays.toString(EntityType.values()));
    }
    String name = cols[1].trim();
    if (EntityNames.key(name).isEmpty()) throw new IllegalArgumentException(where + ": empty name");
    List<Alias> aliases = new ArrayList<>();
    for (String raw : split(cols.length > 2 ? cols[2] : "")) {
      Use use = raw.startsWith("~") ? Use.CONTEXT : raw.startsWith("=") ? Use.EXACT_CASE : Use.TEXT;
      String text = use == Use.TEXT ? raw : raw.substring(1).trim();
      if (EntityNames.key(text).isEmpty()) throw new IllegalArgumentException(where + ": empty alias in " + name);
      aliases.add(new Alias(text, use));
    }
    return new GazetteerEntry(type, name, aliases, split(cols.length > 3 ? cols[3] : ""));
  }

  private static List<String> split(String column) {
    List<String> parts = new ArrayList<>();
    for (String p : column.split("\\|")) {
      if (!p.isBlank()) parts.add(p.trim());
    }
    return parts;
  }

  /** Every entity, in file order. */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The entity whose canonical name is {@code canonical} (accents and case ignored). */
  public Optional<GazetteerEntry> entry(String canonical) {
    return Optional.ofNullable(byCanonical.get(EntityNames.key(canonical)));
  }

  /** As {@link #entry}, for a name already made a key with {@link EntityNames#key}; null if unknown. */
  GazetteerEntry entryByKey(String key) {
    return byCanonical.get(key);
  }

  /**
   * The entity {@code name} stands for: the one with that canonical name, else the only one with
   * that alias; empty when unknown or when the alias is shared ("Chamberlain").
   */
  public Optional<GazetteerEntry> find(String name) {
    String key = EntityNames.key(name);
    GazetteerEntry exact = byCanonical.get(key);
    if (exact != null) return Optional.of(exact);
    List<GazetteerEntry> all = byName.getOrDefault(key, List.of());
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }

  /** Every entity {@code name} may stand for, canonical match first. */
  public List<GazetteerEntry> findAll(String name) {
    String key = EntityNames.key(name);
    List<GazetteerEntry> all = byName.getOrDefault(key, List.of());
    GazetteerEntry exact = byCanonical.get(key);
    if (exact == null || all.get(0) == exact) return Collections.unmodifiableList(all);
    List<GazetteerEntry> ordered = new ArrayList<>(all);
    ordered.remove(exact);
    ordered.add(0, exact);
    return List.copyOf(ordered);
  }

  /** The type of the entity named {@code canonical}, if the gazetteer knows it. */
  public Optional<EntityType> type(String canonical) {
    return entry(canonical).map(GazetteerEntry::type);
  }

  /** The aliases of the entity named {@code canonical}, as written; empty if unknown. */
  public List<String> aliases(String canonical) {
    return entry(canonical).map(e -> e.aliases().stream().map(Alias::text).toList()).orElse(List.of());
  }

  /** The entities that name {@code canonical} in their "also" column: "Germany" → Weimar Republic, Nazi Germany. */
  public List<GazetteerEntry> narrower(String canonical) {
    return entry(canonical).map(e -> List.copyOf(narrower.getOrDefault(e.name(), List.of()))).orElse(List.of());
  }

  /**
   * Every name of the entities {@code term} names, and of the entities that count as them, for
   * query expansion: "Litvinoff" → Maxim Litvinov, Litvinov, Litvinoff, …; "Germany" → Germany,
   * Weimar Republic, Nazi Germany, Third Reich, …. Contains {@code term} itself; unknown terms give just it.
   */
  public Set<String> variants(String term) {
    Set<String> out = new LinkedHashSet<>();
    out.add(term);
    Map<String, GazetteerEntry> named = new LinkedHashMap<>();
    for (GazetteerEntry e : findAll(term)) {
      named.put(e.name(), e);
      for (GazetteerEntry n : narrower.getOrDefault(e.name(), List.of())) named.putIfAbsent(n.name(), n);
    }
    for (GazetteerEntry e : named.values()) out.addAll(e.names());
    return out;
  }

  /** Gazetteer names in {@code text}, longest first, on word boundaries; see {@link EntityNameScanner}. */
  public List<EntityNameScanner.Match> scan(String text) {
    return scanner.scan(text);
  }

  /** How many names (canonical and aliases) the text scanner knows. */
  public int nameCount() {
    return scanner.size();
  }
}
