package org.entente.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MediaWiki Action API calls Entente needs: a page's parsed HTML ({@code action=parse}), a
 * category's members and the latest revision of many titles ({@code action=query}).
 */
public final class WikiApi {
  /** MediaWiki lets ordinary clients name at most 50 titles in one query. */
  public static final int TITLES_PER_QUERY = 50;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WikiSite site;
  private final Politeness politeness;

  public WikiApi(WikiSite site, Politeness politeness) {
    this.site = site;
    this.politeness = politeness;
  }

  public WikiSite site() {
    return site;
  }

  /** The parsed page {@code title}, redirects followed; empty when the wiki has no such page. */
  public Optional<WikiPage> parse(String title) throws FetchException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("action", "parse");
    params.put("page", title);
    params.put("prop", "text|revid|displaytitle|categories");
    params.put("redirects", "1");
    // The limit report is a parser debugging comment, not content.
    params.put("disablelimitreport", "1");
    JsonNode root = call(params, title);
    JsonNode error = root.path("error");
    if (!error.isMissingNode()) {
      String code = error.path("code").asText();
      if (code.equals("missingtitle") || code.equals("invalidtitle") || code.equals("nosuchpageid")) {
        return Optional.empty();
      }
      throw new FetchException("API error " + code + ": " + error.path("info").asText());
    }
    JsonNode p = root.path("parse");
    String resolved = p.path("title").asText(title);
    List<WikiPage.Category> categories = new ArrayList<>();
    for (JsonNode c : p.path("categories")) {
      categories.add(new WikiPage.Category(c.path("category").asText().replace('_', ' '), isHidden(c)));
    }
    List<String> redirects = new ArrayList<>();
    for (JsonNode r : p.path("redirects")) redirects.add(r.path("from").asText());
    JsonNode text = p.path("text");
    // formatversion=2 gives the HTML as a string; version 1 (old mirrors) wraps it as {"*": html}.
    String html = text.isTextual() ? text.asText() : text.path("*").asText();
    return Optional.of(new WikiPage(resolved, p.path("displaytitle").asText(resolved), p.path("revid").asLong(),
        html, categories, redirects));
  }

  /** One member of a category: an article (namespace 0) or a subcategory (namespace 14). */
  public record Member(String title, boolean isCategory) {}

  /**
   * The articles of {@code category} (with its "Category:" prefix), and its subcategories when
   * {@code withSubcategories}; follows {@code continue} until the list is complete.
   */
  public List<Member> categoryMembers(String category, boolean withSubcategories) throws FetchException {
    List<Member> members = new ArrayList<>();
    Map<String, String> cont = Map.of();
    do {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("action", "query");
      params.put("list", "categorymembers");
      params.put("cmtitle", category);
      params.put("cmtype", withSubcategories ? "page|subcat" : "page");
      // Only articles and categories: templates, files and talk pages are not corpus material.
      params.put("cmnamespace", withSubcategories ? "0|14" : "0");
      params.put("cmlimit", "500");
      params.putAll(cont);
      JsonNode root = call(params, category);
      failOnError(root);
      for (JsonNode m : root.path("query").path("categorymembers")) {
        members.add(new Member(m.path("title").asText(), m.path("ns").asInt() == 14));
      }
      cont = continuation(root);
    } while (!cont.isEmpty());
    return members;
  }

  /** The current revision of each title (at most {@link #TITLES_PER_QUERY}), redirects followed. */
  public List<CurrentRevision> revisions(List<String> titles) throws FetchException {
    if (titles.size() > TITLES_PER_QUERY) throw new IllegalArgumentException("more than 50 titles");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("action", "query");
    params.put("prop", "revisions");
    params.put("rvprop", "ids");
    params.put("titles", String.join("|", titles));
    params.put("redirects", "1");
    JsonNode root = call(params, "revisions of " + titles.size() + " pages");
    failOnError(root);
    JsonNode query = root.path("query");
    Map<String, String> renamed = new HashMap<>();
    for (String kind : List.of("normalized", "redirects")) {
      for (JsonNode n : query.path(kind)) renamed.put(n.path("from").asText(), n.path("to").asText());
    }
    Map<String, JsonNode> pages = new HashMap<>();
    for (JsonNode p : query.path("pages")) pages.put(p.path("title").asText(), p);
    List<CurrentRevision> result = new ArrayList<>();
    for (String requested : titles) {
      String title = requested;
      // normalized, then redirected: follow at most a few hops, as the API resolves one redirect level.
      for (int hop = 0; hop < 4 && renamed.containsKey(title); hop++) title = renamed.get(title);
      JsonNode page = pages.get(title);
      boolean missing = page == null || page.has("missing") || page.has("invalid");
      long rev = missing ? 0 : page.path("revisions").path(0).path("revid").asLong();
      result.add(new CurrentRevision(requested, title, rev, missing));
    }
    return result;
  }

  private JsonNode call(Map<String, String> params, String what) throws FetchException {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("format", "json");
    all.put("formatversion", "2");
    // Wikimedia asks non-interactive clients to back off while replicas lag more than 5 s.
    all.put("maxlag", "5");
    all.putAll(params);
    URI uri = site.apiUri(query(all));
    WikiResponse response = politeness.get(uri, what);
    if (response.status() != 200) throw new FetchException("HTTP " + response.status());
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new FetchException("not JSON from " + uri.getHost() + ": " + e.getMessage(), e);
    }
  }

  private static boolean isHidden(JsonNode category) {
    // formatversion=2 says "hidden": true; version 1 says "hidden": "" (present means hidden).
    return category.has("hidden") && category.path("hidden").asBoolean(true);
  }

  private static void failOnError(JsonNode root) throws FetchException {
    JsonNode error = root.path("error");
    if (!error.isMissingNode()) {
      throw new FetchException("API error " + error.path("code").asText() + ": " + error.path("info").asText());
    }
  }

  private static Map<String, String> continuation(JsonNode root) {
    Map<String, String> cont = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("continue").properties()) {
      cont.put(e.getKey(), e.getValue().asText());
    }
    return cont;
  }

  static String query(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (sb.length() > 0) sb.append('&');
      sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
    }
    return sb.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
