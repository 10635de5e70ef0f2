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
 * Measured on the judged queries of ../shared/eval (docs/eval.md).
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
   * {@code words} (the word-by-word article query) with the whole-query evidence of {@code query} added
   * as optional clauses; {@code words} unchanged when the query is not plain words.
   */
  Query around(Query words, String query) {
    String text = plainWords(query);
    if (text == null) return words;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
    Query title = builder.createPhraseQuery(Schema.TITLE, text, TITLE_SLOP);
    if (title != null) b.add(new BoostQuery(title, TITLE_PHRASE), Occur.SHOULD);
    Query near = builder.createPhraseQuery(Schema.BODY, text, SECTION_SLOP);
    if (near instanceof PhraseQuery || near instanceof MultiPhraseQuery) {
      b.add(new BoostQuery(bestSection(near), SECTION_PHRASE), Occur.SHOULD);
    }
    Query all = builder.createBooleanQuery(Schema.BODY, text);
    if (all instanceof BooleanQuery) b.add(new BoostQuery(bestSection(all), SECTION_ALL), Occur.SHOULD);
    return b.build();
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
