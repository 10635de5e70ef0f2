package org.entente.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.QueryBuilder;
import org.entente.enrich.Gazetteer;
import org.entente.index.Schema;

/**
 * Evidence an article gets from a plain-words query taken as a whole, on top of each word's own match:
 * the words together in the title, near each other in one section, all in one section, and the other
 * names of the entities the query names. Word-by-word scoring cannot see any of these: it would rank
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
  /** Another name of an entity the query names counts as much as the name typed (Litvinoff = Litvinov). */
  private static final float OTHER_NAMES = 1f;

  /** How a phrase is searched like any word without a field name: title, headings, lead, sections…. */
  interface Everywhere {
    Query phrase(String text);
  }

  private final QueryBuilder builder;
  private final AliasExpansion aliases;

  WholeQuery(Analyzer analyzer, Gazetteer gazetteer) {
    this.builder = new QueryBuilder(analyzer);
    this.aliases = new AliasExpansion(gazetteer);
  }

  /**
   * {@code words} (the word-by-word article query) with the whole-query evidence of {@code query} added
   * as optional clauses; {@code words} unchanged when the query is not plain words. The words become
   * optional too, so an article that names an entity only by another name ("Litvinov") still matches.
   */
  Query around(Query words, String query, Everywhere everywhere) {
    String text = plainWords(query);
    if (text == null) return words;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.SHOULD);
    Query title = builder.createPhraseQuery(Schema.TITLE, text, TITLE_SLOP);
    if (title != null) b.add(new BoostQuery(title, TITLE_PHRASE), Occur.SHOULD);
    Query near = builder.createPhraseQuery(Schema.BODY, text, SECTION_SLOP);
    if (near instanceof PhraseQuery || near instanceof MultiPhraseQuery) {
      b.add(new BoostQuery(bestSection(near), SECTION_PHRASE), Occur.SHOULD);
    }
    Query all = builder.createBooleanQuery(Schema.BODY, text);
    if (all instanceof BooleanQuery) b.add(new BoostQuery(bestSection(all), SECTION_ALL), Occur.SHOULD);
    for (AliasExpansion.Named named : aliases.of(text)) {
      List<Query> names = new ArrayList<>();
      for (String name : named.otherNames()) {
        Query q = everywhere.phrase(name);
        if (q != null) names.add(q);
      }
      if (!names.isEmpty()) b.add(new BoostQuery(new DisjunctionMaxQuery(names, 0f), OTHER_NAMES), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query bestSection(Query sectionQuery) {
    return new ToParentBlockJoinQuery(sectionQuery, Schema.parents(), ScoreMode.Max);
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
