package org.entente.enrich;

import java.util.List;
import org.entente.extract.Article;

/** An article with the dates and entities found in it: what the index stores. */
public record EnrichedArticle(Article article, List<DateSpan> dates, List<Entity> entities) {
  public EnrichedArticle {
    dates = List.copyOf(dates);
    entities = List.copyOf(entities);
  }
}
