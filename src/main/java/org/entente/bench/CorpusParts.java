package org.entente.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.extract.Flavor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The starter corpus cut into parts that generated pages recombine: lead and section paragraphs,
 * infobox rows, links, categories, reference texts, navboxes, and each flavor's page chrome. Parts are
 * kept with the frequencies they have in the corpus, so recombined pages keep its term statistics.
 */
final class CorpusParts {
  /** A section as found in some page: its level (2, 3), heading and paragraphs. */
  record SectionPart(int level, String heading, List<List<Inline>> paragraphs) {}

  /** How a real page is laid out: the levels of its sections, in order (the lead is not counted). */
  record Shape(List<Integer> levels) {}

  /** The labels of one real infobox, in order, and its table class (infobox, infobox vcard, …). */
  record InfoboxFrame(String tableClass, List<String> labels) {}

  private static final Pattern YEAR = Pattern.compile("\\b19[0-4]\\d\\b");

  final List<List<List<Inline>>> leads = new ArrayList<>();
  final List<SectionPart> h2 = new ArrayList<>();
  final List<SectionPart> h3 = new ArrayList<>();
  final List<Shape> shapes = new ArrayList<>();
  final List<InfoboxFrame> infoboxes = new ArrayList<>();
  final Map<String, List<List<Inline>>> infoboxValues = new LinkedHashMap<>();
  final List<Inline.Link> links = new ArrayList<>();
  final List<String> years = new ArrayList<>();
  final List<String> categories = new ArrayList<>();
  final List<Integer> categoryCounts = new ArrayList<>();
  final List<String> references = new ArrayList<>();
  final List<String> navboxes = new ArrayList<>();
  final List<String> places = new ArrayList<>();
  final List<String> states = new ArrayList<>();
  final Map<Flavor, List<PageChrome>> chrome = new EnumMap<>(Flavor.class);

  /** Reads every .html page of {@code corpus} (sorted by name, so the parts come out the same each time). */
  static CorpusParts of(Path corpus) throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.list(corpus)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    if (pages.isEmpty()) throw new IOException("no .html pages in " + corpus + " to recombine");
    CorpusParts parts = new CorpusParts();
    for (Path page : pages) parts.add(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)));
    for (Flavor f : List.of(Flavor.VECTOR_LEGACY, Flavor.VECTOR_2022, Flavor.PARSOID)) {
      if (parts.chrome.getOrDefault(f, List.of()).isEmpty()) {
        throw new IOException(corpus + " has no page in the " + f + " flavor to take its chrome from");
      }
    }
    if (parts.places.isEmpty()) parts.places.addAll(parts.links.stream().map(Inline.Link::anchor).toList());
    if (parts.states.isEmpty()) parts.states.addAll(parts.places);
    return parts;
  }

  static Flavor flavorOf(Document doc) {
    if (doc.selectFirst("section[data-mw-section-id]") != null) return Flavor.PARSOID;
    if (doc.selectFirst("div.mw-heading") != null) return Flavor.VECTOR_2022;
    return Flavor.VECTOR_LEGACY;
  }

  private void add(Document doc) {
    Flavor flavor = flavorOf(doc);
    Element content = flavor == Flavor.PARSOID ? doc.body() : doc.selectFirst("div.mw-parser-output");
    if (content == null) return;
    addCategories(doc, flavor);
    addInfobox(content.selectFirst("table.infobox"));
    for (Element li : content.select("ol.references > li")) {
      Element text = li.selectFirst(".reference-text");
      if (text != null && !text.text().isBlank()) references.add(text.text());
    }
    for (Element nav : content.select("div.navbox")) {
      if (flavor != Flavor.PARSOID) navboxes.add(nav.outerHtml());
    }
    addSections(content);
    // Chrome last: it empties the content of this parsed document.
    chrome.computeIfAbsent(flavor, f -> new ArrayList<>()).add(PageChrome.of(doc, flavor));
  }

  private void addSections(Element content) {
    List<List<Inline>> lead = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    SectionPart current = null;
    for (Element e : content.select("h2, h3, p")) {
      if (e.closest("table, div.navbox, div.toc, #toc, div.reflist, ol.references, div.refbegin") != null) continue;
      if (e.tagName().equals("p")) {
        List<Inline> para = inlines(e);
        if (para.stream().noneMatch(i -> i instanceof Inline.Text t && !t.text().isBlank())) continue;
        (current == null ? lead : current.paragraphs()).add(para);
        continue;
      }
      Element headline = e.selectFirst("span.mw-headline");
      String heading = (headline != null ? headline : e).text();
      current = new SectionPart(e.tagName().equals("h2") ? 2 : 3, heading, new ArrayList<>());
      (current.level() == 2 ? h2 : h3).add(current);
      levels.add(current.level());
    }
    h2.removeIf(s -> s.paragraphs().isEmpty());
    h3.removeIf(s -> s.paragraphs().isEmpty());
    if (!lead.isEmpty()) leads.add(lead);
    shapes.add(new Shape(levels));
  }

  private void addInfobox(Element table) {
    if (table == null) return;
    List<String> labels = new ArrayList<>();
    for (Element row : table.select("tr")) {
      Element label = row.selectFirst("th.infobox-label");
      Element data = row.selectFirst("td.infobox-data");
      if (label == null || data == null) continue;
      String name = label.text();
      labels.add(name);
      List<Inline> value = inlines(data);
      infoboxValues.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      for (Inline i : value) {
        if (!(i instanceof Inline.Link l)) continue;
        if (name.equals("Location") || name.equals("Venue")) places.add(l.anchor());
        if (name.equals("Parties") || name.equals("Participants")) states.add(l.anchor());
      }
    }
    if (!labels.isEmpty()) infoboxes.add(new InfoboxFrame(table.className(), labels));
  }

  private void addCategories(Document doc, Flavor flavor) {
    List<String> found = new ArrayList<>();
    if (flavor == Flavor.PARSOID) {
      for (Element l : doc.select("link[rel=mw:PageProp/Category]")) {
        found.add(title(l.attr("href").replaceFirst("^\\./Category:", "")));
      }
    } else {
      for (Element a : doc.select("#mw-normal-catlinks li a")) found.add(a.text());
    }
    categories.addAll(found);
    categoryCounts.add(found.size());
  }

  /** The running text of an element as inline parts; markup other than links, bold and refs is dropped. */
  private List<Inline> inlines(Element e) {
    List<Inline> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private void collect(Element parent, List<Inline> out) {
    for (Node n : parent.childNodes()) {
      if (n instanceof TextNode t) {
        String text = t.text();
        if (!text.isEmpty()) out.add(new Inline.Text(text));
        Matcher m = YEAR.matcher(text);
        while (m.find()) years.add(m.group());
      } else if (n instanceof Element el) {
        if (el.tagName().equals("style") || el.hasClass("mw-editsection")) continue;
        if (el.tagName().equals("sup") && el.hasClass("reference")) {
          out.add(new Inline.Ref());
        } else if (el.tagName().equals("b")) {
          out.add(new Inline.Bold(el.text()));
        } else if (el.tagName().equals("a") && wikiTarget(el.attr("href")) != null) {
          Inline.Link link = new Inline.Link(wikiTarget(el.attr("href")), el.text());
          out.add(link);
          links.add(link);
        } else {
          collect(el, out);
        }
      }
    }
  }

  /** The article a {@code /wiki/T} or {@code ./T} href points to, or null for files, categories and other sites. */
  static String wikiTarget(String href) {
    String t;
    if (href.startsWith("/wiki/")) t = href.substring(6);
    else if (href.startsWith("./")) t = href.substring(2);
    else return null;
    if (t.contains(":") || t.contains("#") || t.isEmpty()) return null;
    return title(t);
  }

  static String title(String encoded) {
    try {
      return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8).replace('_', ' ');
    } catch (IllegalArgumentException e) {
      return encoded.replace('_', ' ');
    }
  }
}
