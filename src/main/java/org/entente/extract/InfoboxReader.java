package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Reads an infobox table into label → values rows; list items and line breaks become separate values. */
final class InfoboxReader {
  private InfoboxReader() {}

  /** True for table.infobox and its variants (infobox vcard, infobox_v2, …). */
  static boolean isInfobox(Element el) {
    if (!el.normalName().equals("table")) return false;
    String cls = el.className();
    int at = cls.indexOf("infobox");
    return at >= 0 && (at == 0 || Character.isWhitespace(cls.charAt(at - 1)));
  }

  /**
   * Adds the labelled rows of {@code table} to {@code outline}, and their links as infobox links.
   * Rows without a label (the title above the box, images, captions, group headers) are left out.
   */
  static void read(Element table, ArticleOutline outline, String selfTitle) {
    TextWriter.Listener links = new TextWriter.Listener() {
      @Override
      public void link(String target, String anchor) {
        outline.infoboxLink(target, anchor);
      }
    };
    for (Element tr : table.getElementsByTag("tr")) {
      Element label = null;
      Element data = null;
      for (Element cell : tr.children()) {
        String tag = cell.normalName();
        if (label == null && (tag.equals("th") || cell.hasClass("infobox-label"))) {
          label = cell;
        } else if (label != null && tag.equals("td")) {
          data = cell;
          break;
        }
      }
      // A row whose cell holds a nested table is read through that table's own rows.
      if (label == null || data == null || Chrome.isChrome(tr) || !data.getElementsByTag("table").isEmpty()) continue;
      String name = labelText(label);
      if (name.isEmpty()) continue;
      TextWriter writer = new TextWriter(links, selfTitle);
      writer.write(data);
      List<String> values = new ArrayList<>();
      for (String line : writer.take().split("\n")) {
        String value = line.trim();
        if (!value.isEmpty()) values.add(value);
      }
      if (!values.isEmpty()) outline.infoboxRow(new InfoboxRow(name, values));
    }
  }

  /** "• Prime Minister" → "Prime Minister": sub-rows of a group carry a bullet in their label. */
  private static String labelText(Element label) {
    String text = TextWriter.textOf(label).replace('\n', ' ').trim();
    while (text.startsWith("•") || text.startsWith("·") || text.startsWith("-")) text = text.substring(1).trim();
    return text;
  }
}
