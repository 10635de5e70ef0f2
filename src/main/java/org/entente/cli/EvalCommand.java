package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.eval.BodyBaseline;
import org.entente.eval.Engine;
import org.entente.eval.Evaluation;
import org.entente.eval.JudgedQuery;
import org.entente.eval.Judgments;
import org.entente.print.EvalPrinter;
import org.entente.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente eval}: how well the ranking does on judged queries, alone or against the naive baseline. */
@Command(name = "eval", description = {
    "Score the ranking on judged queries: nDCG@10 (gain 2^grade-1), MRR and P@5 (relevant = grade >= 1),",
    "per query and on average. Exit 0 when it ran, 2 on an error."})
final class EvalCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Option(names = "--queries", paramLabel = "FILE",
      description = "qid<TAB>query per line (default: ../shared/eval/queries.tsv beside the checkout)")
  Path queries;

  @Option(names = "--qrels", paramLabel = "FILE",
      description = "qid<TAB>title<TAB>grade 0-3 per line (default: ../shared/eval/qrels.tsv beside the checkout)")
  Path qrels;

  @Option(names = "--baseline", description = "also rank with plain BM25 over section bodies and show the gain")
  boolean baseline;

  @Option(names = "--details", description = "print each query's top 10 with grades ('-' = not judged)")
  boolean details;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    List<JudgedQuery> judged = Judgments.load(existing(queries, "queries.tsv", "--queries"),
        existing(qrels, "qrels.tsv", "--qrels"));
    SearchCommand.ensureIndex(workspace);
    try (Searcher searcher = Searcher.open(workspace.index())) {
      Engine naive = baseline ? new BodyBaseline(searcher.reader()) : null;
      Set<String> titles = Evaluation.indexedTitles(searcher.indexSearcher());
      Evaluation.Report report = new Evaluation(Engine.of(searcher), naive, titles).run(judged);
      if (output.json()) EvalPrinter.printJson(System.out, report);
      else new EvalPrinter(System.out, output.style()).print(report, details);
      return Main.FOUND;
    }
  }

  /** The file given, or the default in ../shared/eval; either way one that exists, or a message saying which flag to use. */
  private static Path existing(Path given, String name, String flag) {
    Path file = given != null ? given : sharedEval().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(given != null ? "no such file: " + file
          : "no " + name + " at " + file + "; give " + flag + " FILE");
    }
    return file;
  }

  /** ../shared/eval beside the Entente checkout (ENTENTE_HOME, set by the launcher), else beside the current folder. */
  private static Path sharedEval() {
    String home = System.getenv("ENTENTE_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return base.toAbsolutePath().resolve("../shared/eval").normalize();
  }
}
