package org.entente.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WikiSiteTest {
  @Test
  void findsTheApiOfAWikiOrMirror() {
    WikiSite de = WikiSite.of("https://de.wikipedia.org");
    assertEquals("https://de.wikipedia.org/w/api.php", de.api().toString());
    assertEquals("https://de.wikipedia.org/wiki/Vertrag_von_Rapallo_%281922%29", de.articleUrl("Vertrag von Rapallo (1922)"));
    assertEquals("http://127.0.0.1:8080/api.php", WikiSite.of("http://127.0.0.1:8080/api.php").api().toString());
    assertEquals("https://mirror.example/wp/w/api.php", WikiSite.of("https://mirror.example/wp/").api().toString());
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    for (String bad : List.of("en.wikipedia.org", "ftp://example.org", "https://", "http//x", "::")) {
      assertThrows(IllegalArgumentException.class, () -> WikiSite.of(bad), bad);
    }
  }

  @Test
  void readsRetryAfterInSecondsOrAsADate() {
    assertEquals(Optional.of(Duration.ofSeconds(5)), WikiHttp.parseRetryAfter("5"));
    assertEquals(Optional.empty(), WikiHttp.parseRetryAfter("soon"));
    String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30));
    Duration d = WikiHttp.parseRetryAfter(in30s).orElseThrow();
    assertTrue(d.toSeconds() >= 28 && d.toSeconds() <= 30, d.toString());
  }

  @Test
  void acceptsTitlesAsUsersWriteThem() {
    FetchRequest r = new FetchRequest(List.of("Treaty_of_Versailles", "https://en.wikipedia.org/wiki/Edvard_Bene%C5%A1#Life",
        " Treaty of Versailles "), List.of("Interwar-period treaties", "category:Naval treaties"), 1, false);
    assertEquals(List.of("Treaty of Versailles", "Edvard Beneš"), r.titles());
    assertEquals(List.of("Category:Interwar-period treaties", "Category:Naval treaties"), r.categories());
    assertThrows(IllegalArgumentException.class, () -> new FetchRequest(List.of("A"), List.of(), -1, false));
  }
}
