package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.SharedData;
import org.junit.jupiter.api.Test;

/** A page copied from the browser as plain text. */
class PlainTextExtractorTest {

  @Test
  void seedItaloSovietPact() throws Exception {
    Article pact = ArticleReader.read(SharedData.shared("seeds").resolve("Italo-Soviet_Pact.txt"), "Italo-Soviet_Pact.txt");

    assertEquals("Italo-Soviet Pact", pact.title());
    assertEquals(Flavor.PLAIN_TEXT, pact.flavor());
    Chromeless.assertNoChrome(pact);
    assertEquals(List.of("September 2, 1933"), pact.infoboxValues("Signed"));
    assertEquals(List.of("June 22, 1941"), pact.infoboxValues("Expiration"));
    assertEquals(List.of("Friendship pact"), pact.infoboxValues("Type"));
    assertTrue(pact.lead().startsWith("The Pact of Friendship, Neutrality, and Nonaggression"));
    assertTrue(pact.lead().contains("Signed on 2 September 1933, the agreement"));
    assertTrue(pact.bodyText().contains("had them placed on the Brenner Pass, aiming"));
    assertEquals(5, pact.lead().split("\n").length, "one line per paragraph");
    assertEquals(List.of("Stocker 2003, p. 180.",
        "Payne, Stanley G (1995). A history of fascism, 1914-1945. London: UCL Press. p. 223. ISBN 1857285956. OCLC 35359035.",
        "Stocker 2003, p. 181."), pact.references());
    assertFalse(pact.bodyText().contains("Stocker"));
    assertEquals(5, pact.sources().size());
    assertTrue(pact.sources().get(0).startsWith("Burgwyn, H. James (1997)."));
  }

  @Test
  void headingsMarksAndApparatus() throws Exception {
    String text = String.join("\n",
        "Treaty of Rapallo (1922) - Wikipedia",
        "From Wikipedia, the free encyclopedia",
        "Contents",
        "1 Background",
        "2 Terms",
        "",
        "The treaty[a] was signed at Rapallo.[1][citation needed] It restored relations [sic].",
        "Background[edit]",
        "Germany and Russia were isolated.[2]",
        "  • Typewriters were used.",
        "Further reading[edit]",
        "  • Kochan, Lionel (1950). Russia and the Weimar Republic.",
        "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Treaty_of_Rapallo_(1922)\"",
        "Categories: 1922 in Germany | Treaties of the Weimar Republic");
    Article rapallo = PlainTextExtractor.extract(text, "rapallo.txt");

    assertEquals("Treaty of Rapallo (1922)", rapallo.title());
    assertEquals("The treaty was signed at Rapallo. It restored relations [sic].", rapallo.lead());
    assertEquals(List.of("", "Background"), rapallo.sections().stream().map(Section::heading).toList());
    assertEquals("Germany and Russia were isolated.\nTypewriters were used.", rapallo.sections().get(1).text());
    assertEquals(List.of("Kochan, Lionel (1950). Russia and the Weimar Republic."), rapallo.sources());
    assertEquals(List.of("1922 in Germany", "Treaties of the Weimar Republic"), rapallo.categories());
  }

  @Test
  void infoboxLinesSplitAtKnownLabels() {
    assertEquals(new InfoboxRow("Signed", List.of("September 2, 1933")), PlainTextExtractor.infoboxRow("SignedSeptember 2, 1933"));
    assertEquals(new InfoboxRow("Dates", List.of("1–5 May 1933")), PlainTextExtractor.infoboxRow("Dates1–5 May 1933"));
    assertEquals(new InfoboxRow("Born", List.of("28 May 1884")), PlainTextExtractor.infoboxRow("Born\t28 May 1884"));
    assertEquals(new InfoboxRow("Location", List.of("Rome")), PlainTextExtractor.infoboxRow("Location Rome"));
    assertNull(PlainTextExtractor.infoboxRow("Typewriters were used."));
    assertNull(PlainTextExtractor.infoboxRow("Members of the League"));
  }

  @Test
  void emptyTextIsRefused() {
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> PlainTextExtractor.extract("\n  \n", "blank.txt"));
    assertEquals("empty file", e.getMessage());
  }
}
