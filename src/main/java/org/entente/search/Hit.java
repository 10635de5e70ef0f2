package org.entente.search;

import java.time.LocalDate;

/**
 * One article found: its title and file, its score, the section that matched best with a snippet,
 * and its main date (null when its infobox gives none).
 */
public record Hit(String title, String file, String url, float score, int section, String sectionPath,
                  Snippet snippet, LocalDate mainDate, String mainDateKind) {}
