package org.entente.enrich;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions in a text: near each four-digit number every form and trap proposes
 * matches, the earliest and then longest wins each stretch of text, and two dates linked as a range
 * become one.
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
  private static final int INTRODUCTION = 12;
  /** The longest stretch before a year that a date or a trap can start in ("last edited on 4 March 1933"). */
  private static final int LOOK_BACK = 64;
  private static final String SIGNS = "$£€¥₤#";

  private static final DateForm[] FORMS = DateForm.values();
  private static final DateTrap[] TRAPS = DateTrap.values();

  /** The dates in {@code text}, in order and not overlapping. */
  static List<DateMatch> scan(String text) {
    int first = nextYearDigits(text, 0);
    if (first < 0) return List.of();
    Matchers matchers = MATCHERS.get().over(text);
    List<DateMatch> candidates = new ArrayList<>();
    int tried = 0;
    for (int year = first; year >= 0; year = nextYearDigits(text, year + 4)) {
      for (int at = Math.max(tried, year - LOOK_BACK); at <= year; at++) {
        if (!canStart(text, at)) continue;
        int open = DateOpenings.at(text, at);
        if (open == 0) continue;
        for (int f = 0; f < FORMS.length; f++) {
          if ((open & 1 << f) == 0) continue;
          Matcher m = matchers.get(f);
          if (FORMS[f].probe.matchesAt(m, text, at)) propose(FORMS[f], m, candidates);
        }
        for (int t = 0; t < TRAPS.length; t++) {
          if ((open & 1 << (DateOpenings.TRAPS_FROM + t)) == 0) continue;
          Matcher m = matchers.get(DateOpenings.TRAPS_FROM + t);
          if (TRAPS[t].probe.matchesAt(m, text, at)) candidates.add(DateMatch.blocked(at, m.end()));
        }
      }
      tried = year + 1;
    }
    return joinRanges(text, pickWinners(candidates));
  }

  /**
   * Each thread's matchers, one per form and trap, set to a new text only when first tried on it:
   * most texts need few of them (see {@link DateOpenings}), and a matcher costs more to make than to reset.
   */
  private static final ThreadLocal<Matchers> MATCHERS = ThreadLocal.withInitial(Matchers::new);

  private static final class Matchers {
    private final Matcher[] matchers = new Matcher[FORMS.length + TRAPS.length];
    private final boolean[] ready = new boolean[matchers.length];
    private String text;

    Matchers() {
      for (int f = 0; f < FORMS.length; f++) matchers[f] = FORMS[f].probe.matcher("");
      for (int t = 0; t < TRAPS.length; t++) matchers[DateOpenings.TRAPS_FROM + t] = TRAPS[t].probe.matcher("");
    }

    Matchers over(String newText) {
      text = newText;
      Arrays.fill(ready, false);
      return this;
    }

    Matcher get(int i) {
      if (!ready[i]) {
        matchers[i].reset(text);
        ready[i] = true;
      }
      return matchers[i];
    }
  }

  private static void propose(DateForm form, Matcher m, List<DateMatch> candidates) {
    try {
      DateMatch match = form.resolve(m);
      if (match.isPlausible()) candidates.add(match);
    } catch (DateTimeException e) {
      // 31 September 1933 or 1933-13-40: not a date, so the stretch stays free for a shorter form.
    }
  }

  /**
   * Every date and every trap that matters contains a run of exactly four digits, and starts at most
   * {@link #LOOK_BACK} characters before it; trying the patterns only there, rather than at every
   * character, is what makes the scan fast.
   */
  private static int nextYearDigits(String text, int from) {
    int run = 0;
    for (int i = from; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        run++;
      } else {
        if (run == 4) return i - 4;
        run = 0;
      }
    }
    return run == 4 ? text.length() - 4 : -1;
  }

  /** The start of a word or number, or a sign that begins an amount or a reference. */
  private static boolean canStart(String text, int at) {
    char c = text.charAt(at);
    if (SIGNS.indexOf(c) >= 0) return true;
    return Character.isLetterOrDigit(c) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
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
    Matcher before = introduction.matcher(text.substring(Math.max(0, a.start() - INTRODUCTION), a.start()));
    if (!before.find()) return null;
    int start = a.start() - (before.end() - before.start());
    return new DateMatch(start, b.end(), a.from(), b.to());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
