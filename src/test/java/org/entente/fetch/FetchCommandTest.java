package org.entente.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.SharedData;
import org.entente.cli.FetchCommand;
import org.entente.corpus.CorpusManifest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code entente fetch} against a wiki on loopback that serves pages of the project's corpus. */
class FetchCommandTest {
  static final String SEVRES = "Treaty of Sèvres";
  static final String ITALO = "Italo-Soviet Pact";
  static final String LOCARNO = "Locarno Treaties";
  static final String WASHINGTON = "Washington Naval Treaty";
  static final String LONDON = "London Naval Treaty";
  static final String LONDON2 = "Second London Naval Treaty";

  @TempDir Path tmp;
  Path corpus;
  FakeWiki wiki;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void startWiki() throws IOException {
    corpus = tmp.resolve("corpus");
    wiki = FakeWiki.start()
        .page(SharedData.corpusFile("Treaty_of_Sèvres.html"), 1001)
        .page(SharedData.corpusFile("Italo-Soviet_Pact.html"), 1002)
        .page(SharedData.corpusFile("Locarno_Treaties.html"), 1003)
        .page(SharedData.corpusFile("Washington_Naval_Treaty.html"), 1004)
        .page(SharedData.corpusFile("London_Naval_Treaty.html"), 1005)
        .page(SharedData.corpusFile("Second_London_Naval_Treaty.html"), 1006);
  }

  @AfterEach
  void stopWiki() {
    wiki.close();
  }

  Run fetch(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // The test's defaults (--wiki, --rate, ...) come first; a test may give them again to override.
    CommandLine cmd = new CommandLine(new FetchCommand(env)).setOverwrittenOptionsAllowed(true);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("--wiki", wiki.url(), "--corpus", corpus.toString(), "--rate", "1000",
        "--backoff", "0.02"));
    all.addAll(List.of(args));
    int exit = cmd.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  Run fetch(String... args) {
    return fetch(Map.of("ENTENTE_CONTACT", "tests@example.org"), args);
  }

  Document saved(String file) throws IOException {
    return Jsoup.parse(Files.readString(corpus.resolve(file), StandardCharsets.UTF_8));
  }

  static String sourceText(String file) throws IOException {
    return Jsoup.parse(Files.readString(SharedData.corpusFile(file), StandardCharsets.UTF_8))
        .selectFirst("div.mw-parser-output").text();
  }

  List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  @Test
  void writesPagesInTheLegacyShapeTheExtractorReads() throws IOException {
    Run r = fetch(SEVRES, "Italo-Soviet_Pact");

    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out(), "machine output only; fetch has none");
    Document doc = saved("Treaty_of_Sèvres.html");
    assertEquals("Treaty of Sèvres - Wikipedia", doc.title());
    assertEquals(SEVRES, doc.selectFirst("h1#firstHeading").text());
    assertEquals(wiki.url() + "/wiki/Treaty_of_S%C3%A8vres", doc.selectFirst("link[rel=canonical]").attr("href"));
    assertTrue(doc.selectFirst("#mw-content-text > div.mw-parser-output").text()
        .contains("The Treaty of Sèvres was the peace treaty signed on August 10, 1920"));
    assertEquals(sourceText("Treaty_of_Sèvres.html"), doc.selectFirst("div.mw-parser-output").text());
    assertEquals(1, doc.select("div.mw-parser-output").size(), "parser output is not wrapped twice");
    Document italo = saved("Italo-Soviet_Pact.html");
    assertTrue(italo.select("#mw-normal-catlinks li a").eachText().contains("Interwar-period treaties"));
    assertEquals("/wiki/Category:Interwar-period_treaties",
        italo.select("#mw-normal-catlinks a[title=Category:Interwar-period treaties]").attr("href"));
    assertTrue(italo.select("#mw-hidden-catlinks li a").eachText().contains("Articles with short description"));
    assertTrue(r.err().contains("fetched Treaty of Sèvres (rev 1001) → " + corpus.resolve("Treaty_of_Sèvres.html")), r.err());
    assertTrue(r.err().strip().endsWith("missing 0, failed 0 in " + r.err().replaceAll("(?s).* in ", "").strip()));
    assertTrue(r.err().contains("fetched 2, skipped 0 (present), unchanged 0, missing 0, failed 0 in "), r.err());
    assertEquals(List.of(), leftovers());
  }

  @Test
  void writesPagesTheArticleReaderTakesIn() throws Exception {
    fetch(LOCARNO);
    Path file = corpus.resolve("Locarno_Treaties.html");
    org.entente.extract.Article a = org.entente.extract.ArticleReader.read(file, "Locarno_Treaties.html");
    assertEquals(LOCARNO, a.title());
    assertTrue(a.bodyText().contains("The Locarno Treaties were seven agreements negotiated at Locarno"), a.bodyText());
  }

  @Test
  void leavesPagesAsReadableAsAnyNewFile() throws IOException {
    fetch(SEVRES);
    Path probe = Files.createFile(corpus.resolve("probe"));
    assumePosix();
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(corpus.resolve("Treaty_of_Sèvres.html")));
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(corpus.resolve(".entente-manifest.tsv")));
  }

  void assumePosix() {
    org.junit.jupiter.api.Assumptions.assumeTrue(corpus.getFileSystem().supportedFileAttributeViews().contains("posix"));
  }

  @Test
  void recordsEachPageInTheManifest() throws IOException {
    fetch(SEVRES, ITALO);

    CorpusManifest m = CorpusManifest.read(corpus);
    CorpusManifest.Entry e = m.entry("Treaty_of_Sèvres.html").orElseThrow();
    assertEquals(SEVRES, e.title());
    assertEquals(1001, e.revision());
    assertEquals(wiki.url() + "/wiki/Treaty_of_S%C3%A8vres", e.url());
    assertTrue(e.fetched().isAfter(java.time.Instant.now().minusSeconds(60)));
    assertEquals(List.of(), e.redirectsFrom());
    assertEquals(List.of("Italo-Soviet_Pact.html", "Treaty_of_Sèvres.html"),
        m.entries().stream().map(CorpusManifest.Entry::file).toList());
    String text = Files.readString(corpus.resolve(".entente-manifest.tsv"));
    assertTrue(text.contains("Italo-Soviet_Pact.html\tItalo-Soviet Pact\t1002\t" + wiki.url() + "/wiki/Italo-Soviet_Pact\t"), text);
  }

  @Test
  void sendsTheUserAgentWithContactAndMaxlagOnEveryRequest() {
    Run r = fetch(SEVRES, "--category", "Interwar-period treaties");

    assertFalse(r.err().contains("warning"), r.err());
    assertFalse(wiki.hits().isEmpty());
    for (FakeWiki.Hit h : wiki.hits()) {
      assertEquals("Entente/0.1 (+https://github.com/entente; contact: tests@example.org)", h.userAgent());
      assertEquals("5", h.params().get("maxlag"));
      assertEquals("2", h.params().get("formatversion"));
    }
    FakeWiki.Hit parse = wiki.hits("parse").get(0);
    assertEquals("1", parse.params().get("redirects"));
    assertEquals("text|revid|displaytitle|categories", parse.params().get("prop"));
  }

  @Test
  void contactOptionWinsAndItsAbsenceIsWarnedOnce() {
    Run given = fetch(Map.of("ENTENTE_CONTACT", "env@example.org"), "--contact", "cli@example.org", SEVRES);
    assertTrue(wiki.hits().get(0).userAgent().contains("contact: cli@example.org"));
    assertFalse(given.err().contains("warning"));

    Run unset = fetch(Map.of(), "--refresh", SEVRES, ITALO);
    assertEquals(1, unset.err().split("warning: no contact", -1).length - 1, unset.err());
    assertEquals("Entente/0.1 (+https://github.com/entente)", wiki.hits().get(wiki.hits().size() - 1).userAgent());
  }

  @Test
  void walksCategoriesToTheGivenDepthAskingEachCategoryOnce() throws IOException {
    wiki.category("Category:Interwar-period treaties", ITALO, LOCARNO, "Category:Naval treaties")
        .category("Category:Naval treaties", WASHINGTON, LONDON, "Category:Interwar-period treaties", "Category:Deep")
        .category("Category:Deep", LONDON2, "Category:Naval treaties");

    Run depth0 = fetch("--category", "Interwar-period treaties");
    assertEquals(0, depth0.exit(), depth0.err());
    assertTrue(Files.exists(corpus.resolve("Italo-Soviet_Pact.html")));
    assertTrue(Files.exists(corpus.resolve("Locarno_Treaties.html")));
    assertFalse(Files.exists(corpus.resolve("Washington_Naval_Treaty.html")));
    assertEquals(List.of(), wiki.hits("query/categorymembers", "cmtitle", "Category:Naval treaties"));
    assertEquals("page", wiki.hits("query/categorymembers").get(0).params().get("cmtype"));

    Run depth1 = fetch("--category", "Category:Interwar-period treaties", "--depth", "1");
    assertTrue(depth1.err().contains("fetched 2, skipped 2 (present)"), depth1.err());
    assertTrue(Files.exists(corpus.resolve("London_Naval_Treaty.html")));
    assertFalse(Files.exists(corpus.resolve("Second_London_Naval_Treaty.html")));
    assertEquals(List.of(), wiki.hits("query/categorymembers", "cmtitle", "Category:Deep"));

    int before = wiki.hits().size();
    Run deep = fetch("--category", "Interwar-period treaties", "--depth", "9");
    assertEquals(0, deep.exit(), deep.err());
    assertTrue(deep.err().contains("fetched 1, skipped 4 (present)"), deep.err());
    assertTrue(Files.exists(corpus.resolve("Second_London_Naval_Treaty.html")));
    List<FakeWiki.Hit> walk = wiki.hits().subList(before, wiki.hits().size()).stream()
        .filter(h -> h.action().equals("query/categorymembers")).toList();
    // Two members per answer: 3 and 4 members take two answers (cmcontinue), Deep's 2 one; cycles are not followed.
    assertEquals(List.of("Category:Interwar-period treaties", "Category:Interwar-period treaties", "Category:Naval treaties",
            "Category:Naval treaties", "Category:Deep"),
        walk.stream().map(h -> h.params().get("cmtitle")).toList());
    assertEquals("page|2", walk.get(1).params().get("cmcontinue"));
    assertEquals("0|14", walk.get(0).params().get("cmnamespace"));
  }

  @Test
  void followsRedirectsAndRemembersThem() throws IOException {
    wiki.redirect("Treaty of Sevres", SEVRES);

    Run r = fetch("Treaty of Sevres");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("redirect: Treaty of Sevres → Treaty of Sèvres"), r.err());
    assertEquals(SEVRES, saved("Treaty_of_Sèvres.html").selectFirst("h1").text());
    assertFalse(Files.exists(corpus.resolve("Treaty_of_Sevres.html")));
    assertEquals(List.of("Treaty of Sevres"),
        CorpusManifest.read(corpus).entry("Treaty_of_Sèvres.html").orElseThrow().redirectsFrom());

    int before = wiki.hits().size();
    Run again = fetch("Treaty_of_Sevres");
    assertEquals(0, again.exit());
    assertTrue(again.err().contains("fetched 0, skipped 1 (present)"), again.err());
    assertEquals(before, wiki.hits().size(), "a known redirect costs no request");
  }

  @Test
  void reportsMissingPagesAndGoesOn() {
    Run r = fetch("No such treaty", ITALO);

    assertEquals(1, r.exit());
    assertTrue(r.err().contains("missing: No such treaty\n"), r.err());
    assertTrue(r.err().contains("fetched 1, skipped 0 (present), unchanged 0, missing 1, failed 0"), r.err());
    assertTrue(Files.exists(corpus.resolve("Italo-Soviet_Pact.html")));
  }

  @Test
  void waitsAsRetryAfterSaysOn429() {
    wiki.fault(SEVRES, new FakeWiki.Status(429, "1"));

    Run r = fetch(SEVRES);

    assertEquals(0, r.exit(), r.err());
    List<FakeWiki.Hit> tries = wiki.hits("parse", "page", SEVRES);
    assertEquals(2, tries.size());
    long waitedMs = (tries.get(1).nanos() - tries.get(0).nanos()) / 1_000_000;
    assertTrue(waitedMs >= 950, "waited " + waitedMs + " ms");
    assertTrue(r.err().contains("retry in 1 s: HTTP 429 (Treaty of Sèvres)"), r.err());
    assertTrue(Files.exists(corpus.resolve("Treaty_of_Sèvres.html")));
  }

  @Test
  void waitsOutMaxlagAnswers() {
    wiki.fault(ITALO, new FakeWiki.Maxlag("1"));

    Run r = fetch(ITALO);

    assertEquals(0, r.exit(), r.err());
    List<FakeWiki.Hit> tries = wiki.hits("parse", "page", ITALO);
    assertEquals(2, tries.size());
    assertTrue(tries.get(1).nanos() - tries.get(0).nanos() >= 950_000_000L);
    assertTrue(r.err().contains("retry in 1 s: maxlag"), r.err());
  }

  @Test
  void backsOffExponentiallyOn503WithoutRetryAfter() {
    wiki.fault(ITALO, new FakeWiki.Status(503, null), new FakeWiki.Status(503, null), new FakeWiki.Status(503, null));

    Run r = fetch("--backoff", "0.1", ITALO);

    assertEquals(0, r.exit(), r.err());
    List<FakeWiki.Hit> tries = wiki.hits("parse", "page", ITALO);
    assertEquals(4, tries.size());
    long[] gaps = new long[3];
    for (int i = 0; i < 3; i++) gaps[i] = (tries.get(i + 1).nanos() - tries.get(i).nanos()) / 1_000_000;
    assertTrue(gaps[0] >= 95 && gaps[1] >= 195 && gaps[2] >= 395, java.util.Arrays.toString(gaps));
    assertTrue(r.err().contains("retry in 100 ms: HTTP 503") && r.err().contains("retry in 400 ms: HTTP 503"), r.err());
  }

  @Test
  void retriesAfterAConnectionReset() {
    // The JDK client itself retries a GET once on a dropped connection; three drops reach our retry.
    wiki.fault(LOCARNO, new FakeWiki.Reset(), new FakeWiki.Reset(), new FakeWiki.Reset());

    Run r = fetch(LOCARNO);

    assertEquals(0, r.exit(), r.err());
    assertTrue(wiki.hits("parse", "page", LOCARNO).size() >= 4);
    assertTrue(r.err().contains("retry in 20 ms: "), r.err());
    assertTrue(Files.exists(corpus.resolve("Locarno_Treaties.html")));
  }

  @Test
  void retriesAfterATimeout() {
    wiki.fault(LOCARNO, new FakeWiki.Slow(1500));

    Run r = fetch("--timeout", "0.3", LOCARNO);

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("HttpTimeoutException"), r.err());
    assertTrue(Files.exists(corpus.resolve("Locarno_Treaties.html")));
  }

  @Test
  void givesUpAfterTheRetriesAndKeepsTheOldFileWhole() throws IOException {
    Files.createDirectories(corpus);
    byte[] old = "<html><body>an older save of the Locarno Treaties</body></html>".getBytes(StandardCharsets.UTF_8);
    Files.write(corpus.resolve("Locarno_Treaties.html"), old);
    wiki.alwaysFail(LOCARNO, new FakeWiki.Reset());

    Run r = fetch("--refresh", "--retries", "2", LOCARNO, ITALO);

    assertEquals(1, r.exit());
    assertTrue(r.err().contains("failed: Locarno Treaties ("), r.err());
    assertTrue(r.err().contains("fetched 1, skipped 0 (present), unchanged 0, missing 0, failed 1"), r.err());
    assertTrue(wiki.hits("parse", "page", LOCARNO).size() >= 3, "first attempt and 2 retries");
    assertArrayEquals(old, Files.readAllBytes(corpus.resolve("Locarno_Treaties.html")));
    assertTrue(Files.exists(corpus.resolve("Italo-Soviet_Pact.html")));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void refreshRefetchesOnlyPagesWhoseRevisionChanged() throws IOException {
    fetch(SEVRES, ITALO, LOCARNO);
    wiki.revise(ITALO, 2002);
    int before = wiki.hits().size();

    Run r = fetch("--refresh", SEVRES, ITALO, LOCARNO);

    assertEquals(0, r.exit(), r.err());
    List<FakeWiki.Hit> hits = wiki.hits().subList(before, wiki.hits().size());
    assertEquals(List.of("query/revisions", "parse"), hits.stream().map(FakeWiki.Hit::action).toList());
    assertEquals("Treaty of Sèvres|Italo-Soviet Pact|Locarno Treaties", hits.get(0).params().get("titles"));
    assertEquals(ITALO, hits.get(1).params().get("page"));
    assertTrue(r.err().contains("fetched Italo-Soviet Pact (rev 2002)"), r.err());
    assertTrue(r.err().contains("fetched 1, skipped 0 (present), unchanged 2, missing 0, failed 0"), r.err());
    assertEquals(2002, CorpusManifest.read(corpus).entry("Italo-Soviet_Pact.html").orElseThrow().revision());

    Run plain = fetch(SEVRES, ITALO, LOCARNO);
    assertTrue(plain.err().contains("fetched 0, skipped 3 (present)"), plain.err());
  }

  @Test
  void refreshAsksForRevisionsFiftyTitlesAtATime() throws IOException {
    Files.createDirectories(corpus);
    CorpusManifest manifest = CorpusManifest.read(corpus);
    List<String> titles = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      String title = "Protocol " + i;
      titles.add(title);
      wiki.page(title, 10 + i, "<div class=\"mw-parser-output\"><p>Protocol number " + i + ".</p></div>");
      String file = SavedPage.fileName(title);
      Files.writeString(corpus.resolve(file), "<html></html>");
      manifest.put(new CorpusManifest.Entry(file, title, i == 7 ? 1 : 10 + i, "u", java.time.Instant.EPOCH, List.of()));
    }
    manifest.write();
    Path list = tmp.resolve("titles.txt");
    Files.writeString(list, "# protocols\n\n" + String.join("\n", titles) + "\n");

    Run r = fetch("--refresh", "--titles-from", list.toString());

    assertEquals(0, r.exit(), r.err());
    List<FakeWiki.Hit> checks = wiki.hits("query/revisions");
    assertEquals(List.of(50, 10), checks.stream().map(h -> h.params().get("titles").split("\\|").length).toList());
    assertEquals(List.of("Protocol 7"), wiki.hits("parse").stream().map(h -> h.params().get("page")).toList());
    assertTrue(r.err().contains("fetched 1, skipped 0 (present), unchanged 59"), r.err());
    assertTrue(saved("Protocol_7.html").text().contains("Protocol number 7."));
  }

  @Test
  void spacesRequestsByTheRate() {
    Run r = fetch("--rate", "10", SEVRES, ITALO, LOCARNO, WASHINGTON);

    assertEquals(0, r.exit(), r.err());
    List<FakeWiki.Hit> hits = wiki.hits();
    assertEquals(4, hits.size());
    for (int i = 1; i < hits.size(); i++) {
      long gapMs = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
      assertTrue(gapMs >= 100, "requests " + (i - 1) + " and " + i + " only " + gapMs + " ms apart");
    }
    long spanMs = (hits.get(3).nanos() - hits.get(0).nanos()) / 1_000_000;
    assertTrue(spanMs >= 300, "4 requests in " + spanMs + " ms");
  }

  @Test
  void usageErrorsAreOneLineAndExit2() throws IOException {
    Run none = fetch();
    assertEquals(2, none.exit());
    assertEquals("entente fetch: no titles given: name pages, --titles-from FILE or --category NAME\n", none.err());

    Run url = fetch("--wiki", "ftp://example.org", SEVRES);
    assertEquals(2, url.exit());
    assertEquals(1, url.err().lines().count(), url.err());
    assertTrue(url.err().startsWith("entente fetch: not an http(s) URL with a host: ftp://example.org"), url.err());

    Run file = fetch("--titles-from", tmp.resolve("absent.txt").toString());
    assertEquals(2, file.exit());
    assertEquals(1, file.err().lines().count(), file.err());
    assertTrue(file.err().startsWith("entente fetch: cannot read --titles-from "), file.err());

    Run rate = fetch("--rate", "0", SEVRES);
    assertEquals(2, rate.exit());
    assertTrue(rate.err().startsWith("entente fetch: --rate must be a number > 0"), rate.err());

    assertEquals(List.of(), wiki.hits(), "no request for a usage error");
  }
}
