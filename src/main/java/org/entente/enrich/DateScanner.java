package org.entente.enrich;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions in a text: every form and trap proposes matches, the earliest and
 * then longest wins each stretch of text, and two dates linked as a range become one.
 */
final class DateScanner {
  private DateScanner() {}

  private static final Comparator<DateMatch> EARLIEST_LONGEST =
      Comparator.comparingInt(DateMatch::start).thenComparing(Comparator.comparingInt(DateMatch::length).reversed());

  /** "–" between two dates, or "to"/"until" after "from", or "and" after "between". */
  private static final Pattern DASH_GAP = Pattern.compile(DateWords.DASH);
  private static final Pattern FROM_GAP = Pattern.compile("\\s+(?:to|until|till|through)\\s+");
  private static final Pattern BETWEEN_GAP = Pattern.compile("\\s+and\\s+");
  private static final Pattern FROM_BEFORE = Pattern.compile("\\b[Ff]rom\\s+$");
  private static final Pattern BETWEEN_BEFORE = Pattern.compile("\\b[Bb]etween\\s+$");
  /** Long enough to see "between " before a date, short enough to stay cheap. */
  private static final int LOOK_BACK = 12;

  /** The dates in {@code text}, in order and not overlapping. */
  static List<DateMatch> scan(String text) {
    if (!hasDigit(text)) return List.of();
    List<DateMatch> candidates = new ArrayList<>();
    for (DateForm form : DateForm.values()) propose(form, text, candidates);
    for (DateTrap trap : DateTrap.values()) {
      Matcher m = trap.pattern.matcher(text);
      while (m.find()) candidates.add(DateMatch.blocked(m.start(), m.end()));
    }
    return joinRanges(text, pickWinners(candidates));
  }

  private static void propose(DateForm form, String text, List<DateMatch> candidates) {
    Matcher m = form.pattern.matcher(text);
    while (m.find()) {
      try {
        DateMatch match = form.resolve(m);
        if (match.isPlausible()) candidates.add(match);
      } catch (DateTimeException e) {
        // 31 September 1933 or 1933-13-40: not a date, so the stretch stays free for a shorter form.
      }
    }
  }

  private static List<DateMatch> pickWinners(List<DateMatch> candidates) {
    candidates.sort(EARLIEST_LONGEST);
    List<DateMatch> winners = new ArrayList<>();
    int end = 0;
    for (DateMatch c : candidates) {
      if (c.start() < end) continue;
      end = c.end();
      if (c.isDate()) winners.add(c);
    }
    return winners;
  }

  private static List<DateMatch> joinRanges(String text, List<DateMatch> dates) {
    List<DateMatch> joined = new ArrayList<>(dates.size());
    for (int i = 0; i < dates.size(); i++) {
      DateMatch a = dates.get(i);
      DateMatch range = i + 1 < dates.size() ? range(text, a, dates.get(i + 1)) : null;
      if (range == null) {
        joined.add(a);
      } else {
        joined.add(range);
        i++;
      }
    }
    return joined;
  }

  /** The range from {@code a} to {@code b} if the text between them links them as one, else null. */
  private static DateMatch range(String text, DateMatch a, DateMatch b) {
    if (a.from().isAfter(b.from()) || a.to().isAfter(b.to())) return null;
    String gap = text.substring(a.end(), b.start());
    if (DASH_GAP.matcher(gap).matches()) return new DateMatch(a.start(), b.end(), a.from(), b.to());
    Pattern introduction;
    if (FROM_GAP.matcher(gap).matches()) introduction = FROM_BEFORE;
    else if (BETWEEN_GAP.matcher(gap).matches()) introduction = BETWEEN_BEFORE;
    else return null;
    Matcher before = introduction.matcher(text.substring(Math.max(0, a.start() - LOOK_BACK), a.start()));
    if (!before.find()) return null;
    int start = a.start() - (before.end() - before.start());
    return new DateMatch(start, b.end(), a.from(), b.to());
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) return true;
    }
    return false;
  }
}
