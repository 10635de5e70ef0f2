package org.entente.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.print.HitPrinter;
import org.entente.print.JsonPrinter;
import org.entente.search.SearchResult;
import org.entente.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente facets [QUERY]}: the most frequent entities, categories and years of the corpus or a query. */
@Command(name = "facets", description = "List the most frequent people, states, organisations, places, events (and categories, years) of the corpus or of QUERY.")
final class FacetsCommand implements Callable<Integer> {
  private static final List<String> ENTITY_TYPES = List.of("person", "state", "organisation", "place", "event");

  @Mixin Workspace workspace;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "count over the articles matching QUERY (default: all)")
  List<String> words = List.of();

  @Option(names = "--type", paramLabel = "DIMS", description = "which: person,state,organisation,place,event,category,year,decade (default: the five entity types)")
  String types;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "values per type (default: ${DEFAULT-VALUE})")
  int limit = 20;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    List<String> dims = types == null ? ENTITY_TYPES : SearchFilters.facetList(types);
    SearchCommand.ensureIndex(workspace);
    try (Searcher searcher = Searcher.open(workspace.index())) {
      Map<String, List<SearchResult.FacetCount>> counts = searcher.facetCounts(String.join(" ", words), dims, limit);
      if (output.json()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("query", String.join(" ", words));
        doc.put("facets", counts);
        new JsonPrinter(System.out).print(doc);
      } else {
        new HitPrinter(System.out, output.style(), workspace.corpus()).printFacets(new LinkedHashMap<>(counts));
      }
      boolean any = new ArrayList<>(counts.values()).stream().anyMatch(l -> !l.isEmpty());
      return any ? 0 : 1;
    }
  }
}
