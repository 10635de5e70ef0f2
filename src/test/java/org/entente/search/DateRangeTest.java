package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

  @ParameterizedTest(name = "--from {0} --to {1} → {2}..{3}")
  @CsvSource(delimiter = '|', textBlock = """
      1933       | 1933       | 1933-01-01 | 1933-12-31
      1933-09    | 1933-09    | 1933-09-01 | 1933-09-30
      1933-09-02 | 1933-09-02 | 1933-09-02 | 1933-09-02
      1919       | 1939-09-01 | 1919-01-01 | 1939-09-01
      1933-02    | 1933-02    | 1933-02-01 | 1933-02-28
      1932-02    | 1932-02    | 1932-02-01 | 1932-02-29
      1933       |            | 1933-01-01 | 2100-12-31
                 | 1933       | 1000-01-01 | 1933-12-31
                 |            | 1000-01-01 | 2100-12-31
      ' 1933 '   | 1933       | 1933-01-01 | 1933-12-31
      """)
  void aBoundCoversItsWholeYearOrMonth(String from, String to, LocalDate first, LocalDate last) {
    assertEquals(new DateRange(first, last), DateRange.parse(from, to));
  }

  @Test
  void noBoundsIsEverything() {
    assertTrue(DateRange.parse(null, null).isAll());
    assertFalse(DateRange.parse("1933", null).isAll());
  }

  @Test
  void anImpossibleDateSaysWhatIsAccepted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse("1933-13-40", null));
    assertEquals("invalid date '1933-13-40' for --from: expected YYYY, YYYY-MM or YYYY-MM-DD "
        + "(e.g. 1933, 1933-09, 1933-09-02)", e.getMessage());
  }

  @Test
  void aWordIsNotADate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse(null, "tomorrow"));
    assertEquals("invalid date 'tomorrow' for --to: expected YYYY, YYYY-MM or YYYY-MM-DD "
        + "(e.g. 1933, 1933-09, 1933-09-02)", e.getMessage());
  }

  @Test
  void fromAfterToNamesBothAsTyped() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse("1939", "1919"));
    assertEquals("--from 1939 is after --to 1919", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      1933-02-29
      1933-9
      33
      19330
      1933/09/02
      2 September 1933
      ''
      """)
  void otherShapesAreRefused(String arg) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse(arg, null));
    assertTrue(e.getMessage().startsWith("invalid date '" + arg + "' for --from: expected YYYY"), e.getMessage());
  }

  @Test
  void yearsOutsideTheIndexAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse("0999", null));
    assertEquals("year 0999 for --from is outside 1000–2100, the years Entente indexes", e.getMessage());
  }

  @Test
  void theMessageStaysOnOneLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse("19\n33", null));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aSpanMatchesWhenItSharesADay() {
    DateRange thirties = DateRange.parse("1930", "1939");
    assertTrue(thirties.intersects(LocalDate.of(1918, 11, 11), LocalDate.of(1930, 1, 1)));
    assertTrue(thirties.intersects(LocalDate.of(1939, 12, 31), LocalDate.of(1945, 5, 8)));
    assertFalse(thirties.intersects(LocalDate.of(1940, 1, 1), LocalDate.of(1940, 12, 31)));
  }

  @Test
  void boundsConvertToEpochDaysForTheIndex() {
    DateRange day = DateRange.parse("1970-01-02", "1970-01-02");
    assertEquals(1, day.fromEpochDay());
    assertEquals(1, day.toEpochDay());
  }
}
