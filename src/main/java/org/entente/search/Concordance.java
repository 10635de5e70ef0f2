package org.entente.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.entente.index.AnalyzedText;
import org.entente.index.ArticleDocuments;
import org.entente.index.EnglishTextAnalyzer;
import org.entente.index.Schema;

/**
 * Concordance lines (key word in context): every occurrence of a query in the text of the articles a
 * search request selects, with the text around it. Occurrences come from Lucene's matches over the
 * section bodies, so a phrase is one occurrence, and the words are found exactly as {@code search}
 * finds and highlights them. The postings give a match's positions; its characters come from analysing
 * the section's stored text again, only for the sections whose lines are cut.
 */
public final class Concordance {
  /** How lines are ordered: by article title (then position), article date, or the words left or right of the match. */
  public enum Order { TITLE, DATE, LEFT, RIGHT }

  /** The lines (the first {@code limit} in order) and how many occurrences and articles there are in all. */
  public record Result(String query, long occurrences, long articles, List<ConcordanceLine> lines, double millis) {
    public Result {
      lines = List.copyOf(lines);
    }
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Finds where positions lie in a body, numbering them as the index did. */
  private static final Analyzer POSITIONS = EnglishTextAnalyzer.positions();

  private final Searcher searcher;
  private final QuerySyntax syntax = new QuerySyntax();

  public Concordance(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The concordance of {@code request.query()} within the articles the request selects (its dates and
   * filters), at most {@code request.limit()} lines with {@code width} characters of context a side.
   */
  public Result find(SearchRequest request, int width, Order order) throws IOException, QuerySyntaxException {
    if (width < 1) throw new IllegalArgumentException("width must be at least 1, not " + width);
    long start = System.nanoTime();
    if (request.query().isEmpty()) throw new IllegalArgumentException("a concordance needs words to look for");
    QuerySyntax.Parsed parsed = syntax.parse(request.query());
    Map<Integer, ArticleKey> articles = new HashMap<>();
    List<Occurrence> found = parsed.sections() == null ? List.of() : occurrences(request, parsed, articles);
    Titles titles = new Titles(searcher.reader().storedFields());
    List<ConcordanceLine> lines = order == Order.TITLE || order == Order.DATE
        ? linesByArticle(found, articles, order, request.limit(), width, titles)
        : linesByContext(found, articles, order, request.limit(), width, titles);
    return new Result(request.query(), found.size(), articles.size(), lines, (System.nanoTime() - start) / 1e6);
  }

  /** Where one occurrence is: its section and article documents and its first and last positions in the body. */
  private record Occurrence(int section, int article, int start, int end) {}

  /** What lines are ordered by: an article's folded title and its main date, read from doc values. */
  private record ArticleKey(String title, LocalDate date) {}

  /**
   * The title and file of the articles whose lines are shown, read once each. One reader of stored
   * fields for all: it reuses the block it decompressed last. Only shown lines need them: reading every
   * matching article's was a quarter of a concordance.
   */
  private static final class Titles {
    private final StoredFields stored;
    private final Map<Integer, Document> read = new HashMap<>();

    Titles(StoredFields stored) {
      this.stored = stored;
    }

    Document of(int article) throws IOException {
      Document d = read.get(article);
      if (d == null) {
        d = stored.document(article, Set.of(Schema.TITLE, Schema.FILE));
        read.put(article, d);
      }
      return d;
    }
  }

  /** The occurrences, in document order, and the sort keys of their articles into {@code articles}. */
  private List<Occurrence> occurrences(SearchRequest request, QuerySyntax.Parsed parsed,
                                       Map<Integer, ArticleKey> articles) throws IOException {
    IndexSearcher is = searcher.indexSearcher();
    // Sections that hold the words, in articles the request selects (its words, dates and filters).
    Query sections = searcher.sectionQuery(request, parsed);
    Weight finder = is.createWeight(is.rewrite(sections), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Query words = is.rewrite(parsed.sections());
    Set<Term> terms = QueryTerms.wordsOnly(words, Schema.BODY);
    Weight weight = terms == null ? is.createWeight(words, ScoreMode.COMPLETE_NO_SCORES, 1f) : null;
    List<Occurrence> found = new ArrayList<>();
    for (LeafReaderContext leaf : is.getIndexReader().leaves()) {
      Scorer scorer = finder.scorer(leaf);
      if (scorer == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      BitSet parents = Schema.parents().getBitSet(leaf);
      Positions positions = terms == null ? doc -> matches(weight, leaf, doc) : termPositions(leaf, terms);
      SortedDocValues titles = DocValues.getSorted(leaf.reader(), Schema.TITLE_KEY);
      NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Schema.MAIN_DATE);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        int parent = parents.nextSetBit(doc);
        int article = leaf.docBase + parent;
        List<int[]> in = positions.in(doc);
        if (!in.isEmpty() && !articles.containsKey(article)) {
          // Parents come in increasing order within a segment, as doc values are read.
          String title = titles.advanceExact(parent) ? titles.lookupOrd(titles.ordValue()).utf8ToString() : "";
          LocalDate date = dates.advanceExact(parent) ? LocalDate.ofEpochDay(dates.longValue()) : null;
          articles.put(article, new ArticleKey(title, date));
        }
        for (int[] m : in) found.add(new Occurrence(leaf.docBase + doc, article, m[0], m[1]));
      }
    }
    return found;
  }

  /** A query's body matches in the sections of one segment, asked for in increasing document order. */
  @FunctionalInterface
  interface Positions {
    List<int[]> in(int doc) throws IOException;
  }

  /**
   * The positions of {@code terms} in each section, read straight from the postings: one cursor per
   * term for the whole segment, where asking the query for its matches seeks every term again in every
   * section. Gives what {@link #matches} gives for a query of words only.
   */
  static Positions termPositions(LeafReaderContext leaf, Set<Term> terms) throws IOException {
    List<PostingsEnum> cursors = new ArrayList<>();
    for (Term t : terms) {
      PostingsEnum p = leaf.reader().postings(t, PostingsEnum.POSITIONS);
      if (p != null) cursors.add(p);
    }
    return doc -> {
      List<int[]> all = new ArrayList<>();
      for (PostingsEnum p : cursors) {
        if (p.docID() < doc) p.advance(doc);
        if (p.docID() != doc) continue;
        for (int i = p.freq(); i > 0; i--) {
          int pos = p.nextPosition();
          all.add(new int[] {pos, pos});
        }
      }
      return inTextOrder(all);
    };
  }

  /**
   * The body's matches in one section as first and last positions, in text order; overlapping ones (a
   * word and a phrase holding it) count once.
   */
  static List<int[]> matches(Weight words, LeafReaderContext leaf, int doc) throws IOException {
    Matches matches = words.matches(leaf, doc);
    MatchesIterator it = matches == null ? null : matches.getMatches(Schema.BODY);
    if (it == null) return List.of();
    List<int[]> all = new ArrayList<>();
    while (it.next()) {
      if (it.startPosition() >= 0 && it.endPosition() >= it.startPosition()) all.add(new int[] {it.startPosition(), it.endPosition()});
    }
    return inTextOrder(all);
  }

  /** Matches sorted by where they start, longest first, and those inside an earlier one dropped. */
  private static List<int[]> inTextOrder(List<int[]> all) {
    all.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparing(m -> -m[1]));
    List<int[]> kept = new ArrayList<>();
    int lastEnd = -1;
    for (int[] m : all) {
      if (m[0] <= lastEnd) continue;
      kept.add(m);
      lastEnd = m[1];
    }
    return kept;
  }

  /** Title and date order need no text to sort, so only the lines shown are cut from their sections. */
  private List<ConcordanceLine> linesByArticle(List<Occurrence> found, Map<Integer, ArticleKey> articles, Order order,
                                               int limit, int width, Titles titles) throws IOException {
    Comparator<Occurrence> byTitle = Comparator.comparing((Occurrence o) -> articles.get(o.article).title())
        .thenComparingInt(o -> o.article);
    Comparator<Occurrence> byArticle = order == Order.DATE
        ? Comparator.comparing((Occurrence o) -> articles.get(o.article).date(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byTitle)
        : byTitle;
    List<Occurrence> shown = found.stream()
        .sorted(byArticle.thenComparingInt(Occurrence::section).thenComparingInt(Occurrence::start))
        .limit(limit).toList();
    List<ConcordanceLine> lines = new ArrayList<>(shown.size());
    for (Cut c : cuts(shown, width)) lines.add(c.line(titles, articles));
    return lines;
  }

  private List<ConcordanceLine> linesByContext(List<Occurrence> found, Map<Integer, ArticleKey> articles, Order order,
                                               int limit, int width, Titles titles) throws IOException {
    // Each line's sort key is computed once: folding accents on every comparison costs more than the sort.
    record Keyed(Cut cut, List<String> words, String title) {}
    List<Keyed> keyed = new ArrayList<>(found.size());
    for (Cut c : cuts(found, width)) {
      keyed.add(new Keyed(c, order == Order.LEFT ? leftKey(c.left()) : rightKey(c.right()),
          articles.get(c.at().article()).title()));
    }
    List<Keyed> shown = keyed.stream()
        .sorted(Comparator.comparing(Keyed::words, Concordance::compareWords).thenComparing(Keyed::title)
            .thenComparingInt(k -> k.cut().section().number()).thenComparingInt(k -> k.cut().start()))
        .limit(limit).toList();
    List<ConcordanceLine> lines = new ArrayList<>(shown.size());
    for (Keyed k : shown) lines.add(k.cut().line(titles, articles));
    return lines;
  }

  /** One occurrence cut from its section's text: the line, before its article's title is added. */
  private record Cut(Occurrence at, SectionText section, String left, String match, String right, int start, int end) {
    ConcordanceLine line(Titles titles, Map<Integer, ArticleKey> articles) throws IOException {
      Document article = titles.of(at.article());
      return new ConcordanceLine(article.get(Schema.TITLE), article.get(Schema.FILE), section.number(), section.path(),
          articles.get(at.article()).date(), left, match, right, start, end);
    }
  }

  private List<Cut> cuts(List<Occurrence> occurrences, int width) throws IOException {
    StoredFields stored = searcher.reader().storedFields();
    // A section's text is analysed once, as far as its last occurrence to be cut.
    Map<Integer, Integer> lastPosition = new HashMap<>();
    for (Occurrence o : occurrences) lastPosition.merge(o.section, o.end, Math::max);
    Map<Integer, SectionText> sections = new HashMap<>();
    List<Cut> cuts = new ArrayList<>(occurrences.size());
    for (Occurrence o : occurrences) {
      SectionText section = sections.get(o.section);
      if (section == null) {
        section = SectionText.of(stored.document(o.section, Set.of(Schema.SECTION, Schema.PATH, Schema.BODY)),
            lastPosition.get(o.section));
        sections.put(o.section, section);
      }
      String body = section.body();
      int start = section.offsets().start(o.start);
      int end = section.offsets().end(o.end);
      cuts.add(new Cut(o, section, left(body, start, width), oneLine(body.substring(start, end)),
          right(body, end, width), start, end));
    }
    return cuts;
  }

  /** A section's stored text, and where its indexed positions (up to the last one needed) lie in it. */
  private record SectionText(int number, String path, String body, AnalyzedText.Offsets offsets) {
    static SectionText of(Document section, int lastPosition) {
      String body = section.get(Schema.BODY);
      return new SectionText(section.getField(Schema.SECTION).numericValue().intValue(), section.get(Schema.PATH),
          body, AnalyzedText.offsets(POSITIONS, Schema.BODY, body, lastPosition));
    }
  }

  /** Up to {@code width} characters before {@code at}, on one line, starting at a word. */
  static String left(String text, int at, int width) {
    int from = Math.max(0, at - 4 * width - 64);
    String s = oneLine(text.substring(from, at));
    // A window that starts inside a word would show its tail: cut there as if the window were short.
    boolean partial = from > 0 && !isSpace(text.charAt(from - 1)) && !s.isEmpty() && s.charAt(0) != ' ';
    if (s.length() > width) {
      partial = s.charAt(s.length() - width - 1) != ' ';
      s = s.substring(s.length() - width);
    }
    if (partial && s.charAt(0) != ' ') {
      // Unless the word is all there is: a word longer than the width is cut, not dropped.
      int space = s.indexOf(' ');
      if (space >= 0 && space < s.length() - 1) s = s.substring(space);
    }
    return s.stripLeading();
  }

  /** Up to {@code width} characters after {@code at}, on one line, ending at a word. */
  static String right(String text, int at, int width) {
    int to = Math.min(text.length(), at + 4 * width + 64);
    String s = oneLine(text.substring(at, to));
    boolean partial = to < text.length() && !isSpace(text.charAt(to)) && !s.isEmpty() && s.charAt(s.length() - 1) != ' ';
    if (s.length() > width) {
      partial = s.charAt(width) != ' ';
      s = s.substring(0, width);
    }
    if (partial && s.charAt(s.length() - 1) != ' ') {
      int space = s.lastIndexOf(' ');
      if (space > 0) s = s.substring(0, space);
    }
    return s.stripTrailing();
  }

  /** Regex {@code \\s} and the no-break spaces: what a line of context shows as one space. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /** Paragraph breaks and runs of spaces become one space: a concordance line is one line. */
  private static String oneLine(String s) {
    // By hand: a regex replacement here was a quarter of a concordance's time.
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      } else if (!space) {
        b.append(' ');
      }
      space = isSpace(c);
    }
    return b.toString();
  }

  /** The words left of a match, nearest first: concordancers sort on the first word to the left, then the next. */
  static List<String> leftKey(String left) {
    List<String> words = words(left);
    java.util.Collections.reverse(words);
    return words;
  }

  static List<String> rightKey(String right) {
    return words(right);
  }

  /** The words of a context, folded as titles are (case and accents do not count: "Sèvres" = "Sevres"). */
  private static List<String> words(String s) {
    List<String> words = new ArrayList<>(Arrays.asList(NOT_WORD.split(ArticleDocuments.titleKey(s))));
    words.removeIf(String::isEmpty);
    return words;
  }

  private static int compareWords(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) return c;
    }
    return Integer.compare(a.size(), b.size());
  }

}
