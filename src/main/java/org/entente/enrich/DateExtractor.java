package org.entente.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.extract.Article;
import org.entente.extract.InfoboxRow;
import org.entente.extract.Link;
import org.entente.extract.Section;

/**
 * Finds the dates in an article and resolves each to the days it covers: the infobox's Signed,
 * Effective, Expiration, Date, Born and Died rows give the article's main dates, everything else is
 * a mention. Stateless and safe to share between threads.
 */
public final class DateExtractor {
  /** The first day a date may cover; earlier years are read as numbers, not dates. */
  public static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
  /** The last day a date may cover. */
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /**
   * The dates in the infobox and the sections of {@code article}, in that order. References,
   * sources and the title are left out: a year of publication is not an event.
   */
  public List<DateSpan> extract(Article article) {
    List<DateSpan> spans = new ArrayList<>();
    for (InfoboxRow row : article.infobox()) {
      DateKind kind = kindOf(row.label());
      for (String value : row.values()) spans.addAll(find(value, kind, Link.INFOBOX));
    }
    for (Section section : article.sections()) {
      spans.addAll(find(section.text(), DateKind.MENTIONED, section.index()));
    }
    return spans;
  }

  /** The dates written in {@code text}, each given {@code kind} and {@code section}. */
  public List<DateSpan> find(String text, DateKind kind, int section) {
    List<DateSpan> spans = new ArrayList<>();
    for (DateMatch m : DateScanner.scan(text)) {
      spans.add(new DateSpan(m.from(), m.to(), kind, section, text.substring(m.start(), m.end())));
    }
    return spans;
  }

  /**
   * The kind of date an infobox row gives, by its label: "Signed" and "Date signed" are both
   * {@link DateKind#SIGNED}; a label that names no main date gives {@link DateKind#MENTIONED}.
   */
  static DateKind kindOf(String label) {
    return KINDS.get(label);
  }

  /** The same few dozen row labels recur on every page, so each is read once. */
  private static final Recurring<String, DateKind> KINDS = new Recurring<>(10_000, DateExtractor::kindOfLabel);

  private static DateKind kindOfLabel(String label) {
    String l = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim();
    if (l.equals("date") || l.equals("dates")) return DateKind.DATE;
    l = l.replaceFirst("^date (?:of )?", "").replaceFirst(" (?:date|on)$", "");
    return switch (l) {
      case "signed" -> DateKind.SIGNED;
      case "effective", "in force", "entered into force" -> DateKind.EFFECTIVE;
      case "expiration", "expired", "expiry", "expires" -> DateKind.EXPIRED;
      case "born", "birth" -> DateKind.BORN;
      case "died", "death" -> DateKind.DIED;
      default -> DateKind.MENTIONED;
    };
  }
}
