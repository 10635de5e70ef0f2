package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.MultiTerms;
import org.entente.index.IndexStore;
import org.entente.index.Schema;
import org.entente.print.HitPrinter;
import org.entente.print.JsonPrinter;
import org.entente.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente stats}: what the index holds and when it was built. */
@Command(name = "stats", description = "Index statistics: articles, sections, terms, size on disk, build time.")
final class StatsCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Option(names = "--json", description = "print one JSON document")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path dir = workspace.index();
    try (Searcher searcher = Searcher.open(dir)) {
      DirectoryReader reader = searcher.reader();
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("index", dir.toString());
      stats.put("corpus", IndexStore.corpusOf(reader).map(HitPrinter::displayPath).orElse(""));
      stats.put("articles", searcher.articleCount());
      stats.put("sections", searcher.indexSearcher().count(Schema.sections()));
      stats.put("body_terms", termCount(reader, Schema.BODY));
      stats.put("size_bytes", size(dir));
      stats.put("segments", reader.leaves().size());
      stats.put("schema_version", Schema.VERSION);
      String built = reader.getIndexCommit().getUserData().get(Schema.BUILT_KEY);
      stats.put("built", built == null ? "" : Instant.ofEpochMilli(Long.parseLong(built)).toString());
      if (json) {
        new JsonPrinter(System.out).print(stats);
      } else {
        for (Map.Entry<String, Object> e : stats.entrySet()) {
          Object v = e.getKey().equals("size_bytes") ? megabytes((Long) e.getValue()) : e.getValue();
          System.out.println(String.format(Locale.ROOT, "%-15s %s", e.getKey().replace("size_bytes", "size") + ":", v));
        }
      }
      return 0;
    }
  }

  private static long termCount(DirectoryReader reader, String field) throws java.io.IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) return 0;
    long n = terms.size();
    if (n >= 0) return n;
    long count = 0;
    var it = terms.iterator();
    while (it.next() != null) count++;
    return count;
  }

  private static long size(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
