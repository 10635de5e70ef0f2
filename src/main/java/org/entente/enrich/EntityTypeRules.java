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
  private static final Set<String> NOT_ENTITIES = Set.of(
      "main page", "wikipedia", "edit section", "edit", "jump to navigation", "jump to search", "isbn",
      "international standard book number", "issn", "international standard serial number", "oclc",
      "doi", "digital object identifier", "jstor", "bibcode", "pmid", "pubmed", "s2cid", "semantic scholar",
      "wayback machine", "internet archive", "hdl", "handle system", "lccn", "library of congress control number",
      "virtual international authority file", "viaf", "wikidata", "wikisource", "wikimedia commons", "about wikipedia");

  // Offices and posts are not entities of any facet type: "Prime Minister of France", "Foreign Office" is kept below.
  private static final Pattern OFFICE = Pattern.compile(
      "^(Prime Minister|Minister|Secretary|Under-?[Ss]ecretary|Undersecretary|President|Chancellor|Foreign Minister|"
          + "Head|Leader|List|Lists|Timeline|History|Foreign relations|Outline|Index|Glossary|Bibliography|"
          + "Ambassador|High Commissioner|First Lord|Lord|People's Commissar)\\b.*|.*\\b(relations|disambiguation)\\)?$");

  private static final Pattern EVENT = Pattern.compile(
      "^(Treaty|Treaties|Peace|Battle|Siege|Invasion|Occupation|Annexation|Partition|Congress|Conference|Convention|"
          + "Protocol|Pact|Declaration|Remilitarization|Evacuation|Plebiscite|Referendum)\\b.*"
          + "|.*\\b(Treaty|Treaties|Pact|Conference|Agreement|Agreements|Accord|Accords|Protocol|Protocols|Convention|"
          + "Crisis|crisis|War|war|Putsch|putsch|Incident|incident|Award|Declaration|declaration|Alliance|alliance|"
          + "Revolution|revolution|Uprising|uprising|Rebellion|rebellion|Affair|affair|Trial|Trials|trial|trials|"
          + "Plebiscite|plebiscite|Referendum|referendum|election|Coup|coup|Massacre|massacre|invasion|occupation|"
          + "annexation|Offensive|offensive|Armistice|armistice|Ultimatum|ultimatum|Memorandum|Concordat|Moratorium|Plan|"
          + "Report|Doctrine|Entente Cordiale|Dictate|Diktat|Act|Mutiny|mutiny|Strike|strike|Pogrom|pogrom)\\b.*");
  private static final Pattern ORGANISATION = Pattern.compile(
      "^(League|Council|Committee|Commission|Bank|Court|Assembly|House|Chamber|Ministry|Commissariat|Office|"
          + "Party|Union of|Congress|Federation|Society|Association|Organi[sz]ation|Institute|Order)\\b.*"
          + "|.*\\b(Party|party|Army|Navy|Air Force|Marine|Marina|Commission|Committee|Council|International|Bank|"
          + "Office|Court|Assembly|Parliament|Senate|Sejm|Reichstag|Duma|Ministry|Commissariat|Legion|Front|Entente|"
          + "Organization|Organisation|Agency|Society|Association|Federation|Guard|Corps|Institute|Company|Corporation|"
          + "Police|Cabinet|Government|government|government-in-exile|Movement|movement|Fleet|Division|Brigade|"
          + "Regiment|Conference of Ambassadors|Secretariat|Bureau|Directorate|Tribunal|Gestapo|Reichswehr|Wehrmacht|"
          + "Luftwaffe|Kriegsmarine|NKVD|OGPU|Cheka|Comintern|Kuomintang)\\b.*");
  private static final Pattern STATE = Pattern.compile(
      "^(Kingdom|Empire|Republic|Principality|Grand Duchy|Emirate|Sultanate|Khanate|Free City|Duchy|Tsardom|"
          + "Protectorate|Commonwealth|Federal State|State) of [A-Z].*"
          + "|^(\\p{Lu}[\\p{L}'’-]*\\s){1,4}(Republic|Empire|Kingdom|Emirate|Sultanate|Principality|Socialist Republic)$");
  private static final Pattern PLACE = Pattern.compile(
      "^(Lake|Gulf of|Bay of|Strait of|Straits of|Sea of|Isle of|Mount|Palace of|Port)\\b.*"
          + "|.*\\b(Sea|Ocean|River|river|Lake|Mountains|Pass|Strait|Straits|Region|region|Province|province|Island|"
          + "Islands|Corridor|Canal|Basin|Peninsula|Oblast|Voivodeship|Governorate|Palace|Castle|Hall|Square|Street|"
          + "Cemetery|Valley|Plain|Desert|Coast|Bay|Gulf|Harbour|Harbor|Silesia|Prussia|Galicia|Thrace|Macedonia)$");
  // British peers and monarchs are titled unlike other people: "John Simon, 1st Viscount Simon", "George V".
  private static final Pattern PERSON = Pattern.compile(
      "^\\p{Lu}.*, \\d+(st|nd|rd|th) (Baron|Baroness|Viscount|Earl|Marquess|Duke|Baronet|Count|Prince)\\b.*"
          + "|^(Pope|King|Queen|Emperor|Tsar|Sultan|Shah|Prince|Princess|Sir|Lord|Lady|Admiral|General|Marshal) \\p{Lu}.*"
          + "|^\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)? [IVX]+( of \\p{Lu}.*)?$"
          + "|.*\\((politician|diplomat|statesman|general|admiral|officer|economist|historian|journalist|lawyer|jurist|"
          + "writer|activist|banker|bishop|cardinal|priest|soldier|businessman|industrialist|publisher)[^)]*\\)$");
  // The infobox rows of a treaty or conference that list people, and those that list states or places.
  private static final Set<String> PEOPLE_ROWS = Set.of(
      "signatories", "signers", "negotiators", "mediators", "drafters", "leaders", "chair", "chairman", "president",
      "prime minister", "premier", "preceded by", "succeeded by", "spouse", "key people", "commander", "convened by",
      "heads of government", "monarch", "deputy", "secretary-general", "issued by");
  private static final Set<String> STATE_ROWS = Set.of(
      "parties", "original parties", "later adherents", "participants", "members", "ratifiers", "original signatories",
      "belligerents", "addressed to");
  private static final Set<String> PLACE_ROWS = Set.of(
      "location", "place", "venue", "signed", "location signed", "resting place", "born", "died", "place of birth",
      "place of death", "headquarters", "seat");

  /** True for targets that are never entities: namespaces, identifiers, skin chrome, dates and years. */
  public static boolean isNonEntity(String target) {
    String t = target.strip();
    if (t.isEmpty() || t.startsWith("#")) return true;
    String lower = t.toLowerCase(Locale.ROOT);
    return NOT_ENTITIES.contains(lower) || NAMESPACE.matcher(t).matches() || DATE_TITLE.matcher(t).matches();
  }

  /** The type a title suggests by its form, or empty when it fits no rule (then the link is dropped). */
  public static Optional<EntityType> fromTitle(String target) {
    String t = withoutQualifier(target.strip());
    if (isNonEntity(target) || OFFICE.matcher(t).matches() && !ORGANISATION.matcher(t).matches()) return Optional.empty();
    if (PERSON.matcher(target.strip()).matches()) return Optional.of(EntityType.PERSON);
    if (EVENT.matcher(t).matches()) return Optional.of(EntityType.EVENT);
    if (ORGANISATION.matcher(t).matches()) return Optional.of(EntityType.ORGANISATION);
    if (STATE.matcher(t).matches()) return Optional.of(EntityType.STATE);
    if (PLACE.matcher(t).matches()) return Optional.of(EntityType.PLACE);
    return Optional.empty();
  }

  /** The type the infobox row labelled {@code label} gives to a name that fits no other rule. */
  public static Optional<EntityType> fromInfoboxRow(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (PEOPLE_ROWS.contains(l)) return Optional.of(EntityType.PERSON);
    if (STATE_ROWS.contains(l)) return Optional.of(EntityType.STATE);
    if (PLACE_ROWS.contains(l)) return Optional.of(EntityType.PLACE);
    return Optional.empty();
  }

  /** "Treaty of Rapallo (1922)" → "Treaty of Rapallo": Wikipedia's disambiguating qualifier says nothing of the type. */
  static String withoutQualifier(String title) {
    int open = title.lastIndexOf(" (");
    return open > 0 && title.endsWith(")") ? title.substring(0, open) : title;
  }

  /** A plausible personal name: two to five capitalised words (particles allowed), no digits. */
  public static boolean looksLikePersonalName(String text) {
    return text.matches("(?U)(Sir |Lord |Count |Baron |Prince |Marshal |General |Admiral |Colonel )?"
        + "\\p{Lu}[\\p{L}.'’-]*( (von|van|de|di|da|del|della|du|le|la|al|el|ibn|bin|bey|pasha|Bey|Pasha|"
        + "\\p{Lu}[\\p{L}.'’-]*)){1,4}");
  }
}
