package org.entente.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.DocumentBytes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size the user types, like {@code 500KB}, {@code 64MB}, {@code 1.5G} or a plain number of bytes. */
final class ByteSize {
  private static final Pattern SIZE =
      Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\\s*");

  private ByteSize() {}

  /** The number of bytes {@code text} means (multiples of 1024), or an exception saying what is wrong. */
  static long parse(String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a size (examples: 500KB, 64MB, 1GB)");
    }
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT).substring(0, 1);
    long factor = switch (unit) {
      case "k" -> 1024L;
      case "m" -> 1024L * 1024;
      case "g" -> 1024L * 1024 * 1024;
      default -> 1L;
    };
    double bytes = Double.parseDouble(m.group(1)) * factor;
    if (bytes < 1 || bytes > DocumentBytes.LARGEST_MAX_BYTES) {
      throw new IllegalArgumentException("'" + text + "' is out of range (1 byte to 2GB)");
    }
    return (long) bytes;
  }

  /** Lets picocli read a size option, reporting a bad one as a usage error. */
  static final class Converter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
