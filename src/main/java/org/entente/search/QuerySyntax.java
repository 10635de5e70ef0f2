package org.entente.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.entente.enrich.EntityType;
import org.entente.index.EnglishTextAnalyzer;
import org.entente.index.Schema;

/**
 * Lucene query syntax (phrases, AND/OR/NOT, wildcards, fuzzy, field:term) with friendly field names,
 * turned into the two queries a search needs: one that ranks articles, where every word may match the
 * title, headings, infobox, lead or any one section; and one that picks and highlights the best section.
 */
public final class QuerySyntax {
  /** The field a word without a field name goes to: everywhere. */
  static final String ANY = "text";

  /**
   * A parsed query: for matching and ranking articles, and for choosing and highlighting their sections;
   * {@code whole}, when not null, is the evidence of plain words together in one section
   * ({@link WholeQuery#inSections}), added to the score of the best articles by {@code articles}.
   */
  public record Parsed(Query articles, Query sections, Query whole) {}

  /**
   * Where a friendly field name looks: fields of the article document, fields of section documents.
   * A field that {@code ranksBySections} only selects articles by their own fields; its words in the
   * sections then rank them (entity names live on articles only, their mentions in section text).
   * {@code onlyIn}, when not null, narrows the prose sections the field looks in (the lead).
   */
  private record Target(Map<String, Float> articleFields, List<String> sectionFields, boolean ranksBySections,
      Query onlyIn) {
    Target(Map<String, Float> articleFields, List<String> sectionFields) {
      this(articleFields, sectionFields, false, null);
    }
  }

  private static final Map<String, Target> FIELDS = new LinkedHashMap<>();
  /** A title under "See also" says the article is related, not that it discusses the subject. */
  private static final float SEE_ALSO_WEIGHT = 0.5f;

  static {
    FIELDS.put(ANY, new Target(Map.of(Schema.TITLE, 1f, Schema.HEADINGS, 1.5f, Schema.INFOBOX, 1.5f,
        Schema.SEE_ALSO, SEE_ALSO_WEIGHT), List.of(Schema.BODY, Schema.HEADING)));
    // The lead is indexed once, as the first section: "lead:" looks in that section only.
    FIELDS.put("title", new Target(Map.of(Schema.TITLE, 1f), List.of()));
    FIELDS.put("heading", new Target(Map.of(Schema.HEADINGS, 1f), List.of(Schema.HEADING)));
    FIELDS.put("infobox", new Target(Map.of(Schema.INFOBOX, 1f), List.of()));
    FIELDS.put("lead", new Target(Map.of(), List.of(Schema.BODY), false, Schema.leadSections()));
    FIELDS.put("body", new Target(Map.of(), List.of(Schema.BODY)));
    FIELDS.put("category", new Target(Map.of(Schema.CATEGORY, 1f), List.of()));
    for (EntityType type : EntityType.values()) {
      String f = Schema.entityField(type);
      FIELDS.put(f, new Target(Map.of(f, 1f), List.of(Schema.BODY), true, null));
    }
  }

  /** Other spellings users reach for, mapped to the field names above. */
  private static final Map<String, String> SYNONYMS = Map.of(
      "headings", "heading", "organization", "organisation", "org", "organisation", "country", "state",
      "treaty", "event", "categories", "category");

  private static final float TIE_BREAKER = 0.3f;
  /** Outweighs any text score: a section of the kind a field names comes before every other. */
  private static final float PREFERRED = 1000f;
  /** Another spelling of a name counts a little less than the words the user typed. */
  private static final float VARIANT_WEIGHT = 0.8f;
  private static final Analyzer ANALYZER = new EnglishTextAnalyzer();
  private static final WholeQuery WHOLE = new WholeQuery(ANALYZER);

  /** The field names a user may type before a colon. */
  public static List<String> fieldNames() {
    return List.copyOf(FIELDS.keySet());
  }

  public Parsed parse(String query) throws QuerySyntaxException {
    checkBalance(query);
    Query articles = parseWith(new Parser(Mode.ARTICLES), query);
    Query whole = null;
    if (articles != null) {
      articles = WHOLE.around(articles, query);
      whole = WHOLE.inSections(query);
    }
    Query sections = parseWith(new Parser(Mode.SECTIONS), query);
    List<String> variants = NameVariants.of(query);
    if (variants.isEmpty() || articles == null) return new Parsed(articles, sections, whole);
    return new Parsed(withVariants(articles, variants, Mode.ARTICLES), withVariants(sections, variants, Mode.SECTIONS),
        whole);
  }

  /** The query, or any other name of the people, states and treaties it names, as a phrase. */
  private Query withVariants(Query original, List<String> variants, Mode mode) throws QuerySyntaxException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (original != null) b.add(original, BooleanClause.Occur.SHOULD);
    for (String v : variants) {
      Query q = parseWith(new Parser(mode), "\"" + QueryParser.escape(v) + "\"");
      if (q != null) b.add(new BoostQuery(q, VARIANT_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private Query parseWith(Parser parser, String query) throws QuerySyntaxException {
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new QuerySyntaxException(oneLine(query, e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(tooManyTerms(query));
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException("cannot parse query '" + query + "': " + e.getMessage());
    }
  }

  private enum Mode { ARTICLES, SECTIONS }

  /** The classic parser, with each field hook mapping friendly names onto the index's fields. */
  private static final class Parser extends QueryParser {
    private final Mode mode;

    Parser(Mode mode) {
      super(ANY, ANALYZER);
      this.mode = mode;
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    private interface Build {
      Query on(String field) throws ParseException;
    }

    private Query expand(String field, Build build) throws ParseException {
      Target target = target(field);
      List<Query> alternatives = new ArrayList<>();
      if (mode == Mode.ARTICLES) {
        for (Map.Entry<String, Float> f : target.articleFields().entrySet()) {
          Query q = build.on(f.getKey());
          if (q != null) alternatives.add(f.getValue() == 1f ? q : new BoostQuery(q, f.getValue()));
        }
        List<Query> sectionQueries = new ArrayList<>();
        for (String f : target.sectionFields()) {
          Query q = build.on(f);
          if (q != null) sectionQueries.add(q);
        }
        Query inSections = sectionQueries.isEmpty() ? null
            : inSections(either(sectionQueries), target.onlyIn() == null ? Schema.proseSections() : target.onlyIn());
        if (target.ranksBySections()) {
          if (alternatives.isEmpty()) return null;
          BooleanQuery.Builder named = new BooleanQuery.Builder().add(either(alternatives), BooleanClause.Occur.MUST);
          if (inSections != null) named.add(inSections, BooleanClause.Occur.SHOULD);
          return named.build();
        }
        if (inSections != null) alternatives.add(inSections);
      } else {
        for (String f : target.sectionFields()) {
          Query q = build.on(f);
          if (q != null) alternatives.add(q);
        }
        if (!alternatives.isEmpty() && target.onlyIn() != null) {
          // Preferred rather than required: the highlighter would find no match under a filter on
          // another field, and the articles it comes to were selected by those sections anyway.
          return new BooleanQuery.Builder().add(either(alternatives), BooleanClause.Occur.MUST)
              .add(new BoostQuery(new ConstantScoreQuery(target.onlyIn()), PREFERRED), BooleanClause.Occur.SHOULD)
              .build();
        }
      }
      if (alternatives.isEmpty()) return null;
      return either(alternatives);
    }

    /** A word counts for an article when one of its {@code sections} holds it; every such section scores. */
    private static Query inSections(Query words, Query sections) {
      Query within = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
          .add(sections, BooleanClause.Occur.FILTER).build();
      return new ToParentBlockJoinQuery(within, Schema.parents(), ScoreMode.Total);
    }

    private static Query either(List<Query> queries) {
      return queries.size() == 1 ? queries.get(0) : new DisjunctionMaxQuery(queries, TIE_BREAKER);
    }

    // The parser's own slop variant calls back into the quoted one, which would expand twice:
    // both build from newFieldQuery, and slop is applied here to each field's phrase.
    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      return expand(field, f -> newFieldQuery(getAnalyzer(), f, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return expand(field, f -> withSlop(newFieldQuery(getAnalyzer(), f, text, true), slop));
    }

    private static Query withSlop(Query q, int slop) {
      if (q instanceof PhraseQuery pq) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        Term[] terms = pq.getTerms();
        int[] positions = pq.getPositions();
        for (int i = 0; i < terms.length; i++) b.add(terms[i], positions[i]);
        return b.build();
      }
      if (q instanceof MultiPhraseQuery mpq) {
        return new MultiPhraseQuery.Builder(mpq).setSlop(slop).build();
      }
      return q;
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
      return expand(field, f -> super.getPrefixQuery(f, text));
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
      return expand(field, f -> super.getWildcardQuery(f, text));
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
      return expand(field, f -> super.getFuzzyQuery(f, text, similarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
      return expand(field, f -> super.getRegexpQuery(f, text));
    }

    @Override
    protected Query getRangeQuery(String field, String a, String b, boolean startIncl, boolean endIncl)
        throws ParseException {
      return expand(field, f -> super.getRangeQuery(f, a, b, startIncl, endIncl));
    }

    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
      // A clause that cannot match in this mode (title:… among sections) drops out instead of voiding the query.
      List<BooleanClause> kept = clauses.stream().filter(c -> c.getQuery() != null).toList();
      return kept.isEmpty() ? null : super.getBooleanQuery(kept);
    }
  }

  private static Target target(String field) throws ParseException {
    String name = field.toLowerCase(Locale.ROOT);
    name = SYNONYMS.getOrDefault(name, name);
    Target target = FIELDS.get(name);
    if (target == null) {
      throw new ParseException("unknown field '" + field + "' (fields: " + String.join(", ", fieldNames()) + ")");
    }
    return target;
  }

  /** Unbalanced quotes and parentheses get a message that says so, not the parser's token dump. */
  private static void checkBalance(String query) throws QuerySyntaxException {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        if (--depth < 0) throw new QuerySyntaxException("query '" + query + "' has a ')' without its '('");
      }
    }
    if (quoted) throw new QuerySyntaxException("query '" + query + "' has an unclosed quote (\")");
    if (depth > 0) throw new QuerySyntaxException("query '" + query + "' has an unclosed parenthesis '('");
  }

  /** The message for a query past Lucene's clause limit, quoting only its start: it may be pages long. */
  static String tooManyTerms(String query) {
    String shown = query.length() <= 60 ? query : query.substring(0, 57) + "...";
    return "query '" + shown + "' expands to more than " + IndexSearcher.getMaxClauseCount()
        + " terms; make it more specific";
  }

  private static final Pattern UNEXPECTED =
      Pattern.compile("^Encountered \" (?:<\\w+>|\"[^\"]*\") \"(.*?) \"\" at line \\d+, column (\\d+)");

  private static String oneLine(String query, ParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("unknown field")) return message;
    if (e.getCause() instanceof IndexSearcher.TooManyClauses || message.contains("too many boolean clauses")) {
      return tooManyTerms(query);
    }
    if (message.contains("not allowed as first character")) {
      return "query '" + query + "' starts a word with a wildcard, which would scan every term; put letters before * or ?";
    }
    String first = message.lines().findFirst().orElse(message);
    first = first.replaceFirst("^Cannot parse '.*?':\\s*", "");
    // The parser names grammar tokens; say what the user would have to change instead.
    if (first.startsWith("Encountered \"<EOF>\"")) {
      first = "it ends too early (a field, operator or range is missing what follows it)";
    } else if (first.matches("Encountered \" <(AND|OR|NOT)> .*")) {
      first = "AND, OR and NOT need a term on each side (quote them to search for the words)";
    } else {
      // Encountered " "-" "- "" at line 1, column 1.  →  unexpected '-' at position 1
      Matcher token = UNEXPECTED.matcher(first);
      if (token.find()) first = "unexpected '" + token.group(1).strip() + "' at position " + token.group(2);
    }
    return "cannot parse query '" + query + "': " + first.strip();
  }
}
