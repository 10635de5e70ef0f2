package org.entente.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What one command wrote to stdout and stderr, and how it is sent back: a header line
 * {@code x CODE OUT-BYTES ERR-BYTES}, then the stdout bytes, then the stderr bytes, unchanged. Byte
 * counts let the launcher take each stream with one {@code read -N} (a few large reads) where reading
 * lines costs bash a system call per byte.
 */
final class Transcript {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Charset charset;

  /** {@code charset}: the one a fresh JVM would print with, in the caller's locale. */
  Transcript(Charset charset) {
    this.charset = charset;
  }

  PrintStream out() {
    return new PrintStream(out, true, charset);
  }

  PrintStream err() {
    return new PrintStream(err, true, charset);
  }

  /**
   * The reply ending the command, or null when its output holds a NUL byte: bash variables cannot, so
   * the launcher could not print it as a fresh JVM would.
   */
  byte[] finish(int exitCode) {
    byte[] o = out.toByteArray();
    byte[] e = err.toByteArray();
    if (hasNul(o) || hasNul(e)) return null;
    byte[] header = ("x " + exitCode + " " + o.length + " " + e.length + "\n").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream wire = new ByteArrayOutputStream(header.length + o.length + e.length);
    wire.writeBytes(header);
    wire.writeBytes(o);
    wire.writeBytes(e);
    return wire.toByteArray();
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) if (b == 0) return true;
    return false;
  }
}
