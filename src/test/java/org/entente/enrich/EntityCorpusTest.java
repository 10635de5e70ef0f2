package org.entente.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.SharedData;
import org.entente.extract.Article;
import org.entente.extract.Flavor;
import org.entente.extract.InfoboxRow;
import org.entente.extract.Link;
import org.entente.extract.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction over every corpus page, read crudely with Jsoup (the real extractor is written elsewhere):
 * one section per h2, infobox rows, and /wiki/ or ./ links with decoded titles.
 */
class EntityCorpusTest {
  private static final Map<String, List<Entity>> byFile = new HashMap<>();
  private static double msPerArticle;

  @BeforeAll
  static void extractCorpus() throws IOException {
    EntityExtractor extractor = new EntityExtractor();
    List<Article> articles = new ArrayList<>();
    List<Path> files = SharedData.corpusFiles();
    for (Path f : files) articles.add(crude(Jsoup.parse(f.toFile(), "UTF-8"), f.getFileName().toString()));
    for (Article a : articles) byFile.put(a.file(), extractor.extract(a)); // loads the gazetteer, warms the JIT
    // CPU time of this thread, not wall time: build machines run other jobs beside the tests.
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    int rounds = 5;
    for (int round = 0; round < rounds; round++) {
      for (Article a : articles) extractor.extract(a);
    }
    msPerArticle = (threads.getCurrentThreadCpuTime() - start) / 1e6 / (rounds * articles.size());
    double wallMs = (System.nanoTime() - wall) / 1e6 / (rounds * articles.size());
    if (System.getenv("ENTENTE_ENTITY_DUMP") != null) {
      Gazetteer g = Gazetteer.standard();
      byFile.forEach((file, list) -> list.stream().filter(e -> g.entry(e.name()).isEmpty())
          .forEach(e -> System.err.println("RULE\t" + e.type() + "\t" + e.name() + "\t" + file)));
    }
    Map<EntityType, Integer> perType = new EnumMap<>(EntityType.class);
    byFile.values().forEach(list -> list.forEach(e -> perType.merge(e.type(), 1, Integer::sum)));
    System.err.printf("entities over %d corpus articles: %s; %.2f ms CPU (%.2f ms wall) per article%n",
        articles.size(), perType, msPerArticle, wallMs);
  }

  private static Article crude(Document doc, String file) {
    Element root = doc.selectFirst("div.mw-parser-output");
    if (root == null) root = doc.body();
    root.select("style, script, sup.reference, .mw-editsection, #toc, .toc, .navbox, .reflist, ol.references, .catlinks,"
        + " .sistersitebox, .metadata, .hatnote").remove();
    List<InfoboxRow> infobox = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    Element box = root.selectFirst("table.infobox");
    if (box != null) {
      for (Element tr : box.select("tr")) {
        Element th = tr.selectFirst("th.infobox-label");
        Element td = tr.selectFirst("td.infobox-data");
        if (th == null || td == null) continue;
        List<String> values = td.select("li").isEmpty() ? List.of(td.text()) : td.select("li").eachText();
        infobox.add(new InfoboxRow(th.text(), values));
      }
      addLinks(box, Link.INFOBOX, links);
      box.remove();
    }
    List<Section> sections = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String heading = "";
    Element sectionRoot = root;
    for (Element el : sectionRoot.select("p, li, h2, dd")) {
      if (el.tagName().equals("h2")) {
        sections.add(new Section(sections.size(), heading, heading.isEmpty() ? 0 : 2, List.of(), text.toString()));
        heading = el.text();
        text.setLength(0);
        continue;
      }
      if (el.parents().stream().anyMatch(p -> p.tagName().equals("li") || p.tagName().equals("p"))) continue;
      text.append(el.text()).append('\n');
      addLinks(el, sections.size(), links);
    }
    sections.add(new Section(sections.size(), heading, heading.isEmpty() ? 0 : 2, List.of(), text.toString()));
    String title = doc.title().replace(" - Wikipedia", "");
    return new Article(title, "", file, Flavor.VECTOR_LEGACY, sections, infobox, links, List.of(), List.of(), List.of());
  }

  private static void addLinks(Element scope, int section, List<Link> links) {
    for (Element a : scope.select("a[href^=/wiki/], a[href^=./]")) {
      String href = a.attr("href");
      String path = href.startsWith("./") ? href.substring(2) : href.substring("/wiki/".length());
      int hash = path.indexOf('#');
      if (hash >= 0) path = path.substring(0, hash);
      if (path.isEmpty()) continue;
      String target = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8).replace('_', ' ');
      links.add(new Link(target, a.text(), section));
    }
  }

  private static Map<String, EntityType> types(String file) {
    return byFile.get(file).stream().collect(Collectors.toMap(Entity::name, Entity::type));
  }

  @Test
  void aBiographyNamesItsSubjectAsAPerson() {
    Map<String, EntityType> types = types("Maxim_Litvinov.html");
    assertEquals(EntityType.PERSON, types.get("Maxim Litvinov"));
    assertEquals(EntityType.PERSON, types.get("Joseph Stalin"));
    assertEquals(EntityType.ORGANISATION, types.get("League of Nations"));
    Entity litvinov = byFile.get("Maxim_Litvinov.html").get(0);
    assertEquals("Maxim Litvinov", litvinov.name(), "the subject is the most mentioned");
  }

  @Test
  void aTreatyNamesItsParties() {
    Map<String, EntityType> types = types("Washington_Naval_Treaty.html");
    for (String state : List.of("United States", "United Kingdom", "Empire of Japan", "France", "Kingdom of Italy")) {
      assertEquals(EntityType.STATE, types.get(state), state + " in " + types.keySet());
    }
    assertEquals(EntityType.PERSON, types.get("Charles Evans Hughes"));
    assertEquals(EntityType.PLACE, types.get("Washington, D.C."));
  }

  @Test
  void parsoidPagesWork() {
    Map<String, EntityType> types = types("Molotov–Ribbentrop_Pact.html");
    assertEquals(EntityType.PERSON, types.get("Vyacheslav Molotov"));
    assertEquals(EntityType.PERSON, types.get("Joachim von Ribbentrop"));
    assertEquals(EntityType.STATE, types.get("Nazi Germany"));
    assertEquals(EntityType.STATE, types.get("Germany"));
  }

  @Test
  void nothingThatIsNotAnEntityBecomesOne() {
    for (var e : byFile.entrySet()) {
      for (Entity entity : e.getValue()) {
        String n = entity.name();
        assertFalse(n.matches("(?i)(help|category|file|wikipedia|template|special|portal|talk):.*|isbn.*|edit section"
            + "|jump to.*|wikipedia|main page|\\d{1,4}|\\d{1,4}s"), e.getKey() + ": " + n);
      }
    }
  }

  @Test
  void everyArticleHasEntitiesAndExtractionIsFast() {
    byFile.forEach((file, entities) -> assertTrue(entities.size() >= 5, file + " has " + entities));
    // Generous: a guard against a pathological regression on a loaded build machine, not a benchmark.
    assertTrue(msPerArticle < 50, msPerArticle + " ms CPU per article");
  }
}
