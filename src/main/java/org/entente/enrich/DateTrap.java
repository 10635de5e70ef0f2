package org.entente.enrich;

/**
 * Numbers that look like years but are not: each trap claims its stretch of text, so no date is
 * read from inside it. A trap wins over a date that starts at the same place or later.
 */
enum DateTrap {
  /**
   * Chrome and citation dates ("last edited on 4 March 2020", "Retrieved 2020-03-04") say when a
   * page was touched, not what it is about; the extractor drops chrome, this is the second guard.
   */
  CHROME("(?:\\blast edited on|\\bRetrieved|\\bArchived from the original on|\\bAccessed)\\s+[^\\n]{0,30}?\\d{4}"),
  /**
   * Hidden maintenance categories ("Use dmy dates from January 2020", "Articles with unsourced
   * statements from March 2021") date an edit, and leak into text saved with the whole page.
   */
  MAINTENANCE("\\b(?:Use (?:dmy|mdy) dates|Use [A-Z][a-z]+ English|[Aa]rticles [a-z ]{1,50}?|[Ss]tatements) from\\s+(?:" + DateWords.MONTH + "\\s+)?\\d{4}"),
  /** ISBN 978-1-85728-595-6, OCLC 1933, doi:10.2307/1933, JSTOR 1933. */
  IDENTIFIER("\\b(?:ISBN(?:-1[03])?|ISSN|OCLC|LCCN|JSTOR|PMID|S2CID|ASIN|doi|DOI|Bibcode|hdl)\\b:?\\s*\\w(?:\\w|[-‐–./:;()](?=\\w))*"),
  /** p. 180, pp. 180–1933, No. 1933, vol. 1920, #1933, page 1933. */
  NUMBERED("(?:\\b(?:pp?|[Nn]os?|[Vv]ols?|[Cc]hap|[Cc]h|[Nn]r|[Aa]rt)\\.|\\b(?:pages?|[Nn]umber)\\s|#)\\s*\\d[\\d,]*(?:" + DateWords.DASH + "\\d[\\d,]*)?"),
  /** $1933, £1,000, US$ 1920, 1933 BC. */
  MONEY_OR_ERA("(?:US\\$|[$£€¥₤])\\s?\\d[\\d,.]*|\\b\\d+\\s*(?:BCE?|B\\.C\\.)"),
  /**
   * 1,500 tons, 1933 tons, 1200–1500 men: a number followed by a unit or a countable noun is an
   * amount. Not after a preposition that introduces years, since "in 1938 people fled" is a year.
   */
  QUANTITY(DateWords.NOT_AFTER_YEAR_WORD + "\\b\\d[\\d,.]*(?:(?:" + DateWords.DASH + "|\\s+(?:to|or|and)\\s+)\\d[\\d,.]*)?\\s*"
      + "(?:tons?|tonnes?|km|kilomet(?:re|er)s?|mi|miles?|men|troops|soldiers|sailors|officers|ships|vessels"
      + "|aircraft|planes|tanks|guns|rifles|people|persons|inhabitants|residents|casualties|deaths|dead|killed"
      + "|wounded|prisoners|refugees|votes|seats|delegates|members|square|sq|hectares?|ha|acres?|metres?|meters?"
      + "|m|feet|ft|foot|yards?|pounds?|lbs?|kg|kilograms?|marks?|Reichsmarks?|francs?|dollars?|lire|lira"
      + "|roubles?|rubles?|crowns?|pesos?|yen|shillings?|copies|pages|words|horsepower|hp|GRT|BRT|DWT)\\b"),
  /** 1600 Pennsylvania Avenue, 10 Downing Street. */
  STREET(DateWords.NOT_AFTER_YEAR_WORD + "\\b\\d{1,5}\\s+(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}"
      + "(?:Street|St\\.|Avenue|Ave\\.|Road|Boulevard|Lane|Place|Square|Strasse|Straße|Platz|Drive|Row|Terrace)\\b");

  final DateProbe probe;

  DateTrap(String regex) {
    this.probe = new DateProbe(regex);
  }
}
