package org.entente.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.SharedData;
import org.entente.extract.Article;
import org.entente.extract.Flavor;
import org.entente.extract.InfoboxRow;
import org.entente.extract.Link;
import org.entente.extract.Section;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private final EntityExtractor extractor = new EntityExtractor();

  private static Optional<Entity> named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static Article article(String title, List<Section> sections, List<InfoboxRow> infobox, List<Link> links) {
    return new Article(title, "", title + ".html", Flavor.VECTOR_LEGACY, sections, infobox, links,
        List.of(), List.of(), List.of());
  }

  /** The plain-text seed as the text extractor will see it: no links, paragraphs as sections. */
  private static Article italoSovietSeed() throws IOException {
    Path seed = SharedData.shared("seeds").resolve("Italo-Soviet_Pact.txt");
    String text = Files.readString(seed);
    String body = text.substring(text.indexOf("The Pact of Friendship"), text.indexOf("See also"));
    String[] paragraphs = body.strip().split("\\n\\s*\\n");
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) sections.add(new Section(i, "", i == 0 ? 0 : 2, List.of(), paragraphs[i].strip()));
    List<InfoboxRow> infobox = List.of(
        new InfoboxRow("Type", List.of("Friendship pact")),
        new InfoboxRow("Signed", List.of("September 2, 1933")),
        new InfoboxRow("Expiration", List.of("June 22, 1941")),
        new InfoboxRow("Languages", List.of("Italian and Russian")));
    return article("Italo-Soviet Pact", sections, infobox, List.of());
  }

  @Test
  void plainTextSeedYieldsPeopleAndStatesFromTheGazetteer() throws IOException {
    List<Entity> entities = extractor.extract(italoSovietSeed());
    for (String person : List.of("Benito Mussolini", "Maxim Litvinov", "Fulvio Suvich", "Vladimir Potemkin", "Adolf Hitler")) {
      assertEquals(EntityType.PERSON, named(entities, person).orElseThrow(() -> new AssertionError(person + " in " + entities)).type());
    }
    Entity soviet = named(entities, "Soviet Union").orElseThrow();
    Entity italy = named(entities, "Kingdom of Italy").orElseThrow();
    assertEquals(EntityType.STATE, soviet.type());
    assertEquals(EntityType.STATE, italy.type());
    assertTrue(italy.aliases().contains("Italy"));
    assertTrue(soviet.aliases().contains("Soviets"), soviet.aliases().toString());
    // Aliases are indexed in this order: it must not change from one JVM run to the next.
    List<Entity> aliased = new ArrayList<>(entities.stream().filter(e -> e.aliases().size() > 1).toList());
    // Chicherin's nine other names in the gazetteer: a hash order would almost never happen to be sorted.
    List<String> chicherin = Gazetteer.standard().aliases("Georgy Chicherin");
    assertTrue(chicherin.size() > 5, chicherin.toString());
    aliased.add(new Entity("Georgy Chicherin", EntityType.PERSON, new java.util.HashSet<>(chicherin), Map.of()));
    for (Entity e : aliased) {
      assertEquals(List.copyOf(new java.util.TreeSet<>(e.aliases())), List.copyOf(e.aliases()), e.name());
    }
    assertTrue(italy.mentions() >= 8, "Italy is named in almost every paragraph: " + italy);
    assertEquals(EntityType.PLACE, named(entities, "Brenner Pass").orElseThrow().type());
    assertEquals(EntityType.EVENT, named(entities, "World War II").orElseThrow().type());
    assertTrue(named(entities, "Mussolini").isEmpty(), "a surname is an alias, never an entity of its own");
  }

  @Test
  void linkTargetIsTheCanonicalNameAndAnchorAnAlias() {
    Section lead = new Section(0, "", 0, List.of(),
        "The Pact of Friendship, Neutrality, and Nonaggression between Italy and the Soviet Union, also known as the"
            + " Italo-Soviet Pact, was a diplomatic agreement between the Soviet Union and Italy.");
    List<Link> links = List.of(
        new Link("Soviet Union", "Soviet Union", 0),
        new Link("Kingdom of Italy", "Italy", 0),
        new Link("Benito Mussolini", "Mussolini", 1),
        new Link("Vladimir Potemkin", "Vladimir Petrovich Potemkin", 2),
        new Link("Second World War", "Second World War", 0),
        new Link("Fascism", "Fascism", 1),
        new Link("Bolshevism", "Bolshevism", 1),
        new Link("ISBN (identifier)", "ISBN", 3),
        new Link("Help:Authority control", "Authority control", 3),
        new Link("Category:Treaties of the Soviet Union", "Treaties of the Soviet Union", 3),
        new Link("File:Italo-Soviet Pact.jpg", "", Link.INFOBOX),
        new Link("Wikipedia", "Wikipedia", 3),
        new Link("1933", "1933", 0),
        new Link("September 2", "September 2", 0),
        new Link("Edit section", "edit", 1),
        new Link("Jump to navigation", "Jump to navigation", 0),
        new Link("Telegraph Agency of the Soviet Union", "Telegraph Agency of the Soviet Union", 2),
        new Link("Italian Communist Party", "Italian Communist Party", 1));
    Section s1 = new Section(1, "Background", 2, List.of("Background"),
        "making Mussolini's Italy the first Western nation. The ideological controversy between Fascism and Bolshevism");
    Section s2 = new Section(2, "Military", 2, List.of("Military"), "Vladimir Petrovich Potemkin, who served as Soviet Ambassador to Italy");
    List<Entity> entities = extractor.extract(article("Italo-Soviet Pact", List.of(lead, s1, s2), List.of(), links));

    Entity italy = named(entities, "Kingdom of Italy").orElseThrow();
    assertEquals(EntityType.STATE, italy.type());
    assertTrue(italy.aliases().contains("Italy"));
    // The lead names Italy twice, but once inside the pact's full name, which the pact takes; the link and
    // the text under it are one mention.
    assertEquals(Map.of(0, 1, 1, 1, 2, 1), italy.mentionsBySection());
    assertEquals(EntityType.PERSON, named(entities, "Vladimir Potemkin").orElseThrow().type());
    assertEquals(EntityType.EVENT, named(entities, "World War II").orElseThrow().type());
    assertEquals(EntityType.ORGANISATION, named(entities, "Italian Communist Party").orElseThrow().type());
    assertTrue(named(entities, "Italo-Soviet Pact").isPresent());
    for (Entity e : entities) {
      for (String bad : List.of("ISBN", "Help:", "Category:", "File:", "Edit section", "Jump to navigation", "Wikipedia", "Fascism", "Bolshevism")) {
        assertFalse(e.name().contains(bad), e.name());
      }
      assertFalse(e.name().matches("\\d+|September 2"), e.name());
    }
  }

  @Test
  void narrowerStatesAlsoCountAsTheBroaderOne() {
    Section s = new Section(0, "", 0, List.of(), "Nazi Germany left the League of Nations in 1933.");
    List<Entity> entities = extractor.extract(article("Test", List.of(s), List.of(), List.of(new Link("Nazi Germany", "Germany", 0))));
    assertEquals(1, named(entities, "Nazi Germany").orElseThrow().mentions());
    assertEquals(Map.of(0, 1), named(entities, "Germany").orElseThrow().mentionsBySection());
    assertEquals(EntityType.ORGANISATION, named(entities, "League of Nations").orElseThrow().type());
  }

  @Test
  void broaderNamesAreOneStepOnly() {
    Section s0 = new Section(0, "", 0, List.of(), "Canada signed.");
    Section s1 = new Section(1, "Empire", 2, List.of(), "The British Empire signed.");
    List<Entity> entities = extractor.extract(article("Test", List.of(s0, s1), List.of(), List.of()));
    assertEquals(Map.of(0, 1, 1, 1), named(entities, "British Empire").orElseThrow().mentionsBySection());
    assertEquals(Map.of(1, 1), named(entities, "United Kingdom").orElseThrow().mentionsBySection());
  }

  @Test
  void sharedSurnamesNeedTheArticleToNameThePersonFirst() {
    Section a = new Section(0, "", 0, List.of(), "Sir Austen Chamberlain signed at Locarno. Chamberlain won the Nobel Peace Prize.");
    List<Entity> withContext = extractor.extract(article("A", List.of(a), List.of(), List.of()));
    assertEquals(2, named(withContext, "Austen Chamberlain").orElseThrow().mentions());
    assertTrue(named(withContext, "Neville Chamberlain").isEmpty());

    Section b = new Section(0, "", 0, List.of(), "Chamberlain spoke. Eden listened.");
    assertEquals(List.of(), extractor.extract(article("B", List.of(b), List.of(), List.of())));
  }

  @Test
  void infoboxRowsTypeNamesTheGazetteerLacks() {
    List<InfoboxRow> infobox = List.of(
        new InfoboxRow("Signatories", List.of("Anthony Eden", "Sir Miles Lampson", "Mustafa el-Nahhas", "Hassan Sabri Pasha")),
        new InfoboxRow("Parties", List.of("United Kingdom", "Egypt")),
        new InfoboxRow("Location", List.of("London, United Kingdom")),
        new InfoboxRow("Signed", List.of("26 August 1936")));
    List<Entity> entities = extractor.extract(article("Anglo-Egyptian Treaty of 1936", List.of(), infobox, List.of()));
    Map<String, EntityType> types = entities.stream().collect(Collectors.toMap(Entity::name, Entity::type));
    assertEquals(EntityType.PERSON, types.get("Anthony Eden"));
    assertEquals(EntityType.PERSON, types.get("Miles Lampson, 1st Baron Killearn"));
    assertEquals(EntityType.PERSON, types.get("Hassan Sabri Pasha"));
    assertEquals(EntityType.STATE, types.get("Kingdom of Egypt"));
    assertEquals(EntityType.PLACE, types.get("London"));
    assertFalse(types.containsKey("26 August 1936"));
  }
}
