package org.entente.enrich;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Whatever the text, the extractor returns spans in order and within the years it indexes. */
class DateExtractorProperties {
  private final DateExtractor dates = new DateExtractor();

  @Property(tries = 2000)
  boolean anyUnicodeTextGivesPlausibleSpans(@ForAll @StringLength(max = 200) String text) {
    return allPlausible(text, dates.find(text, DateKind.MENTIONED, 0));
  }

  @Property(tries = 2000)
  boolean dateLikeTextGivesPlausibleSpans(@ForAll("dateLikeText") String text) {
    return allPlausible(text, dates.find(text, DateKind.MENTIONED, 0));
  }

  @Property(tries = 1000)
  boolean aFullDateAmongOrdinaryWordsIsFoundAsWritten(
      @ForAll("lowerCaseWords") String before,
      @ForAll("fullDates") String date,
      @ForAll("lowerCaseWords") String after) {
    List<DateSpan> spans = dates.find(before + " " + date + " " + after, DateKind.MENTIONED, 0);
    return spans.size() == 1 && spans.get(0).text().equals(date) && spans.get(0).from().equals(spans.get(0).to());
  }

  @Provide
  Arbitrary<String> lowerCaseWords() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list().ofMaxSize(6)
        .map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> fullDates() {
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 365 * 200).map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
    return day.flatMap(d -> Arbitraries.of(
        d.getDayOfMonth() + " " + monthName(d) + " " + d.getYear(),
        monthName(d) + " " + d.getDayOfMonth() + ", " + d.getYear(),
        d.toString()));
  }

  private static String monthName(LocalDate d) {
    return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
  }

  /** Text made of the pieces dates are made of, so that the forms meet in odd combinations. */
  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of("January", "February", "May", "Sept.", "Sep", "December", "Dec.", "the", "of", "from", "to",
            "until", "between", "and", "early", "mid-", "late", "the end of", "summer", "winter", "fall", "s", "'s",
            "p.", "pp.", "No.", "ISBN", "$", "£", "#", "tons", "men", "Street", "Retrieved", "st", "nd", "BC"),
        Arbitraries.of(" ", "  ", "–", "-", "—", ",", ", ", ".", ":", "/", "\n"),
        Arbitraries.integers().between(0, 40).map(String::valueOf),
        Arbitraries.integers().between(990, 2110).map(String::valueOf),
        Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n)),
        Arbitraries.integers().between(0, 99999).map(String::valueOf));
    return fragment.list().ofMaxSize(25).map(parts -> String.join("", parts));
  }

  private static boolean allPlausible(String text, List<DateSpan> spans) {
    int previousEnd = -1;
    for (DateSpan s : spans) {
      if (s.from().isAfter(s.to())) return false;
      if (s.from().isBefore(LocalDate.of(1000, 1, 1)) || s.to().isAfter(LocalDate.of(2100, 12, 31))) return false;
      int at = text.indexOf(s.text(), Math.max(previousEnd, 0));
      if (s.text().isEmpty() || at < 0) return false;
      previousEnd = at + s.text().length();
    }
    return true;
  }
}
