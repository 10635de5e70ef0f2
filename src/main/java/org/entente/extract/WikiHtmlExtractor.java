package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Extracts an {@link Article} from a saved Wikipedia page in any of its three HTML flavors. */
public final class WikiHtmlExtractor {
  private WikiHtmlExtractor() {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Parses {@code html} and extracts it; {@code name} becomes {@link Article#file()}. */
  public static Article extract(String html, String name) throws ExtractionException {
    return extract(Jsoup.parse(html), name);
  }

  /** Extracts an already parsed page in one walk over its content. */
  public static Article extract(Document doc, String name) throws ExtractionException {
    Flavor flavor = flavorOf(doc);
    String title = titleOf(doc, flavor);
    if (title.isEmpty()) throw new ExtractionException("no page title found: not a saved wiki page");
    Element root = contentRoot(doc, flavor);
    List<String> categories = categoriesOf(doc, flavor);
    ArticleOutline outline = new ArticleOutline();
    new Walk(outline, title).run(root);
    return outline.toArticle(title, urlOf(doc), name, flavor, categories);
  }

  /** Recognises the flavor from the markup: Parsoid metadata, then the Vector 2022 skin, else legacy. */
  static Flavor flavorOf(Document doc) {
    Element body = doc.body();
    if (body.hasClass("parsoid-body") || doc.head().selectFirst("meta[property=mw:htmlVersion]") != null) {
      return Flavor.PARSOID;
    }
    if (body.hasClass("skin-vector-2022")) return Flavor.VECTOR_2022;
    if (body.hasClass("skin-vector")) return Flavor.VECTOR_LEGACY;
    // No skin class (a page saved oddly or trimmed): look at the markup itself.
    if (doc.selectFirst("section[data-mw-section-id]") != null) return Flavor.PARSOID;
    if (doc.selectFirst("div.mw-heading") != null) return Flavor.VECTOR_2022;
    return Flavor.VECTOR_LEGACY;
  }

  private static String titleOf(Document doc, Flavor flavor) {
    if (flavor != Flavor.PARSOID) {
      Element h1 = doc.getElementById("firstHeading");
      if (h1 != null) {
        String text = TextWriter.textOf(h1).replace('\n', ' ');
        if (!text.isEmpty()) return text;
      }
    }
    Element meta = doc.head().selectFirst("meta[property=mw:pageTitle], meta[property=og:title]");
    String title = meta != null ? meta.attr("content") : doc.title();
    title = SPACES.matcher(title).replaceAll(" ").trim();
    return title.endsWith(" - Wikipedia") ? title.substring(0, title.length() - 12).trim() : title;
  }

  /** The canonical URL; Parsoid names the page it renders, and browsers note where a page was saved from. */
  private static String urlOf(Document doc) {
    Element canonical = doc.head().selectFirst("link[rel=canonical]");
    if (canonical != null) return canonical.attr("href");
    Element version = doc.head().selectFirst("link[rel=dc:isVersionOf]");
    if (version != null) {
      String href = version.attr("href");
      return href.startsWith("//") ? "https:" + href : href;
    }
    for (Node node : doc.childNodes()) {
      if (node instanceof Comment c && c.getData().trim().startsWith("saved from url=")) {
        String data = c.getData().trim();
        int close = data.indexOf(')');
        return close > 0 ? data.substring(close + 1).trim() : "";
      }
    }
    return "";
  }

  /** Where the article text lives: the parser output inside the skin, or the whole Parsoid body. */
  private static Element contentRoot(Document doc, Flavor flavor) {
    if (flavor == Flavor.PARSOID) return doc.body();
    Element text = doc.getElementById("mw-content-text");
    if (text != null) {
      Element output = text.selectFirst(".mw-parser-output");
      return output != null ? output : text;
    }
    Element output = doc.selectFirst(".mw-parser-output");
    if (output != null) return output;
    Element main = doc.selectFirst("#bodyContent, main, article");
    return main != null ? main : doc.body();
  }

  /** Visible categories only: #mw-normal-catlinks in the skins, page-property links in Parsoid. */
  private static List<String> categoriesOf(Document doc, Flavor flavor) {
    List<String> categories = new ArrayList<>();
    if (flavor == Flavor.PARSOID) {
      for (Element link : doc.select("link[rel=mw:PageProp/Category]")) add(categories, WikiLink.category(link.attr("href")));
    } else {
      Element normal = doc.getElementById("mw-normal-catlinks");
      if (normal != null) {
        for (Element a : normal.select("li a")) add(categories, WikiLink.category(a.attr("href")));
      }
    }
    return categories;
  }

  private static void add(List<String> list, String value) {
    if (value != null && !list.contains(value)) list.add(value);
  }

  /** The single walk over the content: headings open sections, infoboxes and reference lists branch off. */
  private static final class Walk implements TextWriter.Listener {
    private final ArticleOutline outline;
    private final String title;
    private final TextWriter writer;

    Walk(ArticleOutline outline, String title) {
      this.outline = outline;
      this.title = title;
      this.writer = new TextWriter(this, title);
    }

    void run(Element root) {
      writer.write(root);
      outline.text(writer.take());
    }

    @Override
    public boolean heading(Element heading, int level) {
      String text = TextWriter.textOf(heading).replace('\n', ' ');
      if (text.isEmpty()) return true;
      outline.text(writer.take());
      outline.heading(text, level);
      return true;
    }

    @Override
    public boolean divert(Element el) {
      if (InfoboxReader.isInfobox(el)) {
        InfoboxReader.read(el, outline, title);
        return true;
      }
      if (el.normalName().equals("ol") && el.hasClass("references")) {
        for (Element li : el.children()) {
          if (li.normalName().equals("li")) outline.reference(TextWriter.textOf(li).replace('\n', ' '));
        }
        return true;
      }
      return false;
    }

    @Override
    public void link(String target, String anchor) {
      outline.link(target, anchor);
    }
  }
}
