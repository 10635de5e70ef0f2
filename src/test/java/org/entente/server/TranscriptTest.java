package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reply a command's output becomes: a header with byte counts, then stdout and stderr unchanged. */
class TranscriptTest {
  @Test
  void countsBytesNotCharactersAndKeepsTheStreamsApart() {
    Transcript t = new Transcript(StandardCharsets.UTF_8);
    PrintStream out = t.out();
    PrintStream err = t.err();
    out.println(" 1. Edvard Beneš \\ ");
    err.print("12 articles");
    out.print("no newline at the end");
    byte[] o = " 1. Edvard Beneš \\ \nno newline at the end".getBytes(StandardCharsets.UTF_8);
    byte[] e = "12 articles".getBytes(StandardCharsets.UTF_8);
    String header = "x 0 " + o.length + " " + e.length + "\n";
    byte[] expected = new byte[header.length() + o.length + e.length];
    System.arraycopy(header.getBytes(StandardCharsets.US_ASCII), 0, expected, 0, header.length());
    System.arraycopy(o, 0, expected, header.length(), o.length);
    System.arraycopy(e, 0, expected, header.length() + o.length, e.length);
    assertArrayEquals(expected, t.finish(0));
  }

  @Test
  void refusesOutputWithANulByteWhichBashCannotHold() {
    Transcript t = new Transcript(StandardCharsets.UTF_8);
    t.out().print("a\0b");
    assertNull(t.finish(0));
  }
}
