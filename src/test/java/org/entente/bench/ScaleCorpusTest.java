package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.SharedData;
import org.entente.extract.Flavor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale corpus: reproducible bytes, varied pages, all three flavors, pages that parse as wiki pages. */
class ScaleCorpusTest {
  static final int PAGES = 50;
  static Path first;
  static Path second;

  @BeforeAll
  static void generate(@TempDir Path tmp) throws Exception {
    first = tmp.resolve("a");
    second = tmp.resolve("b");
    new ScaleCorpus(SharedData.CORPUS, 7).generate(first, PAGES, 2);
    new ScaleCorpus(SharedData.CORPUS, 7).generate(second, PAGES, 1);
  }

  static List<Path> pages(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void sameSeedGivesTheSameBytesWhateverTheThreads() throws IOException {
    List<Path> a = pages(first);
    List<Path> b = pages(second);
    assertEquals(PAGES, a.size());
    assertEquals(a.stream().map(first::relativize).toList(), b.stream().map(second::relativize).toList());
    for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
  }

  @Test
  void anotherSeedGivesOtherPages() throws IOException {
    ScaleCorpus other = new ScaleCorpus(SharedData.CORPUS, 8);
    ScaleCorpus same = new ScaleCorpus(SharedData.CORPUS, 7);
    assertNotEquals(same.page(3).html(), other.page(3).html());
    assertEquals(same.page(3).html(), Files.readString(first.resolve(same.page(3).path())));
  }

  @Test
  void pagesDifferFromEachOtherAndFromTheStarterCorpus() throws IOException {
    Set<String> bodies = new HashSet<>();
    for (Path p : pages(first)) bodies.add(Jsoup.parse(Files.readString(p)).selectFirst("p").text());
    assertTrue(bodies.size() > PAGES * 0.8, "too many pages share their first paragraph: " + bodies.size());
    long bytes = 0;
    for (Path p : pages(first)) bytes += Files.size(p);
    double average = bytes / (double) PAGES;
    assertTrue(average > 8_000 && average < 80_000, "average page size far from the corpus's: " + average);
  }

  @Test
  void everyFlavorIsPresentAndParsesAsAWikiPage() throws IOException {
    Set<Flavor> seen = EnumSet.noneOf(Flavor.class);
    for (Path p : pages(first)) {
      Document doc = Jsoup.parse(Files.readString(p));
      Flavor flavor = CorpusParts.flavorOf(doc);
      seen.add(flavor);
      assertNotNull(doc.selectFirst("table.infobox td.infobox-data"), p + ": no infobox");
      assertFalse(doc.title().isBlank(), p + ": no title");
      switch (flavor) {
        case PARSOID -> {
          assertTrue(doc.select("section[data-mw-section-id] > h2").size() >= 1, p + ": no sections");
          assertNotNull(doc.selectFirst("a[rel=mw:WikiLink][href^=./]"), p + ": no wiki link");
          assertNotNull(doc.selectFirst("link[rel=mw:PageProp/Category]"), p + ": no category");
        }
        case VECTOR_2022 -> {
          assertNotNull(doc.selectFirst("h1#firstHeading"), p + ": no h1");
          assertTrue(doc.select("div.mw-parser-output div.mw-heading > h2").size() >= 1, p + ": no sections");
          assertNotNull(doc.selectFirst("#catlinks li a"), p + ": no category");
        }
        default -> {
          assertNotNull(doc.selectFirst("h1#firstHeading"), p + ": no h1");
          assertTrue(doc.select("div.mw-parser-output h2 > span.mw-headline").size() >= 1, p + ": no sections");
          assertNotNull(doc.selectFirst("#catlinks li a"), p + ": no category");
        }
      }
    }
    assertEquals(EnumSet.of(Flavor.VECTOR_LEGACY, Flavor.VECTOR_2022, Flavor.PARSOID), seen);
  }

  @Test
  void theTitleNamesThePageAndTheLead() throws IOException {
    ScaleCorpus corpus = new ScaleCorpus(SharedData.CORPUS, 7);
    for (int i = 0; i < 6; i++) {
      ScaleCorpus.Page page = corpus.page(i);
      Document doc = Jsoup.parse(page.html());
      assertTrue(doc.title().startsWith(page.title()), doc.title() + " vs " + page.title());
      assertEquals(page.title(), doc.selectFirst("th.infobox-above").text());
      if (page.flavor() != Flavor.PARSOID) assertEquals(page.title(), doc.selectFirst("h1#firstHeading").text());
    }
  }

  @Test
  void linksArePercentEncodedAsMediaWikiWritesThem() {
    assertEquals("Edvard_Bene%C5%A1", PageWriter.href("Edvard Beneš"));
    assertEquals("Treaty_of_Rapallo_(1922)", PageWriter.href("Treaty of Rapallo (1922)"));
    assertEquals("Edvard Beneš", CorpusParts.wikiTarget("/wiki/Edvard_Bene%C5%A1"));
    assertEquals("Treaty_of_S_vres_1920", ScaleCorpus.slug("Treaty of Sèvres (1920)"));
  }
}
