package org.entente.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles a search found (the best {@code hits}, of {@code total}), with facet counts in the order
 * the dimensions were asked and, when few were found, a corrected query to suggest (null when there is none).
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           String suggestion, double millis) {
  /** One facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}

  public SearchResult {
    hits = List.copyOf(hits);
    // Map.copyOf would iterate in an order that changes from one run to the next.
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
