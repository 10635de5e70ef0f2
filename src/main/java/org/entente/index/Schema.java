package org.entente.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.entente.enrich.EntityType;

/**
 * The shape of the index. Each article is one block: a document per section (the lead is section 0)
 * followed by the article's own document, so section evidence rolls up to the article through a
 * block join while facets, dates and the incremental-build bookkeeping live on the article.
 */
public final class Schema {
  /** Bumped whenever documents change shape; an index of another version is refused, never misread. */
  public static final int VERSION = 9;
  public static final String VERSION_KEY = "entente.schema_version";
  /** Commit data: when the index was last written, and the corpus folder it was built from. */
  public static final String BUILT_KEY = "entente.built";
  public static final String CORPUS_KEY = "entente.corpus";

  // Both kinds of document.
  public static final String KIND = "kind";
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_SECTION = "section";
  public static final String FILE = "file";

  // Article documents.
  public static final String TITLE = "title";
  /** The title folded (case, accents, spaces): looked up exactly, and sorted on as doc values. */
  public static final String TITLE_KEY = "title_key";
  public static final String URL = "url";
  public static final String HEADINGS = "headings";
  public static final String INFOBOX = "infobox";
  /** The titles listed under "See also": related articles, weak evidence. */
  public static final String SEE_ALSO = "see_also";
  public static final String CATEGORY = "category";
  public static final String SIZE = "size";
  public static final String MODIFIED = "modified";
  public static final String HASH = "hash";
  public static final String SECTION_COUNT = "sections";
  public static final String MAIN_DATE = "main_date";
  public static final String MAIN_DATE_KIND = "main_date_kind";
  /** Every main (infobox) span as "fromEpochDay:toEpochDay", to order by the main date inside a range. */
  public static final String MAIN_SPANS = "main_spans";
  /** Unstemmed words of titles, headings, names and leads: what "did you mean" suggests from. */
  public static final String SPELL = "spell";

  // Section documents.
  public static final String SECTION = "section";
  public static final String HEADING = "heading";
  public static final String PATH = "path";
  public static final String BODY = "body";
  /** Marks a section that is not prose: "see_also", a list of related titles. */
  public static final String ROLE = "role";
  public static final String ROLE_SEE_ALSO = "see_also";
  /** Marks the lead, the text before the first heading: indexed once, as this section. */
  public static final String ROLE_LEAD = "lead";

  // Dates, on both kinds: the main (infobox) spans and the mentioned ones.
  public static final String DATES_MAIN = "dates_main";
  public static final String DATES_MENTIONED = "dates_mentioned";
  public static final String YEAR = "year";
  public static final String DECADE = "decade";
  /** Section documents only: the months a section's dates cover, for the timeline by month. */
  public static final String MONTH = "month";
  /**
   * The drill-down terms of every article facet ("person" + U+001F + "Maxim Litvinov"), what a filter
   * and the entities of `similar` match. One field for all dimensions, where Lucene puts them by default.
   */
  public static final String FACET_TERMS = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
  /**
   * The index field of the sections' year and month values. Apart from the articles' facets: a
   * Lucene field has one shape, and the articles' values also have drill-down terms, the sections' none.
   */
  public static final String SECTION_FACETS = "$sections";

  private Schema() {}

  /** How each field is analysed when indexed: English text (the spelling field comes as ready words). */
  public static Analyzer indexAnalyzer() {
    return new EnglishTextAnalyzer();
  }

  /** The query field holding the names and aliases of entities of one type: "person", "state", … */
  public static String entityField(EntityType type) {
    return type.field();
  }

  /** The facet dimension counting canonical names of one entity type. */
  public static String facetDim(EntityType type) {
    return type.field();
  }

  public static Query articles() {
    return new TermQuery(new Term(KIND, KIND_ARTICLE));
  }

  public static Query sections() {
    return new TermQuery(new Term(KIND, KIND_SECTION));
  }

  /** Sections of prose: every section but "See also". */
  public static Query proseSections() {
    return new BooleanQuery.Builder().add(sections(), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ROLE, ROLE_SEE_ALSO)), BooleanClause.Occur.MUST_NOT).build();
  }

  /** The lead sections: the text of each article before its first heading. */
  public static Query leadSections() {
    return new TermQuery(new Term(ROLE, ROLE_LEAD));
  }

  /**
   * Marks the article documents, the parents of the block join. One shared instance: it caches the
   * parent bit set of each segment, which every join clause of every query needs.
   */
  private static final BitSetProducer PARENTS = new QueryBitSetProducer(new TermQuery(new Term(KIND, KIND_ARTICLE)));

  public static BitSetProducer parents() {
    return PARENTS;
  }

  public static Term fileTerm(String file) {
    return new Term(FILE, file);
  }

  /**
   * The doc-values field of one article facet dimension. Each dimension has its own, so counting reads
   * the values of the dimensions asked only, not the hundred or so of every kind an article has.
   */
  public static String facetField(String dim) {
    return FACET_TERMS + "." + dim;
  }

  /** The drill-down term of one article facet value, in {@link #FACET_TERMS}. */
  public static Term facetTerm(String dim, String value) {
    return new Term(FACET_TERMS, FacetsConfig.pathToString(dim, value));
  }

  /**
   * Every facet dimension is multi-valued: an article names many people and spans many years. Its values
   * go to its own {@link #facetField}; their drill-down terms are added beside them, in {@link #FACET_TERMS}.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (EntityType type : EntityType.values()) multiValued(config, facetDim(type));
    multiValued(config, CATEGORY);
    multiValued(config, YEAR);
    multiValued(config, DECADE);
    return config;
  }

  /**
   * Section documents are counted (the timeline) but never filtered on: their facet values need no
   * drill-down terms at all, which spares a term per year and month of every section.
   */
  public static FacetsConfig sectionFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : new String[] {YEAR, MONTH}) {
      config.setIndexFieldName(dim, SECTION_FACETS);
      config.setMultiValued(dim, true);
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /**
   * Lucene would put a value's drill-down term in the dimension's own field; {@link #facetTerm} keeps
   * them all in one, as before the dimensions had fields of their own.
   */
  private static void multiValued(FacetsConfig config, String dim) {
    config.setIndexFieldName(dim, facetField(dim));
    config.setMultiValued(dim, true);
    config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
  }
}
