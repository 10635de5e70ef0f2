package org.entente.search;

import java.util.List;
import java.util.Map;

/** The articles a search found (the best {@code hits}, of {@code total}), with facet counts. */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           double millis) {
  /** One facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
