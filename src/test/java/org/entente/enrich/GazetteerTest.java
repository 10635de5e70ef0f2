package org.entente.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  @Test
  void findsByAliasIgnoringAccentsAndCase() {
    assertEquals("Edvard Beneš", gazetteer.find("Benes").orElseThrow().name());
    assertEquals("Edvard Beneš", gazetteer.find("EDVARD BENES").orElseThrow().name());
    assertEquals("Józef Piłsudski", gazetteer.find("Jozef Pilsudski").orElseThrow().name());
    assertEquals("Molotov–Ribbentrop Pact", gazetteer.find("Molotov-Ribbentrop pact").orElseThrow().name());
    assertEquals("Soviet Union", gazetteer.find("U.S.S.R.").orElseThrow().name());
    assertEquals(EntityType.STATE, gazetteer.type("Kingdom of Italy").orElseThrow());
    assertTrue(gazetteer.aliases("Kingdom of Italy").contains("Italy"));
  }

  @Test
  void sharedSurnamesNameNoOneAlone() {
    assertTrue(gazetteer.find("Chamberlain").isEmpty());
    assertEquals(2, gazetteer.findAll("Chamberlain").size());
  }

  @Test
  void variantsExpandPeriodSpellings() {
    assertTrue(gazetteer.variants("Litvinoff").containsAll(List.of("Maxim Litvinov", "Litvinov", "Litvinoff")));
    assertTrue(gazetteer.variants("USSR").containsAll(List.of("Soviet Union", "USSR", "Soviet Russia")));
    assertTrue(gazetteer.variants("Tchitcherin").contains("Georgy Chicherin"));
    assertTrue(gazetteer.variants("Abyssinia").contains("Ethiopian Empire"));
    assertTrue(gazetteer.variants("Wilno").contains("Vilnius"));
  }

  @Test
  void variantsOfABroaderStateIncludeItsRegimes() {
    var germany = gazetteer.variants("Germany");
    assertTrue(germany.containsAll(List.of("Weimar Republic", "Nazi Germany", "Third Reich")), germany.toString());
    assertFalse(gazetteer.variants("Nazi Germany").contains("Weimar Republic"));
  }

  @Test
  void unknownTermsExpandToThemselves() {
    assertEquals(java.util.Set.of("Quisling"), gazetteer.variants("Quisling"));
  }

  @Test
  void scannerPrefersTheLongestNameOnWordBoundaries() {
    var matches = gazetteer.scan("After the Treaty of Rapallo, Chicherin met Rathenau; Italian ships visited Italy.");
    List<String> surfaces = matches.stream().map(EntityNameScanner.Match::surface).toList();
    assertEquals(List.of("Treaty of Rapallo", "Chicherin", "Rathenau", "Italy"), surfaces);
  }

  @Test
  void capitalsInANameMustBeCapitalsInTheText() {
    assertTrue(gazetteer.scan("she wore a bonnet and told us of the league").isEmpty());
    assertEquals("Georges Bonnet", gazetteer.scan("Bonnet replied.").get(0).candidates().get(0).entry().name());
    assertEquals("United States", gazetteer.scan("the US delegation").get(0).candidates().get(0).entry().name());
  }
}
