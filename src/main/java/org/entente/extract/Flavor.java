package org.entente.extract;

/** The shape of a saved page, which decides where the extractor finds each part. */
public enum Flavor {
  /** Legacy Vector skin (2010–2022): h2 > span.mw-headline, mw-editsection, #catlinks. */
  VECTOR_LEGACY,
  /** Vector 2022: div.mw-heading > h2, table of contents in the sidebar. */
  VECTOR_2022,
  /** REST / Parsoid HTML: section[data-mw-section-id], rel="mw:WikiLink", no skin. */
  PARSOID,
  /** Plain text: first line is the title. */
  PLAIN_TEXT
}
