package org.entente.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.search.Hit;
import org.entente.search.SearchResult;
import org.entente.search.Snippet;

/** Renders any result as one JSON document on stdout, for scripts. */
public final class JsonPrinter {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintStream out;

  public JsonPrinter(PrintStream out) {
    this.out = out;
  }

  /** Any value Jackson can map: records, lists, maps. */
  public void print(Object value) throws IOException {
    out.println(MAPPER.writeValueAsString(value));
  }

  public void print(SearchResult result) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("query", result.query());
    doc.put("total", result.total());
    doc.put("millis", Math.round(result.millis() * 10) / 10.0);
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Hit hit : result.hits()) hits.add(hit(hit));
    doc.put("hits", hits);
    if (!result.facets().isEmpty()) doc.put("facets", result.facets());
    if (result.suggestion() != null) doc.put("suggestion", result.suggestion());
    print(doc);
  }

  private static Map<String, Object> hit(Hit hit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", hit.title());
    m.put("file", hit.file());
    if (!hit.url().isEmpty()) m.put("url", hit.url());
    m.put("score", hit.score());
    m.put("section", hit.sectionPath());
    m.put("section_index", hit.section());
    Snippet s = hit.snippet();
    m.put("snippet", s.text());
    m.put("highlights", s.highlights().stream().map(h -> List.of(h.start(), h.end())).toList());
    if (hit.mainDate() != null) {
      m.put("date", hit.mainDate().toString());
      m.put("date_kind", hit.mainDateKind());
    }
    return m;
  }
}
