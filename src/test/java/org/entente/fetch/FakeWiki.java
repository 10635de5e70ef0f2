package org.entente.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A MediaWiki Action API on loopback, answering action=parse and action=query from pages of the
 * project's corpus, with scripted trouble (429, 503, maxlag, dropped connections, slow answers).
 */
final class FakeWiki implements AutoCloseable {
  /** One request as the server saw it. */
  record Hit(long nanos, Map<String, String> params, String userAgent) {
    String action() {
      return params.getOrDefault("action", "") + (params.containsKey("list") ? "/" + params.get("list")
          : params.containsKey("prop") && params.get("action").equals("query") ? "/" + params.get("prop") : "");
    }
  }

  /** Scripted trouble for the next request about a title or category. */
  sealed interface Fault {}

  record Status(int status, String retryAfter) implements Fault {}

  record Maxlag(String retryAfter) implements Fault {}

  record Reset() implements Fault {}

  record Slow(long millis) implements Fault {}

  record Page(String title, long revision, String html, List<String> categories, List<String> hidden) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, String> redirects = new ConcurrentHashMap<>();
  private final Map<String, List<String>> categories = new ConcurrentHashMap<>();
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final Map<String, Fault> always = new ConcurrentHashMap<>();
  /** Small on purpose, so that category listings need cmcontinue. */
  int membersPerAnswer = 2;

  private FakeWiki() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/w/api.php", this::handle);
    // Several threads: a slow answer must not hold up the retry that follows it.
    server.setExecutor(executor);
    server.start();
  }

  static FakeWiki start() throws IOException {
    return new FakeWiki();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves a corpus file's title, parser output and categories as the page's current revision. */
  FakeWiki page(Path corpusFile, long revision) throws IOException {
    Page p = loadPage(corpusFile);
    pages.put(p.title(), new Page(p.title(), revision, p.html(), p.categories(), p.hidden()));
    return this;
  }

  /** Corpus pages parsed once per test run: every test serves the same few. */
  private static final Map<Path, Page> PARSED = new ConcurrentHashMap<>();

  private static Page loadPage(Path corpusFile) throws IOException {
    Page cached = PARSED.get(corpusFile);
    if (cached != null) return cached;
    Document doc = Jsoup.parse(Files.readString(corpusFile, StandardCharsets.UTF_8));
    // Serve the parser output as saved, not re-indented.
    doc.outputSettings().prettyPrint(false);
    String title = doc.selectFirst("h1#firstHeading").text();
    Element output = doc.selectFirst("div.mw-parser-output");
    List<String> cats = doc.select("#mw-normal-catlinks li a").eachText();
    List<String> hidden = doc.select("#mw-hidden-catlinks li a").eachText();
    Page page = new Page(title, 0, output.outerHtml(), cats, hidden);
    PARSED.put(corpusFile, page);
    return page;
  }

  FakeWiki page(String title, long revision, String html) {
    pages.put(title, new Page(title, revision, html, List.of(), List.of()));
    return this;
  }

  FakeWiki revise(String title, long revision) {
    Page p = pages.get(title);
    pages.put(title, new Page(p.title(), revision, p.html(), p.categories(), p.hidden()));
    return this;
  }

  FakeWiki redirect(String from, String to) {
    redirects.put(from, to);
    return this;
  }

  FakeWiki category(String name, String... members) {
    categories.put(name, List.of(members));
    return this;
  }

  /** Answers the next requests about {@code key} (a title, a category or "revisions") with these faults, in order. */
  FakeWiki fault(String key, Fault... fs) {
    faults.computeIfAbsent(key, k -> new ArrayDeque<>()).addAll(List.of(fs));
    return this;
  }

  /** Answers every request about {@code key} with this fault. */
  FakeWiki alwaysFail(String key, Fault f) {
    always.put(key, f);
    return this;
  }

  List<Hit> hits() {
    synchronized (hits) {
      return List.copyOf(hits);
    }
  }

  List<Hit> hits(String action, String param, String value) {
    return hits().stream().filter(h -> h.action().equals(action) && value.equals(h.params().get(param))).toList();
  }

  List<Hit> hits(String action) {
    return hits().stream().filter(h -> h.action().equals(action)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    Map<String, String> params = params(ex.getRequestURI().getRawQuery());
    hits.add(new Hit(System.nanoTime(), params, ex.getRequestHeaders().getFirst("User-Agent")));
    // Trouble is scripted per page (parse), per category (listing) or for all revision checks.
    String key = params.getOrDefault("page", params.getOrDefault("cmtitle", params.containsKey("titles") ? "revisions" : ""));
    Fault fault = always.get(key);
    Deque<Fault> queue = faults.get(key);
    if (fault == null && queue != null) fault = queue.poll();
    if (fault instanceof Reset) {
      // HttpServer closes the connection without an answer when a handler throws.
      throw new IOException("scripted connection reset");
    }
    if (fault instanceof Slow s) sleep(s.millis());
    if (fault instanceof Status s) {
      if (s.retryAfter() != null) ex.getResponseHeaders().add("Retry-After", s.retryAfter());
      send(ex, s.status(), "{\"error\":{\"code\":\"http\",\"info\":\"scripted " + s.status() + "\"}}");
      return;
    }
    if (fault instanceof Maxlag m) {
      ex.getResponseHeaders().add("Retry-After", m.retryAfter());
      ex.getResponseHeaders().add("X-Database-Lag", "7");
      ex.getResponseHeaders().add("MediaWiki-API-Error", "maxlag");
      send(ex, 200, "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for db1: 7 seconds lagged\",\"host\":\"db1\",\"lag\":7}}");
      return;
    }
    String action = params.getOrDefault("action", "");
    if (action.equals("parse")) parse(ex, params.get("page"));
    else if ("categorymembers".equals(params.get("list"))) members(ex, params);
    else if ("revisions".equals(params.get("prop"))) revisions(ex, params.get("titles"));
    else send(ex, 400, "{\"error\":{\"code\":\"badrequest\",\"info\":\"unknown action\"}}");
  }

  private void parse(HttpExchange ex, String title) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    String target = redirects.getOrDefault(title, title);
    Page p = pages.get(target);
    if (p == null) {
      ex.getResponseHeaders().add("MediaWiki-API-Error", "missingtitle");
      root.putObject("error").put("code", "missingtitle").put("info", "The page you specified doesn't exist.");
      send(ex, 200, root.toString());
      return;
    }
    ObjectNode parse = root.putObject("parse");
    parse.put("title", p.title()).put("pageid", Math.abs(p.title().hashCode())).put("revid", p.revision());
    ArrayNode red = parse.putArray("redirects");
    if (!target.equals(title)) red.addObject().put("from", title).put("to", target);
    parse.put("text", p.html());
    ArrayNode cats = parse.putArray("categories");
    for (String c : p.categories()) cats.addObject().put("sortkey", "").put("category", c.replace(' ', '_'));
    for (String c : p.hidden()) cats.addObject().put("sortkey", "").put("category", c.replace(' ', '_')).put("hidden", true);
    parse.put("displaytitle", "<span class=\"mw-page-title-main\">" + p.title() + "</span>");
    send(ex, 200, root.toString());
  }

  private void members(HttpExchange ex, Map<String, String> params) throws IOException {
    List<String> all = categories.getOrDefault(params.get("cmtitle"), List.of());
    boolean subcats = params.get("cmtype").contains("subcat");
    List<String> wanted = all.stream().filter(t -> subcats || !t.startsWith("Category:")).toList();
    int from = params.containsKey("cmcontinue") ? Integer.parseInt(params.get("cmcontinue").split("\\|")[1]) : 0;
    int to = Math.min(wanted.size(), from + membersPerAnswer);
    ObjectNode root = JSON.createObjectNode();
    root.put("batchcomplete", to == wanted.size());
    if (to < wanted.size()) root.putObject("continue").put("cmcontinue", "page|" + to).put("continue", "-||");
    ArrayNode list = root.putObject("query").putArray("categorymembers");
    for (String t : wanted.subList(from, to)) {
      list.addObject().put("pageid", Math.abs(t.hashCode())).put("ns", t.startsWith("Category:") ? 14 : 0).put("title", t);
    }
    send(ex, 200, root.toString());
  }

  private void revisions(HttpExchange ex, String titles) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("batchcomplete", true);
    ObjectNode query = root.putObject("query");
    ArrayNode red = query.putArray("redirects");
    ArrayNode list = query.putArray("pages");
    for (String t : titles.split("\\|")) {
      String target = redirects.getOrDefault(t, t);
      if (!target.equals(t)) red.addObject().put("from", t).put("to", target);
      Page p = pages.get(target);
      ObjectNode page = list.addObject().put("ns", 0).put("title", target);
      if (p == null) page.put("missing", true);
      else page.put("pageid", Math.abs(target.hashCode())).putArray("revisions").addObject().put("revid", p.revision())
          .put("parentid", p.revision() - 1);
    }
    send(ex, 200, root.toString());
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> params(String rawQuery) {
    Map<String, String> m = new LinkedHashMap<>();
    if (rawQuery == null) return m;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return m;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
