package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Link hrefs as the three flavors write them, decoded to article titles. */
class WikiLinkTest {

  @Test
  void decodesTitlesFromEveryFlavor() {
    assertEquals("Edvard Beneš", WikiLink.target("/wiki/Edvard_Bene%C5%A1"));
    assertEquals("Edvard Beneš", WikiLink.target("./Edvard_Bene%C5%A1"));
    assertEquals("Edvard Beneš", WikiLink.target("https://en.wikipedia.org/wiki/Edvard_Bene%C5%A1#Exile"));
    assertEquals("Treaty of Sèvres", WikiLink.target("./Treaty_of_Sèvres"));
    assertEquals("Hoare–Laval Pact", WikiLink.target("/wiki/Hoare%E2%80%93Laval_Pact"));
    assertEquals("Collective security", WikiLink.target("./collective_security"));
  }

  @Test
  void refusesWhatIsNotAnArticle() {
    assertNull(WikiLink.target("/wiki/File:Italo-Soviet_Pact.jpg"));
    assertNull(WikiLink.target("/wiki/Template_talk:Presidents_of_Czechoslovakia"));
    assertNull(WikiLink.target("/wiki/Special:BookSources%2F0275948773"));
    assertNull(WikiLink.target("/w/index.php?title=Nobody&action=edit&redlink=1"));
    assertNull(WikiLink.target("./Nobody?action=edit&redlink=1"));
    assertNull(WikiLink.target("#cite_note-1"));
    assertNull(WikiLink.target("https://de.wikipedia.org/wiki/Hitler-Stalin-Pakt"));
    assertNull(WikiLink.target("https://www.hollywoodreporter.com/review"));
  }

  @Test
  void categoryNames() {
    assertEquals("Treaties of the Kingdom of Italy (1861–1946)",
        WikiLink.category("/wiki/Category:Treaties_of_the_Kingdom_of_Italy_(1861%E2%80%931946)"));
    assertNull(WikiLink.category("/wiki/Help:Category"));
  }

  @Property
  void percentDecodingUndoesEncoding(@ForAll String title) {
    // URLEncoder writes spaces as '+'; wiki paths write them as '_' and keep '+' literal.
    String encoded = URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20");
    assertEquals(title, WikiLink.percentDecode(encoded));
  }
}
