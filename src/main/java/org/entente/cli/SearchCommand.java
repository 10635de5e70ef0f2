package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.index.IndexStore;
import org.entente.print.HitPrinter;
import org.entente.print.JsonPrinter;
import org.entente.print.Terminal;
import org.entente.search.SearchRequest;
import org.entente.search.SearchResult;
import org.entente.search.Searcher;
import org.entente.search.SearcherSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente search}: ranked articles for a query, with their best section and a snippet. */
@Command(name = "search", description = "Search the index (Lucene query syntax). Exit 0: found, 1: nothing, 2: error.")
final class SearchCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words, \"phrases\", AND/OR/NOT, field:term")
  List<String> words = List.of();

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "articles to show (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Mixin SearchFilters narrow;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default) or date (main date, oldest first)")
  SearchRequest.Order order = SearchRequest.Order.RELEVANCE;

  @Option(names = "--facet", paramLabel = "DIMS", description = "count facets under the hits: person,state,organisation,place,event,category,year,decade")
  String facets;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    SearchRequest request = new SearchRequest(String.join(" ", words), limit, narrow.dates(), narrow.dateKind(),
        order, narrow.filters(), SearchFilters.facetList(facets));
    if (request.query().isEmpty() && !request.listsOnly()) {
      throw new IllegalArgumentException("nothing to search for: give a QUERY, or --from/--to or --filter to list articles");
    }
    ensureIndex(workspace);
    try (SearcherSource.Lease lease = SearcherSource.current().lease(workspace.index())) {
      Searcher searcher = lease.searcher();
      SearchResult result = searcher.search(request);
      print(result);
      return result.hits().isEmpty() ? 1 : 0;
    }
  }

  private void print(SearchResult result) throws Exception {
    if (output.json()) {
      new JsonPrinter(System.out).print(result);
    } else {
      new HitPrinter(System.out, output.style(), workspace.corpus()).print(result);
      System.err.println(HitPrinter.summary(result));
    }
  }

  /** On first use there is no index yet: build it, saying so, before answering. */
  static void ensureIndex(Workspace workspace) throws Exception {
    Path index = workspace.index();
    if (IndexStore.exists(Terminal.current().cwd().resolve(index))) return;
    System.err.println("no index in " + index + "/ yet: building it from " + workspace.corpus() + "/ (first use)");
    IndexCommand.build(workspace.corpus(), index, false, Runtime.getRuntime().availableProcessors(), System.err);
  }
}
