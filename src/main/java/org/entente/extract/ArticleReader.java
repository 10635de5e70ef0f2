package org.entente.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;

/** Reads one corpus file (saved wiki HTML or plain text) into an {@link Article}. */
public final class ArticleReader {
  private ArticleReader() {}

  /** True for the files a corpus holds: .html, .htm and .txt. */
  public static boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
  }

  /**
   * Extracts {@code file} as the indexer does: its bytes checked and decoded by {@link DocumentBytes}
   * (empty, binary and oversized files refused), then .txt as plain text, anything else as wiki HTML.
   * {@code name} is how the article refers to it (the path relative to the corpus).
   */
  public static Article read(Path file, String name) throws IOException, ExtractionException {
    return read(DocumentBytes.read(file, DocumentBytes.DEFAULT_MAX_BYTES).text(), name);
  }

  /**
   * Extracts a document already decoded to text (the indexer checks and decodes bytes itself):
   * a {@code name} ending in .txt is plain text, anything else wiki HTML.
   */
  public static Article read(String text, String name) throws ExtractionException {
    if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
      return PlainTextExtractor.extract(text.startsWith("\uFEFF") ? text.substring(1) : text, name);
    }
    return WikiHtmlExtractor.extract(Jsoup.parse(text), name);
  }
}
