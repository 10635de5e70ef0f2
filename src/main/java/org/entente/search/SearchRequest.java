package org.entente.search;

import java.util.List;

/**
 * What to search for: a query in Lucene syntax (may be empty when dates or filters say it all), how
 * many articles to return, a date range ({@link DateRange#ALL} for none) on the dates of a given kind,
 * the order, drill-down filters and the facet dimensions to count.
 */
public record SearchRequest(String query, int limit, DateRange dates, DateKindFilter dateKind,
                            Order order, List<Filter> filters, List<String> facets) {
  /** Which dates a range applies to: the infobox's main dates, those mentioned in the text, or both. */
  public enum DateKindFilter { MAIN, MENTIONED, ANY }

  public enum Order { RELEVANCE, DATE }

  /** Keep only articles with this value in this facet dimension, e.g. person = "Maxim Litvinov". */
  public record Filter(String dimension, String value) {}

  public SearchRequest {
    query = query == null ? "" : query.strip();
    dates = dates == null ? DateRange.ALL : dates;
    filters = List.copyOf(filters);
    facets = List.copyOf(facets);
  }

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, limit, DateRange.ALL, DateKindFilter.ANY, Order.RELEVANCE, List.of(), List.of());
  }

  public boolean hasDates() {
    return !dates.isAll() || dateKind != DateKindFilter.ANY;
  }

  /** True when the request needs no words: dates or filters alone say what to list. */
  public boolean listsOnly() {
    return query.isEmpty() && (hasDates() || !filters.isEmpty());
  }
}
