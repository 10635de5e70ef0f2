package org.entente.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What to search for: a query in Lucene syntax (may be empty when dates or filters say it all), how
 * many articles to return, an optional date range (null bound = open) on the dates of a given kind,
 * the order, drill-down filters and the facet dimensions to count.
 */
public record SearchRequest(String query, int limit, LocalDate from, LocalDate to, DateKindFilter dateKind,
                            Order order, List<Filter> filters, List<String> facets) {
  /** Which dates a range applies to: the infobox's main dates, those mentioned in the text, or both. */
  public enum DateKindFilter { MAIN, MENTIONED, ANY }

  public enum Order { RELEVANCE, DATE }

  /** Keep only articles with this value in this facet dimension, e.g. person = "Maxim Litvinov". */
  public record Filter(String dimension, String value) {}

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = List.copyOf(filters);
    facets = List.copyOf(facets);
  }

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, limit, null, null, DateKindFilter.ANY, Order.RELEVANCE, List.of(), List.of());
  }

  public boolean hasDates() {
    return from != null || to != null;
  }
}
