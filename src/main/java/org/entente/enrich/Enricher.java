package org.entente.enrich;

import org.entente.extract.Article;

/** Finds the dates and entities of an article. Thread-safe: one instance serves every indexing thread. */
public final class Enricher {
  private final DateExtractor dates = new DateExtractor();
  private final EntityExtractor entities = new EntityExtractor();

  public EnrichedArticle enrich(Article article) {
    return new EnrichedArticle(article, dates.extract(article), entities.extract(article));
  }
}
