package org.entente.server;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
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
      // Latin-1 keeps the bytes of each line as they came.
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      for (String line; (line = in.readLine()) != null; ) {
        if (line.equals("ok")) return new Reply(null, out.toByteArray(), err.toByteArray(), 0);
        if (line.isEmpty()) continue;
        char tag = line.charAt(0);
        byte[] text = line.substring(1).getBytes(StandardCharsets.ISO_8859_1);
        switch (tag) {
          case 'r' -> { return new Reply(line.substring(1).strip(), new byte[0], new byte[0], -1); }
          case 'x' -> { return new Reply(null, out.toByteArray(), err.toByteArray(), Integer.parseInt(line.substring(1).strip())); }
          case 'O', 'o' -> { out.writeBytes(text); if (tag == 'O') out.write('\n'); }
          case 'E', 'e' -> { err.writeBytes(text); if (tag == 'E') err.write('\n'); }
          default -> throw new IOException("unexpected reply line: " + line);
        }
      }
      throw new IOException("reply cut short");
    }
  }
}
