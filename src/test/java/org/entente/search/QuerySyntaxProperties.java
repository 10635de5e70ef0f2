package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a user types, the query parser answers with a query or a QuerySyntaxException: nothing else, never a hang. */
class QuerySyntaxProperties {
  private static final QuerySyntax SYNTAX = new QuerySyntax();
  private static final Duration PER_QUERY = Duration.ofSeconds(5);
  private static final List<String> TOKENS = List.of("Locarno", "Rapallo", "treaty", "1933", "\"", "(", ")", "[", "]",
      "{", "}", ":", "*", "?", "~", "~2", "~0.5", "^", "^3", "+", "-", "!", "&&", "||", "/", "\\", " ", " ", " ",
      "AND", "OR", "NOT", "TO", "title:", "person:", "state:", "body:", "heading:", "nosuch:", "é", "ß", "Beneš",
      "\u0000", "\t", "'", "a*b", "?x", "/[a-z]+/", "/(/");

  @Property(tries = 4000)
  void anyStringOfSyntaxCharacters(@ForAll("syntaxStrings") String query) {
    parse(query);
  }

  @Property(tries = 4000)
  void anySequenceOfQueryTokens(@ForAll("tokenSequences") String query) {
    parse(query);
  }

  private static void parse(String query) {
    assertTimeoutPreemptively(PER_QUERY, () -> {
      try {
        SYNTAX.parse(query);
      } catch (QuerySyntaxException e) {
        // The answer for a malformed query; its message is a line for the user.
        if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("no message for " + query);
      }
    }, () -> "parsing took over " + PER_QUERY + ": " + query);
  }

  @Provide
  Arbitrary<String> syntaxStrings() {
    return Arbitraries.strings().withChars("abcxyz19 \"()[]{}:*?~^+-!&|/\\.,'é").ofMinLength(0).ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> tokenSequences() {
    return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(12).map(tokens -> String.join("", tokens));
  }
}
