package org.entente.eval;

import java.io.IOException;
import java.util.List;
import org.entente.search.Hit;
import org.entente.search.QuerySyntaxException;
import org.entente.search.SearchRequest;
import org.entente.search.Searcher;

/** Something that ranks articles for a query: Entente's searcher, or the naive baseline it is measured against. */
@FunctionalInterface
public interface Engine {
  /** The titles of the best {@code depth} articles for {@code query}, best first. */
  List<String> rank(String query, int depth) throws IOException, QuerySyntaxException;

  /** Entente's own ranking, exactly as {@code entente search} orders its hits. */
  static Engine of(Searcher searcher) {
    return (query, depth) -> searcher.search(SearchRequest.of(query, depth)).hits().stream().map(Hit::title).toList();
  }
}
