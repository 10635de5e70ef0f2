package org.entente.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.entente.search.DateRange;
import org.entente.search.SearchRequest;
import picocli.CommandLine.Option;

/**
 * The options that narrow what a command looks at: a date range on dates of a kind, and facet filters.
 * One definition shared by {@code search}, {@code kwic}, {@code timeline} and {@code facets}.
 */
public final class SearchFilters {
  @Option(names = "--from", paramLabel = "DATE", description = "only articles/sections with a date on or after DATE (1933, 1933-09, 1933-09-02)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "only articles/sections with a date on or before DATE")
  String to;

  @Option(names = "--date-kind", paramLabel = "KIND", description = "dates the range applies to: main (infobox: signed, born…), mentioned, any (default)")
  SearchRequest.DateKindFilter dateKind = SearchRequest.DateKindFilter.ANY;

  @Option(names = "--filter", paramLabel = "DIM=VALUE", description = "keep articles with this facet value, e.g. person=\"Maxim Litvinov\" (repeatable; all must hold)")
  List<String> filters = new ArrayList<>();

  /** The request for {@code query}, narrowed by these options, counting no facets. */
  public SearchRequest request(String query, int limit, SearchRequest.Order order) {
    return new SearchRequest(query, limit, dates(), dateKind, order, filters(), List.of());
  }

  public DateRange dates() {
    return DateRange.parse(from, to);
  }

  public SearchRequest.DateKindFilter dateKind() {
    return dateKind;
  }

  public List<SearchRequest.Filter> filters() {
    List<SearchRequest.Filter> out = new ArrayList<>();
    for (String f : filters) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new IllegalArgumentException("--filter '" + f + "' is not DIM=VALUE (e.g. --filter state=\"Soviet Union\")");
      }
      String dim = f.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
      String value = unquote(f.substring(eq + 1).strip());
      out.add(new SearchRequest.Filter(ALIASES.getOrDefault(dim, dim), value));
    }
    return out;
  }

  /** Dimension names users reach for, mapped to the index's. */
  private static final Map<String, String> ALIASES = Map.of(
      "organization", "organisation", "country", "state", "people", "person", "treaty", "event");

  /** Comma-separated facet names, checked against the known ones. */
  static List<String> facetList(String spec) {
    if (spec == null || spec.isBlank()) return List.of();
    return Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(java.util.Locale.ROOT)).map(s -> ALIASES.getOrDefault(s, s)).toList();
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
