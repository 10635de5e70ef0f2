package org.entente.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads one corpus file (saved wiki HTML or plain text) into an {@link Article}. */
public final class ArticleReader {
  private ArticleReader() {}

  /** True for the files a corpus holds: .html, .htm and .txt. */
  public static boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
  }

  /**
   * Extracts {@code file}; {@code name} is how the article refers to it (the path relative to the corpus).
   * TODO(extract): placeholder until WikiHtmlExtractor and PlainTextExtractor land.
   */
  public static Article read(Path file, String name) throws IOException, ExtractionException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(content);
    String title = doc.title().replace(" - Wikipedia", "");
    Section body = new Section(0, "", 0, List.of(), doc.body().text());
    return new Article(title, "", name, Flavor.VECTOR_LEGACY, List.of(body), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
