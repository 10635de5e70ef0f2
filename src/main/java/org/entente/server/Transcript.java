package org.entente.server;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What one command wrote to stdout and stderr, in the order written, and how it is sent back: each line
 * prefixed {@code O} (stdout) or {@code E} (stderr), a last line without its newline prefixed {@code o}
 * or {@code e}, then {@code x CODE}. The launcher turns this back into the same bytes on the same
 * streams with {@code read} and {@code printf}.
 */
final class Transcript {
  private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
  private final Charset charset;
  private final Stream out = new Stream('O');
  private final Stream err = new Stream('E');
  private Stream last;

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

  /** The framed transcript ending in the exit code. */
  byte[] finish(int exitCode) {
    if (last != null) last.endPart();
    wire.writeBytes(("x " + exitCode + "\n").getBytes(StandardCharsets.US_ASCII));
    return wire.toByteArray();
  }

  /** One stream's bytes, framed a line at a time as they come. */
  private final class Stream extends OutputStream {
    private final char tag;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    Stream(char tag) {
      this.tag = tag;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (Transcript.this) {
        // Keep the order of interleaved writes: a switch of stream ends the other's partial line.
        if (last != null && last != this) last.endPart();
        last = this;
        for (int i = off; i < off + len; i++) {
          if (b[i] == '\n') {
            wire.write(tag);
            wire.writeBytes(line.toByteArray());
            wire.write('\n');
            line.reset();
          } else {
            line.write(b[i]);
          }
        }
      }
    }

    void endPart() {
      if (line.size() == 0) return;
      wire.write(Character.toLowerCase(tag));
      wire.writeBytes(line.toByteArray());
      wire.write('\n');
      line.reset();
    }
  }
}
