package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the starter corpus extracts with its title, a lead, sections and no chrome. */
class CorpusExtractionTest {

  static Stream<Path> corpus() throws IOException {
    return SharedData.corpusFiles().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void extractsTitleLeadAndSectionsWithoutChrome(Path file) throws Exception {
    Article article = ArticleReader.read(file, file.getFileName().toString());

    assertEquals(expectedTitle(Jsoup.parse(file.toFile())), article.title());
    assertFalse(article.sections().isEmpty(), "no sections");
    assertFalse(article.lead().isBlank(), "empty lead");
    assertFalse(article.links().isEmpty(), "no links");
    assertFalse(article.categories().isEmpty(), "no categories");
    assertFalse(article.references().isEmpty(), "no references");
    Chromeless.assertNoChrome(article);
    for (Section s : article.sections()) {
      assertFalse(ArticleOutline.isApparatus(s.heading()), "apparatus section in body: " + s.heading());
      assertEquals(article.sections().indexOf(s), s.index());
      assertEquals(s.heading(), s.level() == 0 ? "" : s.path().get(s.path().size() - 1));
    }
    for (String reference : article.references()) {
      assertFalse(article.bodyText().contains(reference), "reference in body: " + reference);
    }
    for (Link link : article.links()) {
      assertTrue(link.section() == Link.INFOBOX || link.section() < article.sections().size(), link.toString());
      assertFalse(link.target().contains("%") || link.target().contains("_"), "undecoded: " + link);
    }
  }

  /** The h1 of a skinned page; Parsoid pages have none and carry the title in <title>. */
  private static String expectedTitle(Document doc) {
    Element h1 = doc.getElementById("firstHeading");
    return h1 != null ? h1.text() : doc.title().replace(" - Wikipedia", "");
  }
}
