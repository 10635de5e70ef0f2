package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.extract.Article;
import org.entente.extract.ArticleReader;
import org.entente.extract.InfoboxRow;
import org.entente.extract.Link;
import org.entente.extract.Section;
import org.entente.print.JsonPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente extract FILE}: what the extractor sees in one file, nothing indexed. */
@Command(name = "extract", description = "Show what the extractor sees in one HTML or text file.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "a saved wiki page (.html) or plain-text file (.txt)")
  Path file;

  @Option(names = "--json", description = "print the extracted article as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
    Article article = ArticleReader.read(file, file.getFileName().toString());
    if (json) {
      new JsonPrinter(System.out).print(article);
    } else {
      print(article, System.out);
    }
    return 0;
  }

  static void print(Article a, PrintStream out) {
    out.println("title:      " + a.title());
    if (!a.url().isEmpty()) out.println("url:        " + a.url());
    out.println("flavor:     " + a.flavor());
    out.println("categories: " + String.join("; ", a.categories()));
    if (!a.infobox().isEmpty()) {
      out.println("infobox:");
      for (InfoboxRow row : a.infobox()) out.println("  " + row.label() + ": " + row.value());
    }
    for (Section s : a.sections()) {
      out.println();
      out.println((s.level() == 0 ? "== (lead)" : "=".repeat(s.level()) + " " + s.displayPath())
          + "  [" + s.text().length() + " chars]");
      out.println(s.text());
    }
    out.println();
    out.println("links (" + a.links().size() + "):");
    for (Link l : a.links()) {
      out.println("  " + l.target() + (l.anchor().equals(l.target()) ? "" : "  ← \"" + l.anchor() + "\""));
    }
    out.println("references: " + a.references().size() + ", sources: " + a.sources().size());
  }
}
