package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.SharedData;
import org.junit.jupiter.api.Test;

/** What the extractor finds in one page of each flavor. */
class WikiHtmlExtractorTest {

  private static Article read(String corpusFile) throws Exception {
    return ArticleReader.read(SharedData.corpusFile(corpusFile), corpusFile);
  }

  private static List<String> headings(Article article) {
    return article.sections().stream().map(Section::heading).toList();
  }

  @Test
  void legacyVectorPageItaloSovietPact() throws Exception {
    Article pact = read("Italo-Soviet_Pact.html");

    assertEquals("Italo-Soviet Pact", pact.title());
    assertEquals("https://en.wikipedia.org/wiki/Italo-Soviet_Pact", pact.url());
    assertEquals("Italo-Soviet_Pact.html", pact.file());
    assertEquals(Flavor.VECTOR_LEGACY, pact.flavor());
    assertEquals(List.of("September 2, 1933"), pact.infoboxValues("Signed"));
    assertEquals(List.of("June 22, 1941"), pact.infoboxValues("Expiration"));
    assertEquals(List.of("Type", "Signed", "Expiration", "Languages"),
        pact.infobox().stream().map(InfoboxRow::label).toList());
    assertTrue(pact.lead().startsWith("The Pact of Friendship, Neutrality, and Nonaggression between Italy"));
    assertTrue(pact.lead().contains("Signed on 2 September 1933, the agreement was in place"), "footnote mark gone");
    assertTrue(pact.bodyText().contains("had them placed on the Brenner Pass, aiming to ensure Austrian independence"));
    assertTrue(pact.links().contains(new Link("Maxim Litvinov", "Maxim Litvinov", 0)));
    assertTrue(pact.links().contains(new Link("Batumi", "Batum", 0)));
    assertTrue(pact.categories().contains("Non-aggression pacts"));
    assertFalse(pact.categories().contains("Articles with short description"), "hidden category");
    assertEquals("Stocker 2003, p. 180.", pact.references().get(0));
    assertFalse(pact.bodyText().contains("Stocker 2003"));
    assertTrue(pact.sources().get(0).startsWith("Burgwyn, H. James (1997). Italian Foreign Policy"));
    assertEquals(List.of("", "See also"), headings(pact));
    assertEquals("Italy–Soviet Union relations\nFour-Power Pact", pact.sections().get(1).text());
    assertTrue(pact.links().contains(new Link("Four-Power Pact", "Four-Power Pact", 1)));
  }

  @Test
  void vector2022PageFourPowerPact() throws Exception {
    Article pact = read("Four-Power_Pact.html");

    assertEquals("Four-Power Pact", pact.title());
    assertEquals(Flavor.VECTOR_2022, pact.flavor());
    assertEquals(List.of("", "Background", "Opposition and revision", "Terms", "Aftermath", "See also"), headings(pact));
    assertEquals(List.of("Benito Mussolini", "Sir Ronald Graham", "Henry de Jouvenel", "Ulrich von Hassell"),
        pact.infoboxValues("Signatories"));
    assertEquals(List.of("United Kingdom", "France", "Germany", "Italy"), pact.infoboxValues("Parties"));
    assertEquals(List.of("7 June 1933"), pact.infoboxValues("Initialled"));
    assertTrue(pact.links().contains(new Link("Ronald William Graham", "Sir Ronald Graham", Link.INFOBOX)));
    assertTrue(pact.links().contains(new Link("Edvard Beneš", "Edvard Beneš", 2)), "decoded Bene%C5%A1");
    assertTrue(pact.links().contains(new Link("Józef Piłsudski", "Józef Piłsudski", 2)));
    assertFalse(pact.lead().contains("For the 1921 Pacific agreement"), "hatnote");
    assertFalse(pact.links().stream().anyMatch(l -> l.target().equals("Four-Power Treaty")), "hatnote link");
    assertTrue(pact.categories().contains("Treaties not entered into force"));
    assertEquals("Jarausch 1965, pp. 1–5.", pact.references().get(0));
    assertEquals(4, pact.sources().size());
  }

  @Test
  void parsoidPageSovietCzechoslovakTreaty() throws Exception {
    Article treaty = read("Soviet–Czechoslovak_Treaty_of_Mutual_Assistance_(1935).html");

    assertEquals("Soviet–Czechoslovak Treaty of Mutual Assistance (1935)", treaty.title());
    assertEquals(Flavor.PARSOID, treaty.flavor());
    assertEquals(List.of("", "Background", "Provisions", "Beneš in Moscow", "The 1938 crisis", "Aftermath", "See also"),
        headings(treaty));
    Section moscow = treaty.sections().get(3);
    assertEquals(3, moscow.level());
    assertEquals(List.of("Provisions", "Beneš in Moscow"), moscow.path());
    assertTrue(moscow.text().startsWith("In June 1935 Beneš travelled to Moscow"));
    assertEquals(List.of("Edvard Beneš", "Sergei Aleksandrovsky"), treaty.infoboxValues("Signatories"));
    assertEquals(List.of("Prague, Czechoslovakia"), treaty.infoboxValues("Location"));
    assertTrue(treaty.links().contains(new Link("Edvard Beneš", "Edvard Beneš", 0)));
    assertTrue(treaty.links().contains(new Link("Tomáš Garrigue Masaryk", "Tomáš Garrigue Masaryk", 3)));
    assertTrue(treaty.links().contains(new Link("Collective security", "collective security", 0)),
        "Parsoid writes ./collective_security; titles start upper case");
    assertTrue(treaty.categories().contains("Czechoslovakia–Soviet Union relations"));
    assertEquals("Lukes 1996, p. 52.", treaty.references().get(0));
    assertFalse(treaty.bodyText().contains("↑"));
    assertTrue(treaty.sources().get(1).startsWith("Lukes, Igor (1996). Czechoslovakia between Stalin and Hitler"));
  }

  @Test
  void paragraphsAndListItemsAreLines() throws Exception {
    Article treaty = read("Soviet–Czechoslovak_Treaty_of_Mutual_Assistance_(1935).html");

    String[] background = treaty.sections().get(1).text().split("\n");
    assertEquals(2, background.length);
    assertTrue(background[1].startsWith("Exploratory contacts on a bilateral treaty began in April 1935"));
  }

  @Test
  void unseenPagesOfEachFlavorFollowTheSameRules() throws Exception {
    String legacy = "<html><head><title>Pact - Wikipedia</title></head><body><h1 id=firstHeading>Pact</h1>"
        + "<div id=mw-content-text><div class=mw-parser-output><p>A <a href=\"/wiki/File:X.jpg\">file</a>,"
        + " a <a href=\"/w/index.php?title=Nobody&action=edit&redlink=1\" class=new>red link</a>,"
        + " <a href=\"/wiki/Category:Pacts\">a category</a>, <a href=\"/wiki/Help:Contents\">help</a>,"
        + " <a href=\"/wiki/Star_Wars:_Episode_IV\">a colon title</a> and <a href=\"/wiki/C%2B%2B#History\">C++</a>."
        + "<sup class=\"noprint Inline-Template Template-Fact\">[<i>citation needed</i>]</sup></p>"
        + "<h2><span class=mw-headline>Notes and references</span></h2><p>Apparatus <a href=\"/wiki/X\">x</a></p>"
        + "<h2><span class=editsection>[<a href=\"/w/index.php?title=Pact&action=edit&section=2\">edit</a>]</span>"
        + " <span class=mw-headline>Later</span></h2><p>Body again.</p></div></div></body></html>";
    Article pact = WikiHtmlExtractor.extract(legacy, "pact.html");

    assertEquals("A file, a red link, a category, help, a colon title and C++.", pact.lead());
    assertEquals(List.of(new Link("Star Wars: Episode IV", "a colon title", 0), new Link("C++", "C++", 0)), pact.links());
    assertEquals(List.of("", "Later"), headings(pact));
    assertEquals(List.of("Apparatus x"), pact.sources());
    assertEquals("Body again.", pact.sections().get(1).text());

    String parsoid = "<html><head><meta property=\"mw:htmlVersion\" content=\"2.8.0\"><title>Pact</title></head>"
        + "<body><section data-mw-section-id=0><p>See <a rel=\"mw:WikiLink\" href=\"./Nobody?action=edit&amp;redlink=1\""
        + " class=new>him</a> and <a rel=\"mw:WikiLink\" href=\"./G%C3%B6ring#Life\">Göring</a>.</p></section>"
        + "<link rel=\"mw:PageProp/Category\" href=\"./Category:Pacts_of_1939#Sort\"></body></html>";
    Article parsed = WikiHtmlExtractor.extract(parsoid, "pact.html");

    assertEquals(Flavor.PARSOID, parsed.flavor());
    assertEquals(List.of(new Link("Göring", "Göring", 0)), parsed.links());
    assertEquals(List.of("Pacts of 1939"), parsed.categories());
  }

  @Test
  void htmlThatIsNoWikiPageIsRefused() {
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> WikiHtmlExtractor.extract("<html><body><div></div></body></html>", "blank.html"));
    assertTrue(e.getMessage().startsWith("no page title found"), e.getMessage());
  }
}
