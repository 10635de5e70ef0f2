package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of one corpus file, checked before an extractor sees them: refused when empty, binary or
 * over the size limit, and read in the charset a browser would choose (byte-order mark, then
 * {@code <meta charset>}, then UTF-8, then windows-1252 for bytes that are not UTF-8).
 *
 * @param verbatim true when the bytes are well-formed UTF-8 that any reader assuming UTF-8 decodes to
 *     {@link #text()}; false when another charset was declared or guessed, or bytes were malformed
 */
public record DocumentBytes(byte[] bytes, Charset charset, boolean verbatim) {
  /** The default size limit: no saved article comes close, while a stray data dump would fill memory. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** Arrays cannot be larger, so neither can the limit. */
  public static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 16;

  /** How far binary signatures, NUL bytes and charset declarations are looked for. */
  private static final int HEAD = 8192;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("(?i)^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)");
  /** Labels the HTML standard reads as windows-1252, which is what pages so labelled really are. */
  private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1",
      "us-ascii", "ascii", "cp819", "ibm819", "iso_8859-1", "x-user-defined", "cp1252", "windows-1252");

  /** Reads and checks {@code file}, refusing it if it holds more than {@code maxBytes}. */
  public static DocumentBytes read(Path file, long maxBytes) throws IOException, UnusableFileException {
    long limit = Math.min(maxBytes, LARGEST_MAX_BYTES);
    long size = Files.size(file);
    if (size > limit) throw new UnusableFileException(tooLarge(size, limit));
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // One byte past the limit catches a file that grew since its size was read, without holding more.
      bytes = in.readNBytes((int) limit + 1);
    }
    if (bytes.length > limit) throw new UnusableFileException(tooLarge(bytes.length, limit));
    return of(bytes);
  }

  /** Checks bytes already in memory. */
  public static DocumentBytes of(byte[] bytes) throws UnusableFileException {
    if (bytes.length == 0) throw new UnusableFileException("empty file");
    Charset bom = bom(bytes);
    if (bom == null) {
      String kind = binaryKind(bytes);
      if (kind != null) throw new UnusableFileException("binary file (" + kind + "), not a wiki page or text");
    }
    DocumentBytes doc = bom != null
        ? new DocumentBytes(bytes, bom, bom == StandardCharsets.UTF_8 && Utf8Check.of(bytes).malformed() == 0)
        : decide(bytes);
    if (blank(bytes)) throw new UnusableFileException("empty file (only white space)");
    return doc;
  }

  /** The text, decoded; bytes the charset cannot map become U+FFFD, and a byte-order mark is dropped. */
  public String text() {
    String text = new String(bytes, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String tooLarge(long size, long limit) {
    return String.format(Locale.ROOT, "%s, over the %s limit (raise it with --max-file-size)",
        megabytes(size), megabytes(limit));
  }

  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb >= 10 || mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb)
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
    return null;
  }

  /** What kind of binary file this is, by its signature or by NUL bytes near the start; null for text. */
  static String binaryKind(byte[] b) {
    if (starts(b, "%PDF-")) return "PDF";
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "PNG image";
    if (starts(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
    if (starts(b, "GIF87a") || starts(b, "GIF89a")) return "GIF image";
    if (starts(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
      return "WebP image";
    }
    if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) return "ZIP archive or office document";
    if (starts(b, 0x1F, 0x8B)) return "gzip archive";
    if (starts(b, 0xFD, '7', 'z', 'X', 'Z', 0)) return "xz archive";
    if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) return "7-Zip archive";
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return "old Microsoft Office document";
    if (starts(b, 0x7F, 'E', 'L', 'F')) return "executable";
    int n = Math.min(b.length, HEAD);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) return "NUL bytes";
    }
    return null;
  }

  private static boolean starts(byte[] b, String ascii) {
    return starts(b, ascii.chars().toArray());
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  /** True when every byte is white space (in ASCII or UTF-16, whose other half is a NUL byte). */
  private static boolean blank(byte[] b) {
    int start = bom(b) == null ? 0 : (b[0] & 0xFF) == 0xEF ? 3 : 2;
    for (int i = start; i < b.length; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0) return false;
    }
    return true;
  }

  /** Without a byte-order mark: the declared charset, else UTF-8 if the bytes are mostly UTF-8, else windows-1252. */
  private static DocumentBytes decide(byte[] b) {
    String declared = declaredCharset(b);
    if (declared != null && !declared.startsWith("utf-")) {
      // Pages labelled ISO-8859-1 are windows-1252 (curly quotes and dashes in 0x80–0x9F), as browsers know.
      if (LATIN1_LABELS.contains(declared)) return new DocumentBytes(b, WINDOWS_1252, false);
      Charset cs = supported(declared);
      if (cs != null) return new DocumentBytes(b, cs, false);
    }
    Utf8Check check = Utf8Check.of(b);
    if (check.malformed() == 0) return new DocumentBytes(b, StandardCharsets.UTF_8, true);
    // A few broken bytes in a UTF-8 page are damage; a text with no UTF-8 sequences at all is legacy.
    if (check.multibyte() > check.malformed()) return new DocumentBytes(b, StandardCharsets.UTF_8, false);
    return new DocumentBytes(b, WINDOWS_1252, false);
  }

  /** The charset named by {@code <meta charset>} (either form) or an XML declaration, lower case; null if none. */
  static String declaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, HEAD), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) return meta.group(1).toLowerCase(Locale.ROOT);
    Matcher xml = XML_ENCODING.matcher(head);
    return xml.find() ? xml.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static Charset supported(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /** Counts of well-formed multi-byte sequences and malformed bytes in a would-be UTF-8 text. */
  private record Utf8Check(int multibyte, int malformed) {
    static Utf8Check of(byte[] b) {
      int multibyte = 0;
      int malformed = 0;
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        boolean ok = len > 0 && i + len <= b.length;
        for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
        if (ok) {
          multibyte++;
          i += len;
        } else {
          malformed++;
          i++;
        }
      }
      return new Utf8Check(multibyte, malformed);
    }
  }
}
