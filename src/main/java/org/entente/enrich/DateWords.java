package org.entente.enrich;

import java.util.Locale;

/**
 * The pieces date expressions are built from (months, days, years, decades, connectors) as regex
 * fragments, and how to read each piece back once matched.
 */
final class DateWords {
  private DateWords() {}

  /** Wikipedia writes ranges with an en dash, but saved and typed text has every other dash too. */
  static final String DASH = "\\s*[-‐‑‒–—−]\\s*";

  /** What links the two ends of a range: a dash, or a word such as "to" or "until". */
  static final String TO = "(?:" + DASH + "|\\s+(?:to|until|till|through)\\s+)";

  /** Capitalised only: lower-case "may" and "march" are verbs far more often than months. */
  static final String MONTH =
      "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";

  static final String DAY = "\\b(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b";

  /**
   * A four-digit year from 1000 to 2100 standing alone: not part of a longer number ("1,933",
   * "19330", "1933.5"), an amount ("$1933") or a reference ("#1933", "S/1933").
   */
  static final String YEAR =
      "(?<![\\p{L}\\d.,$£€#/])(?:1\\d{3}|20\\d{2}|2100)(?![\\p{L}\\d]|[.,]\\d)";

  /** "1920s" or "1920's"; "1000s" is left out because it nearly always means "thousands". */
  static final String DECADE =
      "(?<![\\p{L}\\d.,$£€#/])(?:1[1-9]\\d0|10[1-9]0|20\\d0)'?s\\b";

  static final String SEASON = "\\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)";

  /** "early", "mid", "late" and their longer forms, each followed by how it joins what it qualifies. */
  static final String PART =
      "\\b(?:[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\\s+)?(?:beginning|start|middle|end)\\s+of)";

  static final String PART_JOIN = "(?:-|\\s+(?:the\\s+)?)";

  /** After a year read with "mid", "summer of"…: not the year of an ISO date ("mid 1933-09-02" is that day). */
  static final String NOT_ISO = "(?!-\\d{2}-\\d{2})";

  /** "In 1933 tons of grain…": after these words a four-digit number is a year whatever follows. */
  static final String NOT_AFTER_YEAR_WORD =
      "(?<!\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Aa]fter|[Bb]efore)\\s)";

  private static final String MONTH_PREFIXES = "janfebmaraprmayjunjulaugsepoctnovdec";

  /** The month number (1–12) of a month name or abbreviation, with or without a period. */
  static int month(String word) {
    String prefix = word.substring(0, 3).toLowerCase(Locale.ROOT);
    return MONTH_PREFIXES.indexOf(prefix) / 3 + 1;
  }

  /** The day of "2", "02" or "2nd". */
  static int day(String text) {
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) end++;
    return Integer.parseInt(text.substring(0, end));
  }

  /** The first year of a decade written "1920s" or "1920's". */
  static int decade(String text) {
    return Integer.parseInt(text.substring(0, 4));
  }
}
