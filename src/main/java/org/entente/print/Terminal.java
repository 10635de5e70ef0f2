package org.entente.print;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's side of a command: their working folder, whether they are at a terminal, and their
 * environment. Normally this process's own; the resident search process answers for another process
 * and sets the caller's for the duration of one command.
 */
public record Terminal(Path cwd, boolean console, Map<String, String> env) {
  private static final ThreadLocal<Terminal> CALLER = new ThreadLocal<>();

  /** The terminal of the command being run. */
  public static Terminal current() {
    Terminal t = CALLER.get();
    return t != null ? t : new Terminal(Path.of("").toAbsolutePath(), System.console() != null, System.getenv());
  }

  /** Runs {@code body} as if started from {@code caller}. */
  public static <T> T as(Terminal caller, java.util.concurrent.Callable<T> body) throws Exception {
    Terminal before = CALLER.get();
    CALLER.set(caller);
    try {
      return body.call();
    } finally {
      CALLER.set(before);
    }
  }

  public String env(String name) {
    return env.get(name);
  }

  /** Colour for --color=auto: at a terminal, without NO_COLOR, and not TERM=dumb (as ripgrep). */
  public boolean colour() {
    return console && env("NO_COLOR") == null && !"dumb".equals(env("TERM"));
  }
}
