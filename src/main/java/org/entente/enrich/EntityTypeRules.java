package org.entente.enrich;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a link target the gazetteer does not know is, judged from its title alone (and, for infobox
 * links, the row it stands in). Conservative on purpose: a title that fits no rule is dropped rather
 * than guessed, because a wrong facet value is worse than a missing one.
 */
public final class EntityTypeRules {
  private EntityTypeRules() {}

  // Namespaces and interwiki prefixes: "Help:Maintenance", "Category:1933 treaties", "wikt:pact".
  private static final Pattern NAMESPACE = Pattern.compile(
      "(?i)^(help|category|file|image|media|wikipedia|wp|template|template talk|special|portal|talk|user|user talk"
          + "|module|draft|mediawiki|book|timedtext|wikt|wiktionary|s|wikisource|d|wikidata|commons|meta|q|wikiquote"
          + "|n|wikinews|b|wikibooks|v|wikiversity|voy|mw|foundation|[a-z]{2,3}(-[a-z]+)?)\\s*:.*");
  // Dates and years as titles: "1933", "1930s", "September 2", "2 September", "1933 in Italy", "20th century".
  private static final Pattern DATE_TITLE = Pattern.compile(
      "(?i)^(\\d{1,4}( BC| AD)?s?|\\d{1,4}s? in .+|\\d{1,2}(st|nd|rd|th) century( .*)?|"
          + "(january|february|march|april|may|june|july|august|september|october|november|december)( \\d{1,2})?(, \\d{4})?|"
          + "\\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)( \\d{4})?|"
          + "(january|february|march|april|may|june|july|august|september|october|november|december) \\d{4})$");
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december");
  private static final Set<String> NOT_ENTITIES = Set.of(
      "main page", "wikipedia", "edit section", "edit", "jump to navigation", "jump to search", "isbn",
      "international standard book number", "issn", "international standard serial number", "oclc",
      "doi", "digital object identifier", "jstor", "bibcode", "pmid", "pubmed", "s2cid", "semantic scholar",
      "wayback machine", "internet archive", "hdl", "handle system", "lccn", "library of congress control number",
      "virtual international authority file", "viaf", "wikidata", "wikisource", "wikimedia commons", "about wikipedia");

  // Offices and posts are not entities of any facet type ("Prime Minister of France"), nor are lists and overviews.
  private static final Pattern OFFICE = Pattern.compile(
      "^(Prime Minister|Minister|Secretary|Under-?[Ss]ecretary|Undersecretary|President|Chancellor|Foreign Minister|"
          + "Head|Leader|List|Lists|Timeline|History|Foreign relations|Outline|Index|Glossary|Bibliography|"
          + "Ambassador|High Commissioner|First Lord|Lord Privy Seal|Lord Chancellor|Lord President|People's Commissar)\\b.*");

  // The title rules look at words, not regular expressions over the whole title: a title is tested for
  // every link on every page, so this must stay cheap.
  private static final Set<String> EVENT_FIRST = Set.of(
      "Treaty", "Treaties", "Peace", "Battle", "Siege", "Invasion", "Occupation", "Annexation", "Partition", "Congress",
      "Conference", "Convention", "Protocol", "Pact", "Declaration", "Remilitarization", "Evacuation", "Plebiscite",
      "Referendum", "Assassination");
  private static final Set<String> EVENT_WORDS = Set.of(
      "Treaty", "Treaties", "Pact", "Conference", "Agreement", "Agreements", "Accord", "Accords", "Protocol", "Protocols",
      "Convention", "Crisis", "crisis", "War", "war", "Putsch", "putsch", "Incident", "incident", "Award", "Declaration",
      "declaration", "Alliance", "alliance", "Revolution", "revolution", "Uprising", "uprising", "Rebellion", "rebellion",
      "Affair", "affair", "Trial", "Trials", "trial", "trials", "Plebiscite", "plebiscite", "Referendum", "referendum",
      "election", "Coup", "coup", "Massacre", "massacre", "invasion", "occupation", "annexation", "Offensive", "offensive",
      "Armistice", "armistice", "Ultimatum", "ultimatum", "Memorandum", "Concordat", "Moratorium", "Plan", "Report",
      "Doctrine", "Diktat", "Act", "Mutiny", "mutiny", "Pogrom", "pogrom", "assassination", "Assassination");
  private static final Set<String> ORGANISATION_FIRST = Set.of(
      "League", "Council", "Committee", "Commission", "Bank", "Court", "Assembly", "House", "Chamber", "Ministry",
      "Commissariat", "Office", "Party", "Congress", "Federation", "Society", "Association", "Organization",
      "Organisation", "Institute");
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "Party", "party", "Army", "Navy", "Commission", "Committee", "Council", "International", "Bank", "Office", "Court",
      "Assembly", "Parliament", "Senate", "Sejm", "Reichstag", "Duma", "Ministry", "Commissariat", "Legion", "Front",
      "Entente", "Organization", "Organisation", "Agency", "Society", "Association", "Federation", "Guard", "Corps",
      "Institute", "Company", "Corporation", "Police", "Cabinet", "Government", "government", "government-in-exile",
      "Movement", "movement", "Fleet", "Division", "Brigade", "Regiment", "Secretariat", "Bureau", "Directorate",
      "Tribunal", "Gestapo", "Reichswehr", "Wehrmacht", "Luftwaffe", "Kriegsmarine", "NKVD", "OGPU", "Cheka", "Comintern",
      "Kuomintang", "Marina", "Aeronautica");
  private static final Set<String> STATE_FIRST = Set.of(
      "Kingdom", "Empire", "Republic", "Principality", "Emirate", "Sultanate", "Khanate", "Duchy", "Tsardom",
      "Protectorate", "Commonwealth");
  private static final Set<String> STATE_LAST = Set.of(
      "Republic", "Empire", "Kingdom", "Emirate", "Sultanate", "Principality");
  private static final Set<String> PLACE_FIRST = Set.of("Lake", "Gulf", "Bay", "Strait", "Straits", "Sea", "Isle", "Mount", "Palace", "Port");
  private static final Set<String> PLACE_LAST = Set.of(
      "Sea", "Ocean", "River", "river", "Lake", "Mountains", "Pass", "Strait", "Straits", "Region", "region", "Province",
      "province", "Island", "Islands", "Corridor", "Canal", "Basin", "Peninsula", "Oblast", "Voivodeship", "Governorate",
      "Palace", "Castle", "Hall", "Square", "Street", "Cemetery", "Valley", "Plain", "Desert", "Coast", "Bay", "Gulf",
      "Harbour", "Harbor", "Silesia", "Prussia", "Galicia", "Thrace", "Macedonia");
  // British peers and monarchs are titled unlike other people: "John Simon, 1st Viscount Simon", "George V".
  private static final Pattern PEER = Pattern.compile(
      "^\\p{Lu}[^,]*, \\d+(st|nd|rd|th) (Baron|Baroness|Viscount|Earl|Marquess|Duke|Baronet|Count|Prince)\\b.*");
  private static final Pattern MONARCH = Pattern.compile("^\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)? [IVX]+( of \\p{Lu}.*)?$");
  private static final Set<String> PERSON_FIRST = Set.of(
      "Pope", "King", "Queen", "Emperor", "Tsar", "Sultan", "Shah", "Prince", "Princess", "Sir", "Lord", "Lady", "Admiral",
      "General", "Marshal");
  private static final Set<String> PERSON_QUALIFIER = Set.of(
      "politician", "diplomat", "statesman", "general", "admiral", "officer", "economist", "historian", "journalist",
      "lawyer", "jurist", "writer", "activist", "banker", "bishop", "cardinal", "priest", "soldier", "businessman",
      "industrialist", "publisher");

  // The infobox rows of a treaty or conference that list people, and those that list states or places.
  private static final Set<String> PEOPLE_ROWS = Set.of(
      "signatories", "signers", "negotiators", "mediators", "drafters", "leaders", "chair", "chairman", "president",
      "prime minister", "premier", "preceded by", "succeeded by", "spouse", "key people", "commander", "convened by",
      "heads of government", "monarch", "deputy", "secretary-general", "issued by");
  private static final Set<String> PLACE_ROWS = Set.of(
      "location", "place", "venue", "signed", "location signed", "resting place", "born", "died", "place of birth",
      "place of death", "headquarters", "seat");
  // Rows whose unlinked text is a bare place name; "Born" mixes a birth name, a date and a place.
  private static final Set<String> PLACE_TEXT_ROWS = Set.of("location", "place", "venue", "signed", "location signed");

  /** True for targets that are never entities: namespaces, identifiers, skin chrome, dates and years. */
  public static boolean isNonEntity(String target) {
    String t = target.strip();
    if (t.isEmpty() || t.startsWith("#")) return true;
    String lower = t.toLowerCase(Locale.ROOT);
    if (NOT_ENTITIES.contains(lower)) return true;
    // Cheap tests before the patterns: this runs for every link of every page.
    if (t.indexOf(':') > 0 && NAMESPACE.matcher(t).matches()) return true;
    int space = lower.indexOf(' ');
    boolean dateLike = Character.isDigit(t.charAt(0)) || MONTHS.contains(space < 0 ? lower : lower.substring(0, space));
    return dateLike && DATE_TITLE.matcher(t).matches();
  }

  /** The type a title suggests by its form, or empty when it fits no rule (then the link is dropped). */
  public static Optional<EntityType> fromTitle(String target) {
    String full = target.strip();
    if (isNonEntity(full)) return Optional.empty();
    String t = withoutQualifier(full);
    String[] words = t.split(" ");
    String first = words[0];
    String last = words[words.length - 1];
    if (t.contains("-class") || t.contains(" class ")) return Optional.empty(); // ships: "King George V-class battleship"
    if (OFFICE.matcher(t).matches() && !PEER.matcher(full).matches()) return Optional.empty();
    if (isPerson(full, t)) return Optional.of(EntityType.PERSON);
    if (EVENT_FIRST.contains(first) || anyIn(words, EVENT_WORDS)) return Optional.of(EntityType.EVENT);
    boolean organisation = ORGANISATION_FIRST.contains(first) || anyIn(words, ORGANISATION_WORDS)
        || t.contains("Air Force") || t.contains("Conference of Ambassadors");
    if (organisation) return Optional.of(EntityType.ORGANISATION);
    // "General Act for …" is a treaty (caught above); "General Franco", "Pope Pius IX" are people.
    if (PERSON_FIRST.contains(first) && words.length > 1 && Character.isUpperCase(words[1].charAt(0))) {
      return Optional.of(EntityType.PERSON);
    }
    if (t.endsWith(" relations")) return Optional.empty();
    boolean state = (STATE_FIRST.contains(first) || t.startsWith("Free City of ") || t.startsWith("Grand Duchy of "))
        && t.contains(" of ") || STATE_LAST.contains(last) && words.length <= 5 && allCapitalised(words);
    if (state) return Optional.of(EntityType.STATE);
    if (PLACE_FIRST.contains(first) || PLACE_LAST.contains(last)) return Optional.of(EntityType.PLACE);
    return Optional.empty();
  }

  private static boolean isPerson(String full, String t) {
    if (PEER.matcher(full).matches() || MONARCH.matcher(t).matches()) return true;
    if (full.endsWith(")") && full.lastIndexOf(" (") > 0) {
      String qualifier = full.substring(full.lastIndexOf(" (") + 2, full.length() - 1).split("[ ,]")[0];
      return PERSON_QUALIFIER.contains(qualifier);
    }
    return false;
  }

  private static boolean anyIn(String[] words, Set<String> set) {
    for (String w : words) if (set.contains(w)) return true;
    return false;
  }

  /** "First Czechoslovak Republic" yes, "Hyperinflation in the Weimar Republic" no. */
  private static boolean allCapitalised(String[] words) {
    for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("of")) return false;
    return true;
  }

  /**
   * The type the infobox row labelled {@code label} gives to a linked name that fits no other rule:
   * people in Signatories, places in Location or Born. Rows of states (Parties, Participants) give none,
   * because they also list commissioners and delegates by name, and the gazetteer knows the states.
   */
  public static Optional<EntityType> fromInfoboxRow(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (PEOPLE_ROWS.contains(l)) return Optional.of(EntityType.PERSON);
    if (PLACE_ROWS.contains(l)) return Optional.of(EntityType.PLACE);
    return Optional.empty();
  }

  /** As {@link #fromInfoboxRow}, for unlinked text: only rows whose values are bare names of one kind. */
  public static Optional<EntityType> fromInfoboxText(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (PEOPLE_ROWS.contains(l)) return Optional.of(EntityType.PERSON);
    if (PLACE_TEXT_ROWS.contains(l)) return Optional.of(EntityType.PLACE);
    return Optional.empty();
  }

  /** "Treaty of Rapallo (1922)" → "Treaty of Rapallo": Wikipedia's disambiguating qualifier says nothing of the type. */
  static String withoutQualifier(String title) {
    int open = title.lastIndexOf(" (");
    return open > 0 && title.endsWith(")") ? title.substring(0, open) : title;
  }

  /** A plausible personal name: two to five capitalised words (particles allowed), no digits. */
  public static boolean looksLikePersonalName(String text) {
    return PERSONAL_NAME.matcher(text).matches();
  }

  private static final java.util.regex.Pattern PERSONAL_NAME = java.util.regex.Pattern.compile(
      "(?U)(Sir |Lord |Count |Baron |Prince |Marshal |General |Admiral |Colonel )?"
      + "\\p{Lu}[\\p{L}.'’-]*( (von|van|de|di|da|del|della|du|le|la|al|el|ibn|bin|bey|pasha|Bey|Pasha|"
      + "\\p{Lu}[\\p{L}.'’-]*)){1,4}");
}
