package org.entente.search;

import java.time.LocalDate;

/**
 * One occurrence of a query in a section's text: the matched words with up to a given width of text
 * on either side, cut at word boundaries and on one line. {@code left} ends and {@code right} starts
 * with the space that separated them from the match, if any, so {@code left + match + right} reads as
 * the text did. {@code start} and {@code end} are the match's character offsets in the section's text;
 * {@code date} is the article's main date (null when its infobox gives none).
 */
public record ConcordanceLine(String title, String file, int section, String sectionPath, LocalDate date,
                              String left, String match, String right, int start, int end) {}
