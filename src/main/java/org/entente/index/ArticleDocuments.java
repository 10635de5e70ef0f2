package org.entente.index;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.entente.corpus.CorpusFile;
import org.entente.enrich.DateKind;
import org.entente.enrich.DateSpan;
import org.entente.enrich.EnrichedArticle;
import org.entente.enrich.Entity;
import org.entente.extract.Article;
import org.entente.extract.InfoboxRow;
import org.entente.extract.Section;

/** Turns an enriched article into its block of Lucene documents: its sections, then the article itself. */
public final class ArticleDocuments {
  /** The spelling field only needs to know which words exist and in how many articles. */
  private static final FieldType SPELL_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
  /** A span wider than this many years (a "1918–1939" period) is not counted in every year's facet. */
  private static final int MAX_FACET_YEARS = 25;
  /** Likewise for months: a span of years is not counted in every month. */
  private static final int MAX_FACET_MONTHS = 24;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Main-date kinds in the order that makes one of them the article's date. */
  private static final List<DateKind> MAIN_ORDER =
      List.of(DateKind.SIGNED, DateKind.DATE, DateKind.EFFECTIVE, DateKind.BORN, DateKind.EXPIRED, DateKind.DIED);

  static {
    SPELL_TYPE.setIndexOptions(IndexOptions.DOCS);
    SPELL_TYPE.setOmitNorms(true);
    SPELL_TYPE.freeze();
  }

  private final FacetsConfig facets = Schema.facetsConfig();
  private final FacetsConfig sectionFacets = Schema.sectionFacetsConfig();

  /** The block for one file; {@code hash} fingerprints its bytes for the next incremental build. */
  public List<Document> build(EnrichedArticle enriched, CorpusFile file, long hash) throws java.io.IOException {
    Article article = enriched.article();
    List<Document> block = new ArrayList<>();
    for (Section section : article.sections()) {
      block.add(sectionFacets.build(sectionDocument(enriched, section, file.name())));
    }
    block.add(facets.build(articleDocument(enriched, file, hash)));
    return block;
  }

  private Document sectionDocument(EnrichedArticle enriched, Section section, String file) {
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, Schema.KIND_SECTION, Field.Store.NO));
    doc.add(new StringField(Schema.FILE, file, Field.Store.YES));
    doc.add(new StoredField(Schema.SECTION, section.index()));
    doc.add(new TextField(Schema.HEADING, section.heading(), Field.Store.YES));
    if (isSeeAlso(section)) doc.add(new StringField(Schema.ROLE, Schema.ROLE_SEE_ALSO, Field.Store.NO));
    if (section.isLead()) doc.add(new StringField(Schema.ROLE, Schema.ROLE_LEAD, Field.Store.NO));
    doc.add(new StoredField(Schema.PATH, section.displayPath()));
    // Stored, with positions but no offsets in the postings (a plain text field): offsets would be a
    // seventh of the index, and snippets and concordance lines find them by analysing the text again.
    doc.add(new TextField(Schema.BODY, section.text(), Field.Store.YES));
    Set<Integer> years = new TreeSet<>();
    Set<YearMonth> months = new TreeSet<>();
    for (DateSpan span : enriched.dates()) {
      if (span.section() != section.index()) continue;
      addSpan(doc, span);
      years.addAll(years(span));
      YearMonth first = YearMonth.from(span.from());
      YearMonth last = YearMonth.from(span.to());
      if (first.plusMonths(MAX_FACET_MONTHS).isAfter(last)) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) months.add(m);
      }
    }
    // The timeline counts sections by the years and months they mention.
    for (int y : years) doc.add(new SortedSetDocValuesFacetField(Schema.YEAR, Integer.toString(y)));
    for (YearMonth m : months) doc.add(new SortedSetDocValuesFacetField(Schema.MONTH, m.toString()));
    return doc;
  }

  private Document articleDocument(EnrichedArticle enriched, CorpusFile file, long hash) {
    Article article = enriched.article();
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, Schema.KIND_ARTICLE, Field.Store.NO));
    doc.add(new StringField(Schema.FILE, file.name(), Field.Store.YES));
    doc.add(new TextField(Schema.TITLE, article.title(), Field.Store.YES));
    String titleKey = titleKey(article.title());
    doc.add(new StringField(Schema.TITLE_KEY, titleKey, Field.Store.NO));
    doc.add(new SortedDocValuesField(Schema.TITLE_KEY, new BytesRef(titleKey)));
    doc.add(new StoredField(Schema.URL, article.url()));
    doc.add(new StoredField(Schema.SIZE, file.size()));
    doc.add(new StoredField(Schema.MODIFIED, file.modified()));
    doc.add(new StoredField(Schema.HASH, hash));
    doc.add(new StoredField(Schema.SECTION_COUNT, article.sections().size()));
    Set<String> spelling = new LinkedHashSet<>();
    for (Section section : article.sections()) {
      if (isSeeAlso(section)) doc.add(new TextField(Schema.SEE_ALSO, section.text(), Field.Store.NO));
      if (!section.heading().isEmpty()) {
        doc.add(new TextField(Schema.HEADINGS, section.heading(), Field.Store.NO));
        SpellingWords.addText(section.heading(), spelling);
      }
    }
    for (InfoboxRow row : article.infobox()) {
      doc.add(new TextField(Schema.INFOBOX, row.label() + " " + row.value(), Field.Store.NO));
    }
    SpellingWords.addText(article.title(), spelling);
    SpellingWords.addText(article.lead(), spelling);
    for (String category : new LinkedHashSet<>(article.categories())) {
      doc.add(new TextField(Schema.CATEGORY, category, Field.Store.NO));
      addFacet(doc, Schema.CATEGORY, category);
    }
    Set<Integer> years = new TreeSet<>();
    for (DateSpan span : enriched.dates()) {
      addSpan(doc, span);
      years.addAll(years(span));
      if (span.kind().isMain()) {
        doc.add(new StoredField(Schema.MAIN_SPANS, span.from().toEpochDay() + ":" + span.to().toEpochDay()));
      }
    }
    Set<Integer> decades = new TreeSet<>();
    for (int y : years) {
      addFacet(doc, Schema.YEAR, Integer.toString(y));
      decades.add(y / 10 * 10);
    }
    for (int d : decades) addFacet(doc, Schema.DECADE, d + "s");
    mainDate(enriched).ifPresent(span -> {
      doc.add(new NumericDocValuesField(Schema.MAIN_DATE, span.from().toEpochDay()));
      doc.add(new StoredField(Schema.MAIN_DATE, span.from().toEpochDay()));
      doc.add(new StoredField(Schema.MAIN_DATE_KIND, span.kind().label()));
    });
    for (Entity entity : enriched.entities()) {
      addEntityNames(doc, entity);
      SpellingWords.addName(entity.name(), spelling);
      for (String alias : entity.aliases()) SpellingWords.addName(alias, spelling);
      addFacet(doc, Schema.facetDim(entity.type()), entity.name());
    }
    doc.add(new Field(Schema.SPELL, SpellingWords.stream(spelling), SPELL_TYPE));
    return doc;
  }

  /** A facet value of an article: counted in its dimension's field, filtered on by its drill-down term. */
  private static void addFacet(Document doc, String dim, String value) {
    doc.add(new SortedSetDocValuesFacetField(dim, value));
    doc.add(new StringField(Schema.FACET_TERMS, Schema.facetTerm(dim, value).text(), Field.Store.NO));
  }

  /**
   * "See also" is a list of other articles' titles: evidence of what the article relates to, not text
   * to rank by or quote. Its section stays (it is body text), marked, and its text is also a weak field
   * of the article.
   */
  static boolean isSeeAlso(Section section) {
    return section.level() == 2 && section.heading().equalsIgnoreCase("See also");
  }

  /** The years a span counts for in the year facet: none for a span of many years ("1918–1939"). */
  private static List<Integer> years(DateSpan span) {
    int from = span.from().getYear();
    int to = span.to().getYear();
    if (to - from >= MAX_FACET_YEARS) return List.of();
    List<Integer> years = new ArrayList<>();
    for (int y = from; y <= to; y++) years.add(y);
    return years;
  }

  /** The date the article is about: its first infobox date of the most telling kind. */
  public static Optional<DateSpan> mainDate(EnrichedArticle enriched) {
    return enriched.dates().stream()
        .filter(s -> s.kind().isMain())
        .min(Comparator.comparingInt((DateSpan s) -> MAIN_ORDER.indexOf(s.kind())).thenComparing(DateSpan::from));
  }

  private static void addSpan(Document doc, DateSpan span) {
    long[] from = {span.from().toEpochDay()};
    long[] to = {span.to().toEpochDay()};
    doc.add(new LongRange(span.kind().isMain() ? Schema.DATES_MAIN : Schema.DATES_MENTIONED, from, to));
  }

  private static void addEntityNames(Document doc, Entity entity) {
    String field = Schema.entityField(entity.type());
    doc.add(new TextField(field, entity.name(), Field.Store.NO));
    for (String alias : entity.aliases()) doc.add(new TextField(field, alias, Field.Store.NO));
  }

  /** The exact-title key: lower case, accents folded, underscores as spaces ("treaty of sevres"). */
  public static String titleKey(String title) {
    String spaced = title.replace('_', ' ');
    // Plain ASCII has no accents to fold: kwic folds the context of every line it sorts this way.
    String folded = spaced.chars().allMatch(c -> c < 0x80) ? spaced
        : MARKS.matcher(java.text.Normalizer.normalize(spaced, java.text.Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
