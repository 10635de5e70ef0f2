package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.print.ConcordancePrinter;
import org.entente.print.JsonPrinter;
import org.entente.search.Concordance;
import org.entente.search.SearchRequest;
import org.entente.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente kwic}: every occurrence of a query, in context, one line each (a concordance). */
@Command(name = "kwic", description = "Concordance: each occurrence of QUERY with its context, matches aligned."
    + " Exit 0: found, 1: nothing, 2: error.")
final class KwicCommand implements Callable<Integer> {
  @Mixin Workspace workspace;
  @Mixin SearchFilters filters;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words, \"phrases\", AND/OR/NOT, field:term")
  List<String> words = List.of();

  @Option(names = {"-w", "--width"}, paramLabel = "N", description = "characters of context each side (default: ${DEFAULT-VALUE})")
  int width = 40;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "lines to show (default: ${DEFAULT-VALUE}); the totals count all")
  int limit = 100;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "title (then position), date (article's main date), left or right (words nearest the match first) (default: title)")
  Concordance.Order sort = Concordance.Order.TITLE;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    if (width < 1) throw new IllegalArgumentException("--width must be at least 1, not " + width);
    String query = String.join(" ", words);
    if (query.isBlank()) throw new IllegalArgumentException("nothing to look for: give a QUERY");
    SearchRequest request = filters.request(query, limit, SearchRequest.Order.RELEVANCE);
    SearchCommand.ensureIndex(workspace);
    try (Searcher searcher = Searcher.open(workspace.index())) {
      Concordance.Result result = new Concordance(searcher).find(request, width, sort);
      if (output.json()) {
        new JsonPrinter(System.out).print(ConcordancePrinter.json(result));
      } else {
        new ConcordancePrinter(System.out, output.style()).print(result, width);
        System.err.println(ConcordancePrinter.summary(result));
      }
      return result.occurrences() == 0 ? 1 : 0;
    }
  }
}
