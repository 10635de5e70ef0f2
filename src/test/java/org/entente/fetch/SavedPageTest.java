package org.entente.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import org.entente.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SavedPageTest {
  @Test
  void namesFilesAndUrlsAsTheCorpusAlreadyDoes() throws IOException {
    WikiSite en = WikiSite.of("https://en.wikipedia.org");
    int checked = 0;
    for (Path file : SharedData.corpusFiles()) {
      Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
      // Legacy saves carry h1#firstHeading and a canonical link; Parsoid (REST) saves only a <title>.
      var heading = doc.selectFirst("h1#firstHeading");
      String title = heading != null ? heading.text() : doc.title();
      assertEquals(file.getFileName().toString(), SavedPage.fileName(title), title);
      var canonical = doc.selectFirst("link[rel=canonical]");
      if (canonical != null) assertEquals(canonical.attr("href"), en.articleUrl(title), title);
      checked++;
    }
    assertTrue(checked >= 80, "corpus pages checked: " + checked);
  }

  @Test
  void keepsFileNamesInsideTheCorpusFolder() {
    assertEquals("AC%2FDC.html", SavedPage.fileName("AC/DC"));
    assertEquals("%2Ehack.html", SavedPage.fileName(".hack"), "a leading dot would hide the page");
    String longTitle = "Ł".repeat(127);
    String name = SavedPage.fileName(longTitle);
    assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
    assertTrue(name.matches("Ł+~[0-9a-f]{8}\\.html"), name);
  }

  @Property(tries = 300)
  void everyTitleGetsAPlainFileName(@ForAll @NotBlank @StringLength(max = 255) String title) {
    String name = SavedPage.fileName(title);
    assertTrue(name.endsWith(".html"));
    assertFalse(name.contains("/"), name);
    assertFalse(name.startsWith("."), name);
    assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
  }

  @Test
  void writesTheLegacyVectorShape() {
    WikiPage page = new WikiPage("Lytton Report", "<i>Lytton</i> Report", 42,
        "<div class=\"mw-content-ltr mw-parser-output\" lang=\"en\" dir=\"ltr\"><p>The <b>Lytton Report</b> &amp; more.</p></div>",
        List.of(new WikiPage.Category("Manchukuo", false), new WikiPage.Category("CS1 errors", true)), List.of());

    Document doc = Jsoup.parse(SavedPage.html(page, "https://en.wikipedia.org/wiki/Lytton_Report"));

    assertEquals("Lytton Report - Wikipedia", doc.title());
    assertEquals("Lytton Report", doc.selectFirst("h1#firstHeading.firstHeading").text());
    assertEquals("https://en.wikipedia.org/wiki/Lytton_Report", doc.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("The Lytton Report & more.", doc.selectFirst("#mw-content-text > div.mw-parser-output").text());
    assertEquals(1, doc.select(".mw-parser-output").size(), "newer MediaWiki's wrapper is recognised, not doubled");
    assertEquals(List.of("Manchukuo"), doc.select("#catlinks #mw-normal-catlinks li a").eachText());
    assertEquals("Category:Manchukuo", doc.selectFirst("#mw-normal-catlinks a").attr("title"));
    assertEquals(List.of("CS1 errors"), doc.select("#catlinks #mw-hidden-catlinks li a").eachText());
  }

  @Test
  void wrapsOutputThatComesWithoutTheParserOutputDiv() {
    WikiPage page = new WikiPage("Stresa Front", "Stresa Front", 7, "<p>Agreed at Stresa in 1935.</p>", List.of(), List.of());
    Document doc = Jsoup.parse(SavedPage.html(page, "u"));
    assertEquals("Agreed at Stresa in 1935.", doc.selectFirst("#mw-content-text > div.mw-parser-output").text());
  }
}
