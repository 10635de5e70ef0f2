package org.entente.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.extract.Article;
import org.entente.extract.Flavor;
import org.entente.extract.InfoboxRow;
import org.entente.extract.Link;
import org.entente.extract.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates from a whole article, built from the text of the saved "Italo-Soviet Pact" page. */
class DateExtractorArticleTest {
  private final DateExtractor dates = new DateExtractor();

  private static final Article ITALO_SOVIET_PACT = new Article(
      "Italo-Soviet Pact of 1933",
      "https://en.wikipedia.org/wiki/Italo-Soviet_Pact",
      "Italo-Soviet_Pact.html",
      Flavor.VECTOR_LEGACY,
      List.of(
          new Section(0, "", 0, List.of(),
              "The Pact of Friendship, Neutrality, and Nonaggression between Italy and the Soviet Union, also known "
                  + "as the Italo-Soviet Pact, was a diplomatic agreement between the Soviet Union and Italy. Signed on "
                  + "2 September 1933, the agreement was in place until 22 June 1941 when Italy declared war on the Soviet "
                  + "Union during the Second World War."),
          new Section(1, "Background", 2, List.of("Background"),
              "In September 1933, a Soviet military mission visited Rome and Vladimir Petrovich Potemkin, who served "
                  + "as Soviet Ambassador to Italy from 1932 until 1934, expressed gratitude.")),
      List.of(
          new InfoboxRow("Type", List.of("Friendship pact")),
          new InfoboxRow("Signed", List.of("September 2, 1933")),
          new InfoboxRow("Expiration", List.of("June 22, 1941")),
          new InfoboxRow("Languages", List.of("Italian and Russian"))),
      List.of(),
      List.of("1933 in Italy"),
      List.of("Stocker 2003, p. 180.", "Payne, Stanley G (1995). A history of fascism, 1914-1945. London: UCL Press. "
          + "p. 223. ISBN 1857285956. OCLC 35359035."),
      List.of("Stocker, Michael (2003). Royal Navy and Mediterranean 1919–1932."));

  @Test
  void infoboxRowsGiveTheMainDates() {
    List<DateSpan> main = dates.extract(ITALO_SOVIET_PACT).stream().filter(s -> s.kind().isMain()).toList();
    assertEquals(List.of(
        new DateSpan(LocalDate.of(1933, 9, 2), LocalDate.of(1933, 9, 2), DateKind.SIGNED, Link.INFOBOX, "September 2, 1933"),
        new DateSpan(LocalDate.of(1941, 6, 22), LocalDate.of(1941, 6, 22), DateKind.EXPIRED, Link.INFOBOX, "June 22, 1941")),
        main);
  }

  @Test
  void sectionTextGivesMentionsWithTheirSection() {
    List<String> mentions = dates.extract(ITALO_SOVIET_PACT).stream()
        .filter(s -> s.kind() == DateKind.MENTIONED)
        .map(s -> s.section() + ": " + s.text())
        .toList();
    assertEquals(List.of("0: 2 September 1933", "0: 22 June 1941", "1: September 1933", "1: from 1932 until 1934"), mentions);
  }

  @Test
  void referencesSourcesTitleAndCategoriesGiveNoDates() {
    List<DateSpan> all = dates.extract(ITALO_SOVIET_PACT);
    assertTrue(all.stream().noneMatch(s -> s.from().getYear() == 2003 || s.from().getYear() == 1995
        || s.from().getYear() == 1914 || s.from().getYear() == 1919), all::toString);
  }

  @Test
  void otherInfoboxRowsGiveMentionsFromTheInfobox() {
    Article grandi = article(
        new InfoboxRow("Born", List.of("4 June 1895, Mordano, Italy")),
        new InfoboxRow("Died", List.of("21 May 1988 (aged 92), Bologna, Italy")),
        new InfoboxRow("In office", List.of("12 September 1929 – 20 July 1932")));
    assertEquals(List.of(
        new DateSpan(LocalDate.of(1895, 6, 4), LocalDate.of(1895, 6, 4), DateKind.BORN, Link.INFOBOX, "4 June 1895"),
        new DateSpan(LocalDate.of(1988, 5, 21), LocalDate.of(1988, 5, 21), DateKind.DIED, Link.INFOBOX, "21 May 1988"),
        new DateSpan(LocalDate.of(1929, 9, 12), LocalDate.of(1932, 7, 20), DateKind.MENTIONED, Link.INFOBOX,
            "12 September 1929 – 20 July 1932")),
        dates.extract(grandi));
  }

  @Test
  void anExpirationWrittenAsARangeKeepsItsKind() {
    Article dawes = article(new InfoboxRow("Expiration", List.of("Superseded by the Young Plan, 1929–1930")));
    assertEquals(List.of(new DateSpan(LocalDate.of(1929, 1, 1), LocalDate.of(1930, 12, 31), DateKind.EXPIRED,
        Link.INFOBOX, "1929–1930")), dates.extract(dawes));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Signed            | SIGNED
      signed            | SIGNED
      Date signed       | SIGNED
      Signed:           | SIGNED
      Effective         | EFFECTIVE
      Date effective    | EFFECTIVE
      Expiration        | EXPIRED
      Expired           | EXPIRED
      Expiry            | EXPIRED
      Date              | DATE
      Dates             | DATE
      Date(s)           | DATE
      Born              | BORN
      Date of birth     | BORN
      Died              | DIED
      Cause of death    | MENTIONED
      In office         | MENTIONED
      Drafted           | MENTIONED
      Signatories       | MENTIONED
      """)
  void infoboxLabelsNameTheirKind(String label, DateKind kind) {
    assertEquals(kind, DateExtractor.kindOf(label));
  }

  private static Article article(InfoboxRow... rows) {
    return new Article("A", "", "a.html", Flavor.PARSOID, List.of(), List.of(rows), List.of(), List.of(), List.of(), List.of());
  }
}
