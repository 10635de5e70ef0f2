package org.entente.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.QueryBuilder;
import org.entente.index.Schema;

/**
 * Evidence an article gets from a plain-words query taken as a whole, on top of each word's own match:
 * the words together in the title, near each other in one section, all in one section. (The other names
 * of the entities the query names are added by {@link NameVariants}.) Word-by-word scoring cannot see any of these: it would rank
 * "Anglo-German Naval Agreement" first for "German reparations" because "German" is in its title.
 * Measured on the judged queries of ../shared/eval (docs/eval.md). The section clauses look at positions in
 * every section that holds a word, so they are scored only on the best articles by the rest (the
 * searcher's rescore window), not on every match.
 */
final class WholeQuery {
  /** The query's words within a few positions of each other in the title ("London Naval Conference"). */
  private static final float TITLE_PHRASE = 2f;
  private static final int TITLE_SLOP = 2;
  /** The query's words near each other in one section ("sanctions ... against Italy"). */
  private static final float SECTION_PHRASE = 1f;
  private static final int SECTION_SLOP = 4;
  /** The query's words anywhere in one section: a section about the topic, not words scattered apart. */
  private static final float SECTION_ALL = 0.5f;
  private final QueryBuilder builder;

  WholeQuery(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * {@code words} (the word-by-word article query) with the words together in the title added as an
   * optional clause; {@code words} unchanged when the query is not plain words. The title is short: this
   * costs little on every match.
   */
  Query around(Query words, String query) {
    String text = plainWords(query);
    Query title = text == null ? null : builder.createPhraseQuery(Schema.TITLE, text, TITLE_SLOP);
    if (title == null) return words;
    return new BooleanQuery.Builder().add(words, Occur.MUST).add(new BoostQuery(title, TITLE_PHRASE), Occur.SHOULD)
        .build();
  }

  /**
   * The words near each other and all together in one section, as optional clauses to add to the score
   * of an article the word-by-word query matches; null when there are none (one word, or not plain
   * words). Each clause matches only where a word of the query does: it changes no article's match.
   */
  Query inSections(String query) {
    String text = plainWords(query);
    if (text == null) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query near = builder.createPhraseQuery(Schema.BODY, text, SECTION_SLOP);
    if (near instanceof PhraseQuery || near instanceof MultiPhraseQuery) {
      b.add(new BoostQuery(bestSection(near), SECTION_PHRASE), Occur.SHOULD);
    }
    Query all = builder.createBooleanQuery(Schema.BODY, text);
    if (all instanceof BooleanQuery) b.add(new BoostQuery(bestSection(all), SECTION_ALL), Occur.SHOULD);
    BooleanQuery clauses = b.build();
    return clauses.clauses().isEmpty() ? null : clauses;
  }

  private static Query bestSection(Query sectionQuery) {
    Query prose = new BooleanQuery.Builder().add(sectionQuery, Occur.MUST)
        .add(Schema.proseSections(), Occur.FILTER).build();
    return new ToParentBlockJoinQuery(prose, Schema.parents(), ScoreMode.Max);
  }

  /**
   * The query when it is plain words, else null: quoted phrases, operators, fields, wildcards and
   * fuzzy terms say exactly what the user wants, and nothing is added to them.
   */
  static String plainWords(String query) {
    for (String word : query.strip().split("\\s+")) {
      if (word.equals("AND") || word.equals("OR") || word.equals("NOT") || word.startsWith("+")
          || word.startsWith("-") || word.matches(".*[:*?~^\"()\\[\\]{}\\\\/].*")) {
        return null;
      }
    }
    return query.isBlank() ? null : query.strip();
  }
}
