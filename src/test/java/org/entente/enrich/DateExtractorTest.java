package org.entente.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
  private final DateExtractor dates = new DateExtractor();

  /** Each expression, alone or in a sentence, is one span; a blank span means no date at all. */
  @ParameterizedTest(name = "{0} → {1}..{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # full dates
      2 September 1933                          | 1933-09-02 | 1933-09-02
      September 2, 1933                         | 1933-09-02 | 1933-09-02
      2nd September 1933                        | 1933-09-02 | 1933-09-02
      the 2nd of September 1933                 | 1933-09-02 | 1933-09-02
      Sept. 2, 1933                             | 1933-09-02 | 1933-09-02
      Sep 2 1933                                | 1933-09-02 | 1933-09-02
      1933-09-02                                | 1933-09-02 | 1933-09-02
      The pact was signed on 15 July 1933 in Rome. | 1933-07-15 | 1933-07-15
      29 February 1932                          | 1932-02-29 | 1932-02-29
      2–3 September 1933                        | 1933-09-02 | 1933-09-03
      2-3 September 1933                        | 1933-09-02 | 1933-09-03
      September 2–3, 1933                       | 1933-09-02 | 1933-09-03
      12–13 March 1938                          | 1938-03-12 | 1938-03-13
      12 September – 20 October 1932            | 1932-09-12 | 1932-10-20
      September 12 – October 20, 1932           | 1932-09-12 | 1932-10-20
      # months, seasons and parts of years
      September 1933                            | 1933-09-01 | 1933-09-30
      in February 1932 the talks resumed        | 1932-02-01 | 1932-02-29
      1933                                      | 1933-01-01 | 1933-12-31
      In 1925, the Locarno treaties were signed. | 1925-01-01 | 1925-12-31
      the summer of 1934                        | 1934-06-01 | 1934-08-31
      summer 1934                               | 1934-06-01 | 1934-08-31
      the spring of 1936                        | 1936-03-01 | 1936-05-31
      mid 1900-01-01 x                          | 1900-01-01 | 1900-01-01
      summer 1933-09-02                         | 1933-09-02 | 1933-09-02
      the autumn of 1938                        | 1938-09-01 | 1938-11-30
      the fall of 1938                          | 1938-09-01 | 1938-11-30
      the winter of 1934                        | 1934-12-01 | 1935-02-28
      the winter of 1939–40                     | 1939-12-01 | 1940-02-29
      early 1935                                | 1935-01-01 | 1935-04-30
      mid-1935                                  | 1935-05-01 | 1935-08-31
      late 1938                                 | 1938-09-01 | 1938-12-31
      the end of 1938                           | 1938-09-01 | 1938-12-31
      early September 1938                      | 1938-09-01 | 1938-09-10
      mid-September 1938                        | 1938-09-11 | 1938-09-20
      late February 1933                        | 1933-02-21 | 1933-02-28
      the mid-1920s                             | 1923-01-01 | 1927-12-31
      the early 1920s                           | 1920-01-01 | 1923-12-31
      the late 1920s                            | 1927-01-01 | 1929-12-31
      the 1920s                                 | 1920-01-01 | 1929-12-31
      "the 1930's"                              | 1930-01-01 | 1939-12-31
      # ranges
      from 1932 until 1934                      | 1932-01-01 | 1934-12-31
      from 1932 to 1934                         | 1932-01-01 | 1934-12-31
      1918–1939                                 | 1918-01-01 | 1939-12-31
      1918-1939                                 | 1918-01-01 | 1939-12-31
      1918 – 1939                               | 1918-01-01 | 1939-12-31
      1918-39                                   | 1918-01-01 | 1939-12-31
      1932–34                                   | 1932-01-01 | 1934-12-31
      between 1925 and 1929                     | 1925-01-01 | 1929-12-31
      26 December 1921 – 7 February 1924        | 1921-12-26 | 1924-02-07
      12 September 1929 – 20 July 1932          | 1929-09-12 | 1932-07-20
      from March to May 1938                    | 1938-03-01 | 1938-05-31
      March–May 1938                            | 1938-03-01 | 1938-05-31
      January – April 9, 1924                   | 1924-01-01 | 1924-04-09
      the 1920s–1930s                           | 1920-01-01 | 1939-12-31
      # false dates: page numbers, identifiers, amounts, units, addresses, chrome
      p. 180                                    |            |
      p. 1933                                   |            |
      pp. 180–1933                              |            |
      No. 1933                                  |            |
      #1933                                     |            |
      ISBN 0275948773                           |            |
      ISBN 978-1-85728-595-6                    |            |
      OCLC 1933                                 |            |
      doi:10.2307/1933                          |            |
      1,500 tons                                |            |
      35,000 tons                               |            |
      10,000 men                                |            |
      1933 tons                                 |            |
      1920 km                                   |            |
      1925 soldiers                             |            |
      1200–1500 men                             |            |
      1600 Pennsylvania Avenue                  |            |
      10 Downing Street                         |            |
      $1933                                     |            |
      £1,000                                    |            |
      1,933                                     |            |
      1933.5                                    |            |
      10:11                                     |            |
      1000 BC                                   |            |
      999                                       |            |
      2101                                      |            |
      19330                                     |            |
      31 September                              |            |
      This page was last edited on 4 March 2020 |            |
      Retrieved 12 May 2019                     |            |
      Use dmy dates from January 2020           |            |
      Articles with unsourced statements from March 2021 | |
      the 1000s                                 |            |
      # a false date beside a true one: only the true one counts
      In 1933 the ship displaced 1933 tons.     | 1933-01-01 | 1933-12-31
      In 1938 people fled Vienna.               | 1938-01-01 | 1938-12-31
      31 September 1933                         | 1933-09-01 | 1933-09-30
      Smith 1998, p. 180                        | 1998-01-01 | 1998-12-31
      """)
  void resolvesEachExpressionToItsDays(String text, LocalDate from, LocalDate to) {
    List<DateSpan> spans = dates.find(text, DateKind.MENTIONED, 0);
    if (from == null) {
      assertEquals(List.of(), spans, text);
    } else {
      assertEquals(1, spans.size(), () -> text + " gave " + spans);
      assertEquals(from, spans.get(0).from(), text);
      assertEquals(to, spans.get(0).to(), text);
    }
  }

  @Test
  void spanTextIsTheExpressionAsWritten() {
    String text = "Signed on September 2, 1933 and in force from 1932 until 1934, between 1925 and 1929.";
    List<String> written = dates.find(text, DateKind.MENTIONED, 0).stream().map(DateSpan::text).toList();
    assertEquals(List.of("September 2, 1933", "from 1932 until 1934", "between 1925 and 1929"), written);
  }

  @Test
  void aFullDateIsNotAlsoAYear() {
    List<DateSpan> spans = dates.find("On 2 September 1933 Italy and the Soviet Union signed the pact.", DateKind.MENTIONED, 3);
    assertEquals(1, spans.size());
    assertEquals(new DateSpan(LocalDate.of(1933, 9, 2), LocalDate.of(1933, 9, 2), DateKind.MENTIONED, 3, "2 September 1933"), spans.get(0));
  }

  @Test
  void findsEveryDateInARealParagraph() {
    // From the lead of "Four-Power Pact", with a mention of the decade added.
    String lead = "The Four-Power Pact, also known as the Quadripartite Agreement, was an international treaty "
        + "initialled on 7 June 1933 and signed on 15 July 1933 in the Palazzo Venezia, Rome. It was never "
        + "ratified, and the pact of the early 1930s was dead by 1934.";
    List<String> written = dates.find(lead, DateKind.MENTIONED, 0).stream().map(DateSpan::text).toList();
    assertEquals(List.of("7 June 1933", "15 July 1933", "the early 1930s", "1934"), written);
  }

  @Test
  void twoSeparateYearsJoinedByAndStayTwo() {
    List<DateSpan> spans = dates.find("The treaties of 1925 and 1929 differ.", DateKind.MENTIONED, 0);
    assertEquals(2, spans.size());
    assertTrue(spans.stream().allMatch(s -> s.from().getYear() == s.to().getYear()));
  }

  @Test
  void aBackwardRangeIsTwoDates() {
    List<DateSpan> spans = dates.find("1939–1919", DateKind.MENTIONED, 0);
    assertEquals(List.of("1939", "1919"), spans.stream().map(DateSpan::text).toList());
  }
}
