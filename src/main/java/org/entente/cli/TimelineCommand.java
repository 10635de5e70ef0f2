package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.print.JsonPrinter;
import org.entente.print.TimelinePrinter;
import org.entente.search.SearchRequest;
import org.entente.search.Searcher;
import org.entente.search.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente timeline QUERY}: how often the matching sections speak of each year or month. */
@Command(name = "timeline", description = "Bar chart of the years (or months) the sections matching QUERY mention.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Mixin SearchFilters narrow;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words, as for search; none: every section")
  List<String> words = List.of();

  @Option(names = "--by", paramLabel = "PERIOD", description = "year (default) or month")
  Timeline.By by = Timeline.By.YEAR;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = narrow.request(String.join(" ", words), 1, SearchRequest.Order.RELEVANCE);
    SearchCommand.ensureIndex(workspace);
    try (Searcher searcher = Searcher.open(workspace.index())) {
      Timeline.Result result = new Timeline(searcher).count(request, by);
      if (output.json()) {
        new JsonPrinter(System.out).print(result);
      } else {
        new TimelinePrinter(System.out, output.style()).print(result);
        System.err.println(TimelinePrinter.summary(result));
      }
      return result.periods().isEmpty() ? 1 : 0;
    }
  }
}
