package org.entente.extract;

import java.util.List;

/**
 * What the extractor sees in one saved page: its title, its sections (the lead is section 0),
 * the infobox, internal links, categories, and the references and sources kept apart from the body.
 */
public record Article(
    String title,
    String url,
    String file,
    Flavor flavor,
    List<Section> sections,
    List<InfoboxRow> infobox,
    List<Link> links,
    List<String> categories,
    List<String> references,
    List<String> sources) {

  public Article {
    sections = List.copyOf(sections);
    infobox = List.copyOf(infobox);
    links = List.copyOf(links);
    categories = List.copyOf(categories);
    references = List.copyOf(references);
    sources = List.copyOf(sources);
  }

  /** The same article under the title and URL a better source gives (the fetch manifest). */
  public Article withSource(String newTitle, String newUrl) {
    return new Article(newTitle, newUrl, file, flavor, sections, infobox, links, categories, references, sources);
  }

  /** The text before the first heading; empty when the page starts with a heading. */
  public String lead() {
    return sections.isEmpty() || !sections.get(0).isLead() ? "" : sections.get(0).text();
  }

  /** The whole body text, sections joined by blank lines. */
  public String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (Section s : sections) {
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(s.text());
    }
    return sb.toString();
  }

  /** The values of the first infobox row whose label equals {@code label}, ignoring case. */
  public List<String> infoboxValues(String label) {
    for (InfoboxRow row : infobox) {
      if (row.label().equalsIgnoreCase(label)) return row.values();
    }
    return List.of();
  }
}
