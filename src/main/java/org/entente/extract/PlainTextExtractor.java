package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an {@link Article} from a page copied out of the browser as plain text: first line the title,
 * "[edit]" after headings, footnote marks in the text, "^ a b" reference lines and bullet lists of sources.
 */
public final class PlainTextExtractor {
  private PlainTextExtractor() {}

  /** "[1]", "[a]", "[n 2]", "[edit]", "[citation needed]", "[when?]" — but not an editor's "[sic]". */
  private static final Pattern MARKS =
      Pattern.compile("\\[(?:\\d{1,4}|[a-z]|[a-z]+ \\d{1,4}|(?!sic\\])[a-z][a-z ?'’-]{1,40})\\]");
  /** "  1. ^ a b c d Stocker 2003, p. 180." — number, caret, backlink letters, then the reference. */
  private static final Pattern REFERENCE = Pattern.compile("(?:\\d{1,4}\\.\\s*)?\\^\\s*(?:[a-z]{1,2}\\s+)*");
  private static final Pattern BULLET = Pattern.compile("[•·*▪◦‣–-]\\s+");
  private static final Pattern TOC_LINE = Pattern.compile("\\d+(?:\\.\\d+)*\\s+\\S.*");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern LABEL_SEPARATOR = Pattern.compile("^[:\\s]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2009\\u202F]+");

  /** Headings a copy keeps without their "[edit]" (the apparatus and "See also"). */
  private static final Set<String> BARE_HEADINGS = Set.of(
      "see also", "references", "notes", "sources", "bibliography", "further reading", "external links",
      "citations", "footnotes", "works cited", "notes and references");

  /** Skin text that a copy of the whole page drags along. */
  private static final List<String> CHROME_PREFIXES = List.of(
      "From Wikipedia, the free encyclopedia", "Jump to navigation", "Jump to search", "Jump to content",
      "(Redirected from", "Retrieved from", "This page was last edited", "Navigation menu", "Hidden categories:",
      "Toggle the table of contents", "Text is available under the Creative Commons");

  /**
   * Infobox labels that copy as run-together lines ("SignedSeptember 2, 1933"), longest first so that
   * "Dates" wins over "Date".
   */
  private static final List<String> INFOBOX_LABELS = sortedLongestFirst(List.of(
      "Type", "Signed", "Location", "Effective", "Expiration", "Expired", "Date", "Dates", "Born", "Died",
      "Signatories", "Original signatories", "Parties", "Languages", "Language", "Condition", "Context",
      "Drafted", "Initialled", "Sealed", "Ratifiers", "Depositary", "Negotiators", "Mediators", "Citations",
      "Long name", "Status", "Venue", "Participants", "Outcome", "Cause", "Result", "Preceded by",
      "Succeeded by", "In office", "Nationality", "Political party", "Spouse", "Spouses", "Children",
      "Occupation", "Alma mater", "Resting place", "Monarch", "President", "Prime Minister", "Premier",
      "Office", "Other offices", "Duration", "Ratified", "Superseded by", "Convened by", "Members", "Leaders",
      "Original parties", "Later adherents", "Awards"));

  /** Extracts {@code text}; {@code name} becomes {@link Article#file()}. */
  public static Article extract(String text, String name) throws ExtractionException {
    String[] lines = LINE_BREAK.split(text, -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) first++;
    if (first == lines.length) throw new ExtractionException("empty file");
    String title = normalise(lines[first]);
    if (title.endsWith(" - Wikipedia")) title = title.substring(0, title.length() - 12).trim();
    List<String> categories = new ArrayList<>();
    ArticleOutline outline = new ArticleOutline();
    new Reading(outline, title, categories).lines(lines, first + 1);
    return outline.toArticle(title, "", name, Flavor.PLAIN_TEXT, categories);
  }

  /** The state of reading one text top to bottom. */
  private static final class Reading {
    private final ArticleOutline outline;
    private final String title;
    private final List<String> categories;
    /** Before the first paragraph: where the infobox lines sit. */
    private boolean preamble = true;
    /** After a "^" reference line: the bullets that follow are the sources list, even without its heading. */
    private boolean afterReferences;
    private boolean inToc;

    Reading(ArticleOutline outline, String title, List<String> categories) {
      this.outline = outline;
      this.title = title;
      this.categories = categories;
    }

    void lines(String[] lines, int from) {
      for (int i = from; i < lines.length; i++) line(normalise(lines[i]));
    }

    private void line(String line) {
      if (skip(line)) return;
      String heading = heading(line);
      if (heading != null) {
        preamble = false;
        afterReferences = false;
        outline.heading(heading, 2);
        return;
      }
      Matcher ref = REFERENCE.matcher(line);
      if (ref.lookingAt()) {
        preamble = false;
        afterReferences = true;
        outline.reference(clean(line.substring(ref.end())));
        return;
      }
      content(line);
    }

    /** Blank lines, skin text, the table of contents, the category line, the infobox's repeat of the title. */
    private boolean skip(String line) {
      if (line.isEmpty()) {
        inToc = false;
        return true;
      }
      if (isChrome(line)) return true;
      if (line.startsWith("Categories:")) {
        for (String c : line.substring(11).split("\\|")) {
          if (!c.isBlank()) categories.add(c.trim());
        }
        return true;
      }
      if (line.equals("Contents") || line.equals("Contents hide")) {
        inToc = true;
        return true;
      }
      return (inToc && TOC_LINE.matcher(line).matches()) || (preamble && line.equals(title));
    }

    /** A paragraph or list item: body text, a source after the references, or an infobox row before the body. */
    private void content(String line) {
      Matcher bullet = BULLET.matcher(line);
      boolean isBullet = bullet.lookingAt();
      String text = clean(isBullet ? line.substring(bullet.end()) : line);
      if (text.isEmpty()) return;
      if (afterReferences || outline.inApparatus()) {
        outline.source(text);
        return;
      }
      if (preamble && !isBullet) {
        InfoboxRow row = infoboxRow(text);
        if (row != null) {
          outline.infoboxRow(row);
          return;
        }
      }
      if (text.length() >= 60 || text.endsWith(".")) preamble = false;
      outline.text(text);
    }

    /** "See also[edit]" → "See also"; bare apparatus headings count too; anything else is not a heading. */
    private static String heading(String line) {
      if (line.endsWith("[edit]")) {
        String h = line.substring(0, line.length() - 6).trim();
        return h.isEmpty() ? null : h;
      }
      return BARE_HEADINGS.contains(line.toLowerCase(Locale.ROOT)) ? line : null;
    }
  }

  /** A run-together infobox line split at a known label, or null when the line starts with none. */
  static InfoboxRow infoboxRow(String line) {
    for (String label : INFOBOX_LABELS) {
      if (line.length() > label.length() && line.startsWith(label)) {
        int at = label.length();
        // "SignedSeptember 2, 1933" and "Born 28 May 1884": the value starts with a capital or a digit, so
        // "Typewriters were used" and "Members of the League" are not rows; a tab or colon always separates.
        char next = line.charAt(at);
        char after = at + 1 < line.length() ? line.charAt(at + 1) : ' ';
        boolean valueStarts = Character.isUpperCase(next) || Character.isDigit(next)
            || (next == ' ' && (Character.isUpperCase(after) || Character.isDigit(after)));
        if (valueStarts || next == ':' || next == '\t') {
          String value = LABEL_SEPARATOR.matcher(line.substring(label.length())).replaceFirst("").trim();
          return value.isEmpty() ? null : new InfoboxRow(label, List.of(value));
        }
      }
    }
    return null;
  }

  private static boolean isChrome(String line) {
    for (String prefix : CHROME_PREFIXES) {
      if (line.startsWith(prefix)) return true;
    }
    return false;
  }

  private static String normalise(String line) {
    return SPACES.matcher(line).replaceAll(" ").trim();
  }

  private static String clean(String text) {
    return normalise(MARKS.matcher(text).replaceAll(""));
  }

  private static List<String> sortedLongestFirst(List<String> labels) {
    List<String> sorted = new ArrayList<>(labels);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(sorted);
  }
}
