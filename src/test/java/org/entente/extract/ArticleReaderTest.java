package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files from disk: dispatch by extension, charsets, and files that are no article at all. */
class ArticleReaderTest {
  @TempDir Path dir;

  @Test
  void acceptsHtmlAndTextOnly() {
    assertTrue(ArticleReader.accepts(Path.of("a/Munich_Agreement.HTML")));
    assertTrue(ArticleReader.accepts(Path.of("notes.txt")));
    assertFalse(ArticleReader.accepts(Path.of("scan.pdf")));
  }

  @Test
  void emptyFileIsRefusedWithAReason() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.html"), "");
    ExtractionException e = assertThrows(ExtractionException.class, () -> ArticleReader.read(empty, "empty.html"));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void binaryFileIsRefusedWithAReason() throws Exception {
    Path binary = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    ExtractionException e = assertThrows(ExtractionException.class, () -> ArticleReader.read(binary, "photo.html"));
    assertEquals("binary file (NUL bytes), not a wiki page or text", e.getMessage());
  }

  @Test
  void honoursMetaCharset() throws Exception {
    String html = "<html><head><meta charset=\"windows-1250\"><title>Edvard Beneš - Wikipedia</title></head>"
        + "<body><p>Beneš signed in Kožlany.</p></body></html>";
    Path page = Files.write(dir.resolve("benes.htm"), html.getBytes(Charset.forName("windows-1250")));
    Article benes = ArticleReader.read(page, "benes.htm");

    assertEquals("Edvard Beneš", benes.title());
    assertEquals("Beneš signed in Kožlany.", benes.lead());
  }

  @Test
  void undeclaredLegacyBytesAreReadAsWindows1252LikeTheIndexerReadsThem() throws Exception {
    String html = "<html><head><title>Heinrich Brüning - Wikipedia</title></head>"
        + "<body><p>Brüning met the \u201cReparation Commission\u201d.</p></body></html>";
    Path page = Files.write(dir.resolve("bruning.html"), html.getBytes(Charset.forName("windows-1252")));
    Article bruning = ArticleReader.read(page, "bruning.html");

    assertEquals("Heinrich Brüning", bruning.title());
    assertEquals("Brüning met the \u201cReparation Commission\u201d.", bruning.lead());
  }

  @Test
  void textFilesGoToThePlainTextExtractor() throws Exception {
    Path text = Files.write(dir.resolve("pact.txt"),
        "\uFEFFItalo-Soviet Pact\nSignedSeptember 2, 1933\n\nA pact.".getBytes(StandardCharsets.UTF_8));
    Article pact = ArticleReader.read(text, "sub/pact.txt");

    assertEquals("Italo-Soviet Pact", pact.title());
    assertEquals(Flavor.PLAIN_TEXT, pact.flavor());
    assertEquals("sub/pact.txt", pact.file());
  }
}
