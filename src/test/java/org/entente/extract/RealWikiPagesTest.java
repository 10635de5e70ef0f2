package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.SharedData;
import org.junit.jupiter.api.Test;

/** Real Wikipedia pages, much messier than the corpus: navboxes, sidebars, TOC, math, tables, hatnotes. */
class RealWikiPagesTest {

  private static Article read(String name) throws Exception {
    Path file = SharedData.shared("real-wiki").resolve(name);
    Article article = ArticleReader.read(file, name);
    Chromeless.assertNoChrome(article);
    return article;
  }

  private static List<String> headings(Article article) {
    return article.sections().stream().map(Section::heading).toList();
  }

  @Test
  void newZealand() throws Exception {
    Article nz = read("New_Zealand.html");

    assertEquals("New Zealand", nz.title());
    assertEquals(Flavor.VECTOR_LEGACY, nz.flavor());
    assertTrue(headings(nz).containsAll(List.of("Etymology", "History", "Government and politics", "Geography",
        "Climate", "Economy", "Demography", "Culture", "Literature", "Cuisine", "See also")));
    assertFalse(headings(nz).contains("Footnotes"));
    assertFalse(headings(nz).contains("Further reading"));
    assertEquals(List.of("Environment", "Geography"), nz.sections().get(headings(nz).indexOf("Geography")).path());
    assertEquals(List.of("Wellington"), nz.infoboxValues("Capital"), "coordinates stripped");
    assertEquals(List.of("English", "Māori", "NZ Sign Language"), nz.infoboxValues("Official languages"));
    assertEquals(List.of("Jacinda Ardern"), nz.infoboxValues("Prime Minister"), "bullet stripped from label");
    assertTrue(nz.lead().startsWith("New Zealand (Māori: Aotearoa"));
    assertFalse(nz.bodyText().contains("42°S"), "coordinates");
    assertFalse(nz.bodyText().contains("Wikimedia Commons"), "sister project box");
    assertFalse(nz.bodyText().contains("Countries and dependencies of Oceania"), "navbox");
    assertFalse(nz.bodyText().contains("Main article:"), "hatnote");
    assertTrue(nz.sections().get(headings(nz).indexOf("Climate")).text().contains("Wellington | 20/13 | 68/56"));
    assertTrue(nz.categories().contains("Island countries"));
    assertFalse(nz.categories().contains("Good articles"), "hidden category");
    assertTrue(nz.references().size() > 300);
  }

  @Test
  void mozilla() throws Exception {
    Article mozilla = read("Mozilla.html");

    assertEquals("Mozilla", mozilla.title());
    Section nss = mozilla.sections().get(headings(mozilla).indexOf("NSS"));
    assertEquals(4, nss.level());
    assertEquals(List.of("Software", "Components", "NSS"), nss.path());
    assertFalse(headings(mozilla).contains("External links"));
    assertEquals(List.of("Mozilla Corporation", "Mozilla Foundation"), mozilla.infoboxValues("Divisions"));
    assertFalse(mozilla.bodyText().contains("citation needed"));
    assertFalse(mozilla.bodyText().contains("Mozilla Public License · Mozilla"), "navbox");
    assertTrue(mozilla.links().stream().anyMatch(l -> l.target().equals("Brendan Eich")));
  }

  @Test
  void hermitianMatrixWritesEachFormulaOnceAsTex() throws Exception {
    Article hermitian = read("Hermitian_matrix.html");

    assertEquals("Hermitian matrix", hermitian.title());
    assertTrue(headings(hermitian).containsAll(List.of("Alternative characterizations", "Equality with the adjoint",
        "Properties", "Rayleigh quotient")));
    String body = hermitian.bodyText();
    assertTrue(body.contains("If the conjugate transpose of a matrix A is denoted by A^{\\mathsf {H}}, then"));
    assertFalse(body.contains("\\displaystyle"), "TeX wrapper");
    assertFalse(body.contains("A A"), "MathML tokens and TeX both written");
    assertEquals(1, count(body, "a_{ij}={\\overline {a_{ji}}}"));
  }

  @Test
  void listOfFilmsIsAVector2022PageWithATable() throws Exception {
    Article films = read("List_of_films_featuring_time_loops.html");

    assertEquals("List of films featuring time loops", films.title());
    assertEquals(Flavor.VECTOR_2022, films.flavor());
    assertEquals("https://en.wikipedia.org/wiki/List_of_films_featuring_time_loops", films.url());
    assertEquals(List.of("", "See also"), headings(films));
    assertTrue(films.lead().contains("Groundhog Day | 1993 | Self-centered television weatherman Phil Connors"));
    assertFalse(films.lead().contains("dynamic list"), "hatnote");
    assertFalse(films.bodyText().contains("Film portal"), "portal box");
    assertTrue(films.links().contains(new Link("Groundhog Day (film)", "Groundhog Day", 0)));
    assertFalse(films.links().stream().anyMatch(l -> l.target().startsWith("List of films featuring")), "self links");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
    return n;
  }
}
