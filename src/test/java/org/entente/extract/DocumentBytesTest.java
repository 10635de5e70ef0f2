package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentBytesTest {
  @TempDir Path tmp;

  private static String refused(byte[] bytes) {
    return assertThrows(UnusableFileException.class, () -> DocumentBytes.of(bytes)).getMessage();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length + 64];
    for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
    for (int i = values.length; i < b.length; i++) b[i] = 'x';
    return b;
  }

  @Test
  void emptyAndBlankFilesAreRefused() {
    assertEquals("empty file", refused(new byte[0]));
    assertEquals("empty file (only white space)", refused(" \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void binaryFilesAreNamedBySignature() {
    assertTrue(refused("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)).contains("PDF"));
    assertTrue(refused(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)).contains("PNG"));
    assertTrue(refused(bytes(0xFF, 0xD8, 0xFF, 0xE0)).contains("JPEG"));
    assertTrue(refused("GIF89a....".getBytes(StandardCharsets.US_ASCII)).contains("GIF"));
    assertTrue(refused(bytes('P', 'K', 3, 4)).contains("ZIP"));
    assertTrue(refused(bytes(0x1F, 0x8B, 8)).contains("gzip"));
    assertTrue(refused("<html>\0\0\0<body>".getBytes(StandardCharsets.US_ASCII)).contains("NUL bytes"));
  }

  @Test
  void aRealPageIsUtf8AndSelfDescribing() throws Exception {
    DocumentBytes doc = DocumentBytes.read(SharedData.corpusFile("Edvard_Beneš.html"), DocumentBytes.DEFAULT_MAX_BYTES);
    assertEquals(StandardCharsets.UTF_8, doc.charset());
    assertTrue(doc.verbatim());
    assertTrue(doc.text().contains("Beneš"));
  }

  @Test
  void aMetaCharsetIsHonoured() throws Exception {
    Charset cyrillic = Charset.forName("windows-1251");
    byte[] page = "<html><head><meta charset=\"windows-1251\"><title>Литвинов</title></head><body>Литвинов</body></html>"
        .getBytes(cyrillic);
    DocumentBytes doc = DocumentBytes.of(page);
    assertEquals(cyrillic, doc.charset());
    assertTrue(doc.text().contains("Литвинов"));
    assertFalse(doc.verbatim());
  }

  @Test
  void latin1LabelsAreReadAsWindows1252LikeBrowsersDo() throws Exception {
    byte[] page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\u201cBriand\u201d \u2013 Stresemann</p>"
        .getBytes(Charset.forName("windows-1252"));
    DocumentBytes doc = DocumentBytes.of(page);
    assertEquals("windows-1252", doc.charset().name());
    assertTrue(doc.text().contains("\u201cBriand\u201d \u2013 Stresemann"), doc.text());
    assertFalse(doc.verbatim(), "jsoup would read these bytes as ISO-8859-1 and lose the quotes");
  }

  @Test
  void undeclaredBytesThatAreNotUtf8FallBackToWindows1252() throws Exception {
    byte[] page = "<p>Brüning, Sèvres, naïve \u201cquoted\u201d</p>".getBytes(Charset.forName("windows-1252"));
    DocumentBytes doc = DocumentBytes.of(page);
    assertEquals("windows-1252", doc.charset().name());
    assertEquals("<p>Brüning, Sèvres, naïve \u201cquoted\u201d</p>", doc.text());
    assertFalse(doc.verbatim());
  }

  @Test
  void utf8WithAFewBrokenBytesStaysUtf8() throws Exception {
    byte[] good = "<p>Beneš, Litvinov, Sèvres, Brüning, Curzon – and more ”quotes“</p>".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[good.length + 1];
    System.arraycopy(good, 0, broken, 0, 10);
    broken[10] = (byte) 0xC3; // a lone lead byte
    System.arraycopy(good, 10, broken, 11, good.length - 10);
    DocumentBytes doc = DocumentBytes.of(broken);
    assertEquals(StandardCharsets.UTF_8, doc.charset());
    assertTrue(doc.text().contains("Brüning"));
  }

  @Test
  void aByteOrderMarkWinsAndUtf16IsNotBinary() throws Exception {
    byte[] utf16 = "\uFEFF<p>Locarno</p>".getBytes(StandardCharsets.UTF_16LE);
    DocumentBytes doc = DocumentBytes.of(utf16);
    assertEquals(StandardCharsets.UTF_16LE, doc.charset());
    assertEquals("<p>Locarno</p>", doc.text());
  }

  @Test
  void filesOverTheLimitAreRefusedWithoutReadingThem() throws Exception {
    Path big = tmp.resolve("big.txt");
    Files.write(big, new byte[3 * 1024 * 1024 + 1]);
    String reason = assertThrows(UnusableFileException.class, () -> DocumentBytes.read(big, 2 * 1024 * 1024)).getMessage();
    assertEquals("3.0 MB, over the 2 MB limit (raise it with --max-file-size)", reason);
  }
}
