package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.entente.corpus.CorpusFile;
import org.entente.corpus.CorpusScanner;
import org.entente.search.DateRange;
import org.entente.search.SearchRequest;
import org.jsoup.Jsoup;

/**
 * The queries a benchmark asks: the evaluation queries plus words and two-word phrases drawn from the
 * pages of the corpus under test (so common and rare terms come in their corpus frequencies), each
 * alone, with a date range, with facets, and with both.
 */
public final class QueryMix {
  private static final List<String> FACETS = List.of("person", "state", "year");

  private QueryMix() {}

  /** The first {@code count} evaluation queries (second column of queries.tsv), or none if the file is absent. */
  public static List<String> evalQueries(Path tsv) throws IOException {
    if (tsv == null || !Files.isRegularFile(tsv)) return List.of();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !cols[0].equals("qid") && !cols[1].isBlank()) out.add(cols[1].strip());
    }
    return out;
  }

  /**
   * Distinct words of five letters or more, taken at random positions in the text of randomly chosen
   * pages of {@code corpus}; with {@code phrases}, two neighbouring words in quotes instead.
   */
  public static List<String> corpusTerms(Path corpus, int count, boolean phrases, long seed) throws IOException {
    List<CorpusFile> files = CorpusScanner.scan(corpus).files();
    if (files.isEmpty()) throw new IOException("no pages in " + corpus + " to draw query terms from");
    SplittableRandom rng = new SplittableRandom(seed);
    Set<String> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < count && tries < count * 20; tries++) {
      CorpusFile f = files.get(rng.nextInt(files.size()));
      String[] words = Jsoup.parse(Files.readString(f.path(), StandardCharsets.UTF_8)).body().text().split("[^\\p{L}]+");
      if (words.length < 3) continue;
      int at = rng.nextInt(words.length - 1);
      String a = words[at];
      String b = words[at + 1];
      if (a.length() < 5 || (phrases && b.length() < 3)) continue;
      out.add(phrases ? "\"" + a + " " + b + "\"" : a);
    }
    return new ArrayList<>(out);
  }

  /** Each query four times: alone, within a random interwar date range, with facets, with both. */
  public static List<SearchRequest> requests(List<String> queries, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<SearchRequest> out = new ArrayList<>();
    for (String q : queries) {
      int year = 1918 + rng.nextInt(20);
      LocalDate from = LocalDate.of(year, 1, 1);
      LocalDate to = LocalDate.of(year + 2, 12, 31);
      out.add(request(q, null, null, List.of()));
      out.add(request(q, from, to, List.of()));
      out.add(request(q, null, null, FACETS));
      out.add(request(q, from, to, FACETS));
    }
    return out;
  }

  private static SearchRequest request(String q, LocalDate from, LocalDate to, List<String> facets) {
    DateRange dates = from == null ? DateRange.ALL : new DateRange(from, to);
    return new SearchRequest(q, 10, dates, SearchRequest.DateKindFilter.ANY, SearchRequest.Order.RELEVANCE, List.of(), facets);
  }
}
