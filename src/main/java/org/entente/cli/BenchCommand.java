package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.bench.ParseFloor;
import org.entente.bench.QueryLatency;
import org.entente.bench.QueryMix;
import org.entente.bench.ScaleCorpus;
import org.entente.search.SearchRequest;
import org.entente.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente bench}: the pieces of the performance benchmark that bench/run.sh puts together. */
@Command(name = "bench", description = "Benchmark tools: generate a scale corpus, time parsing and queries (see docs/bench.md).",
    subcommands = {BenchCommand.Generate.class, BenchCommand.ParseFloorCommand.class, BenchCommand.Queries.class,
        BenchCommand.Words.class})
final class BenchCommand implements Runnable {
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
        "missing subcommand: generate, parse-floor, queries or words (see bench/run.sh)");
  }

  static Path starterCorpus() {
    String home = System.getenv("ENTENTE_HOME");
    return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).resolve("corpus");
  }

  @Command(name = "generate", description = "Write N wiki pages in all three flavors, recombined from the starter corpus.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N") int docs;
    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
    @Option(names = "--seed", paramLabel = "S", description = "same seed, same bytes (default: ${DEFAULT-VALUE})") long seed = 1919;
    @Option(names = "--from", paramLabel = "DIR", description = "starter corpus to recombine (default: corpus/)") Path from;
    @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      if (docs < 1) throw new IllegalArgumentException("--docs must be at least 1");
      ScaleCorpus.Summary s = new ScaleCorpus(from != null ? from : starterCorpus(), seed).generate(out, docs, threads);
      System.out.printf(java.util.Locale.ROOT, "generated pages=%d bytes=%d seconds=%.1f into %s%n", s.pages(), s.bytes(), s.seconds(), out);
      return 0;
    }
  }

  @Command(name = "parse-floor", description = "Jsoup-parse every page of DIR and take its body text, nothing else; print the rate.")
  static final class ParseFloorCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;
    @Option(names = "--threads", paramLabel = "N") int threads = 2;

    @Override
    public Integer call() throws Exception {
      System.out.println("parse-floor " + ParseFloor.measure(dir, threads).line());
      return 0;
    }
  }

  @Command(name = "queries", description = "In-process query latency (p50/p99) over eval queries and corpus terms, with and without dates and facets.")
  static final class Queries implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR") Path index;
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "pages to draw terms from") Path corpus;
    @Option(names = "--eval", paramLabel = "TSV", description = "eval queries (default: ../shared/eval/queries.tsv)") Path eval;
    @Option(names = "--terms", paramLabel = "N", description = "words and as many phrases from the corpus (default: ${DEFAULT-VALUE})") int terms = 40;
    @Option(names = "--warmups", paramLabel = "N") int warmups = 3;
    @Option(names = "--rounds", paramLabel = "N") int rounds = 3;
    @Option(names = "--seed", paramLabel = "S") long seed = 1919;

    @Override
    public Integer call() throws Exception {
      Path tsv = eval != null ? eval : starterCorpus().toAbsolutePath().getParent().resolve("../shared/eval/queries.tsv").normalize();
      List<String> queries = new ArrayList<>(QueryMix.evalQueries(tsv));
      queries.addAll(QueryMix.corpusTerms(corpus, terms, false, seed));
      queries.addAll(QueryMix.corpusTerms(corpus, terms, true, seed + 1));
      List<SearchRequest> requests = QueryMix.requests(queries, seed);
      try (Searcher searcher = Searcher.open(index)) {
        QueryLatency.Result r = QueryLatency.measure(searcher, requests, warmups, rounds);
        System.out.println("queries distinct=" + requests.size() + " eval=" + (Files.isRegularFile(tsv) ? tsv : "absent") + " " + r.line());
      }
      return 0;
    }
  }

  @Command(name = "words", description = "Print N words drawn from the pages of DIR, one a line (the terms bench/run.sh gives every tool).")
  static final class Words implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;
    @Option(names = "--count", paramLabel = "N") int count = 10;
    @Option(names = "--seed", paramLabel = "S") long seed = 1919;

    @Override
    public Integer call() throws Exception {
      QueryMix.corpusTerms(dir, count, false, seed).forEach(System.out::println);
      return 0;
    }
  }
}
