package org.entente.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads one corpus file (saved wiki HTML or plain text) into an {@link Article}. */
public final class ArticleReader {
  private ArticleReader() {}

  /** True for the files a corpus holds: .html, .htm and .txt. */
  public static boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
  }

  /**
   * Extracts {@code file} by its extension: .txt as plain text, anything else as wiki HTML.
   * {@code name} is how the article refers to it (the path relative to the corpus).
   */
  public static Article read(Path file, String name) throws IOException, ExtractionException {
    byte[] bytes = Files.readAllBytes(file);
    boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    if (!utf16) checkIsText(bytes);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      String text = new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
      return PlainTextExtractor.extract(text.startsWith("\uFEFF") ? text.substring(1) : text, name);
    }
    // A null charset lets jsoup honour a byte-order mark or <meta charset>, and fall back to UTF-8.
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    return WikiHtmlExtractor.extract(doc, name);
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

  /** Refuses empty files and binary ones (a NUL byte near the start), which no wiki page or text has. */
  private static void checkIsText(byte[] bytes) throws ExtractionException {
    boolean blank = true;
    for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
      byte b = bytes[i];
      if (b == 0) throw new ExtractionException("binary content (NUL bytes): not a wiki page or text file");
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') blank = false;
    }
    if (blank && bytes.length <= 8192) throw new ExtractionException("empty file");
  }
}
