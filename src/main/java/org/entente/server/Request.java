package org.entente.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to the resident search process, as lines {@code key value} ended by {@code end}: what to
 * do ({@code op search|stop|ping}), the secret token, the client's build id, the absolute index path,
 * and for a search the caller's folder, terminal flag, environment and arguments. Values escape
 * backslash and newline as {@code \\} and {@code \n}, so the bash launcher can write them with
 * parameter expansion alone.
 */
public record Request(String op, String token, String build, Path index, Path cwd, boolean console,
    Map<String, String> env, List<String> args) {
  static final String MAGIC = "entente-daemon 1";
  /** A request longer than this is not from our launcher. */
  private static final int MAX_LINES = 10_000;

  public static Request read(BufferedReader in) throws IOException {
    String first = in.readLine();
    if (!MAGIC.equals(first)) throw new IOException("not an entente request");
    String op = null, token = null, build = null;
    Path index = null, cwd = null;
    boolean console = false;
    Map<String, String> env = new LinkedHashMap<>();
    List<String> args = new ArrayList<>();
    for (int n = 0; n < MAX_LINES; n++) {
      String line = in.readLine();
      if (line == null) throw new IOException("request cut short");
      if (line.equals("end")) return new Request(op, token, build, index, cwd, console, env, args);
      int space = line.indexOf(' ');
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : unescape(line.substring(space + 1));
      switch (key) {
        case "op" -> op = value;
        case "token" -> token = value;
        case "build" -> build = value;
        case "index" -> index = Path.of(value);
        case "cwd" -> cwd = Path.of(value);
        case "tty" -> console = value.equals("1");
        case "env" -> {
          int eq = value.indexOf('=');
          if (eq > 0) env.put(value.substring(0, eq), value.substring(eq + 1));
        }
        case "arg" -> args.add(value);
        default -> { } // a newer launcher's field: ignore
      }
    }
    throw new IOException("request too long");
  }

  public void write(Writer out) throws IOException {
    out.write(MAGIC + "\n");
    line(out, "op", op);
    line(out, "token", token);
    line(out, "build", build);
    if (index != null) line(out, "index", index.toString());
    if (cwd != null) line(out, "cwd", cwd.toString());
    line(out, "tty", console ? "1" : "0");
    for (Map.Entry<String, String> e : env.entrySet()) line(out, "env", e.getKey() + "=" + e.getValue());
    for (String a : args) line(out, "arg", a);
    out.write("end\n");
    out.flush();
  }

  private static void line(Writer out, String key, String value) throws IOException {
    if (value != null) out.write(key + " " + escape(value) + "\n");
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n");
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) return s;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        b.append(next == 'n' ? '\n' : next);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
