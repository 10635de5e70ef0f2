package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.entente.SharedData;
import org.entente.extract.DocumentBytes;
import org.entente.extract.Article;
import org.entente.extract.ExtractionException;
import org.entente.extract.Section;

/**
 * Real corpus pages, damaged as saved pages get damaged (cut short, tags lost, bytes garbled, tables
 * nested absurdly deep), go through the path the indexer uses (byte checks, then the extractor): the
 * only failure allowed is a refusal (UnusableFileException, ExtractionException), nothing hangs, and
 * no markup leaks into section text.
 */
class OddPageProperties {
  /** Tag-like text no section may hold: the markup of a page, leaking through. */
  private static final List<String> LEAKS = List.of("<div", "<span", "<table", "<p>", "<p ", "</p>", "<td", "<tr>",
      "<li>", "<li ", "<a href", "<sup", "<ul>", "</div>", "</span>");
  /** Script and style bodies hold markup in strings: a damaged opening tag would rightly let it out as text. */
  private static final Pattern RAW_TEXT =
      Pattern.compile("(?is)<(script|style|noscript|template|textarea|title)\\b.*?</\\1\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
  private static final Duration PER_PAGE = Duration.ofSeconds(10);

  private static final List<byte[]> PAGES = pages();
  private static final Path DIR = tempDir();

  private static List<byte[]> pages() {
    try {
      List<byte[]> pages = new ArrayList<>();
      for (Path p : SharedData.corpusFiles()) {
        String html = Files.readString(p, StandardCharsets.UTF_8);
        // The title element is kept out too: cut open, it would swallow the page as its own text.
        pages.add(RAW_TEXT.matcher(html).replaceAll("").getBytes(StandardCharsets.UTF_8));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("entente-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.list(DIR)) {
      for (Path p : files.toList()) Files.deleteIfExists(p);
    }
    Files.deleteIfExists(DIR);
  }

  @Property(tries = 500)
  void truncatedPages(@ForAll @IntRange(min = 0, max = 10_000) int page, @ForAll @IntRange(min = 0, max = 1000) int permille) {
    byte[] b = page(page);
    int cut = (int) ((long) b.length * permille / 1000);
    check(java.util.Arrays.copyOf(b, cut));
  }

  @Property(tries = 500)
  void pagesWithTagsCut(@ForAll @IntRange(min = 0, max = 10_000) int page, @ForAll long seed) {
    Random random = new Random(seed);
    String html = new String(page(page), StandardCharsets.UTF_8);
    List<int[]> tags = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) tags.add(new int[] {m.start(), m.end()});
    StringBuilder out = new StringBuilder(html.length());
    int at = 0;
    double rate = 0.01 + random.nextDouble() * 0.3;
    for (int[] tag : tags) {
      if (random.nextDouble() >= rate) continue;
      out.append(html, at, tag[0]);
      switch (random.nextInt(3)) {
        case 0 -> {} // the whole tag gone
        case 1 -> out.append(html, tag[0], tag[1] - 1); // its '>' gone
        default -> out.append(html, tag[0] + 1, tag[1]); // its '<' gone
      }
      at = tag[1];
    }
    out.append(html.substring(at));
    check(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void pagesWithGarbledBytes(@ForAll @IntRange(min = 0, max = 10_000) int page, @ForAll long seed) {
    Random random = new Random(seed);
    byte[] b = page(page);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length + 200);
    int runs = 1 + random.nextInt(30);
    boolean nuls = random.nextInt(4) == 0;
    int[] at = random.ints(runs, 0, b.length + 1).sorted().toArray();
    int from = 0;
    for (int pos : at) {
      out.write(b, from, pos - from);
      for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
        int v = random.nextInt(256);
        out.write(v == 0 && !nuls ? '<' : v);
      }
      from = pos;
    }
    out.write(b, from, b.length - from);
    check(out.toByteArray());
  }

  @Property(tries = 500)
  void pagesWithTablesNestedDeep(@ForAll @IntRange(min = 0, max = 10_000) int page, @ForAll long seed) {
    Random random = new Random(seed);
    String html = new String(page(page), StandardCharsets.UTF_8);
    int depth = 50 + random.nextInt(4000);
    String open = switch (random.nextInt(4)) {
      case 0 -> "<table><tr><td>";
      case 1 -> "<div><span>";
      case 2 -> "<ul><li><b><i>";
      default -> "<table><tbody><tr><th><table><tr><td><p>";
    };
    String close = random.nextBoolean() ? "" : "</td></tr></table></div></span></li></ul>".repeat(random.nextInt(depth));
    int body = Math.max(0, html.indexOf("<body"));
    int at = body + random.nextInt(Math.max(1, html.length() - body));
    // Insert only between tags, so the nesting wraps real content.
    int lt = html.indexOf('<', at);
    at = lt < 0 ? html.length() : lt;
    String mutated = html.substring(0, at) + open.repeat(depth) + "deepword " + html.substring(at) + close;
    check(mutated.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] page(int index) {
    return PAGES.get(index % PAGES.size());
  }

  private static void check(byte[] content) {
    Article article = assertTimeoutPreemptively(PER_PAGE, () -> extract(content), "extraction took over " + PER_PAGE);
    if (article == null) return;
    assertNotNull(article.title());
    for (Section s : article.sections()) {
      String text = (s.heading() + "\n" + s.text()).toLowerCase(Locale.ROOT);
      for (String leak : LEAKS) assertFalse(text.contains(leak), "markup '" + leak + "' in section text: " + excerpt(text, leak));
    }
  }

  /** The indexer's path; null when the file is refused, which is allowed. */
  private static Article extract(byte[] content) throws IOException {
    Path file = Files.createTempFile(DIR, "page-", ".html");
    try {
      Files.write(file, content);
      DocumentBytes bytes = DocumentBytes.read(file, DocumentBytes.DEFAULT_MAX_BYTES);
      return IndexBuilder.extract("page.html", bytes);
    } catch (ExtractionException e) { // includes UnusableFileException: empty, binary, too large
      return null;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String excerpt(String text, String leak) {
    int i = text.indexOf(leak);
    return text.substring(Math.max(0, i - 80), Math.min(text.length(), i + 80));
  }
}
