package org.entente.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The Java side of the launcher's client (the launcher speaks the same protocol from bash): sends one
 * request and reads the reply. Used by {@code entente serve --stop} and the tests.
 */
public final class DaemonClient {
  private DaemonClient() {}

  /** A reply: refused (with the reason), a plain "ok", or a command's stdout, stderr and exit code. */
  public record Reply(String refused, byte[] out, byte[] err, int code) {
    public boolean answered() {
      return refused == null;
    }

    public String out(Charset cs) {
      return new String(out, cs);
    }

    public String err(Charset cs) {
      return new String(err, cs);
    }
  }

  public static Reply send(int port, Request request) throws IOException {
    try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
      s.setSoTimeout(30_000);
      request.write(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8));
      InputStream in = new BufferedInputStream(s.getInputStream());
      String head = header(in);
      if (head.equals("ok")) return new Reply(null, new byte[0], new byte[0], 0);
      if (head.startsWith("r ")) return new Reply(head.substring(2).strip(), new byte[0], new byte[0], -1);
      String[] f = head.split(" ");
      if (f.length != 4 || !f[0].equals("x")) throw new IOException("unexpected reply: " + head);
      return new Reply(null, bytes(in, Integer.parseInt(f[2])), bytes(in, Integer.parseInt(f[3])), Integer.parseInt(f[1]));
    }
  }

  private static byte[] bytes(InputStream in, int count) throws IOException {
    byte[] b = in.readNBytes(count);
    if (b.length != count) throw new IOException("reply cut short");
    return b;
  }

  /** The reply's first line, ASCII. */
  private static String header(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) throw new IOException("reply cut short");
      line.append((char) b);
    }
    return line.toString();
  }
}
