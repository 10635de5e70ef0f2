package org.entente.enrich;

import java.util.Locale;

/** Where a date comes from: an infobox row that gives the article's main dates, or the text. */
public enum DateKind {
  SIGNED, EFFECTIVE, EXPIRED, DATE, BORN, DIED, MENTIONED;

  /** True for the kinds an infobox gives: the dates the article is about. */
  public boolean isMain() {
    return this != MENTIONED;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
