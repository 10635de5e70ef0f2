package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.print.JsonPrinter;
import org.entente.print.SimilarPrinter;
import org.entente.search.Searcher;
import org.entente.search.SimilarArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente similar}: the articles most like a given one, and the words that make them alike. */
@Command(name = "similar", description = "Articles most like the one titled TITLE. Exit 0: found, 1: none, 2: unknown title or error.")
final class SimilarCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Parameters(arity = "1..*", paramLabel = "TITLE", description = "an article's title (case and accents do not matter)")
  List<String> words = List.of();

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "articles to show (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    String title = String.join(" ", words).strip();
    if (title.isEmpty()) throw new IllegalArgumentException("give the TITLE of an article");
    SearchCommand.ensureIndex(workspace);
    try (Searcher searcher = Searcher.open(workspace.index())) {
      SimilarArticles.Result result = new SimilarArticles(searcher).like(title, limit);
      if (output.json()) {
        new JsonPrinter(System.out).print(SimilarPrinter.json(result));
      } else {
        new SimilarPrinter(System.out, output.style()).print(result);
        System.err.println(SimilarPrinter.summary(result));
      }
      return result.articles().isEmpty() ? 1 : 0;
    }
  }
}
