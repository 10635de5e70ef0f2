package org.entente.cli;

import java.nio.file.Path;
import org.entente.print.Terminal;
import picocli.CommandLine.Option;

/**
 * Where the corpus and the index are. Defaults are corpus/ and index/ of the Entente checkout when the
 * launcher sets ENTENTE_HOME, of the current folder otherwise; paths the user gives are taken as given.
 */
public final class Workspace {
  @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: corpus/)")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/)")
  Path index;

  public Path corpus() {
    return corpus != null ? corpus : home().resolve("corpus");
  }

  public Path index() {
    return index != null ? index : home().resolve("index");
  }

  private static Path home() {
    Terminal terminal = Terminal.current();
    String home = terminal.env("ENTENTE_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    Path cwd = terminal.cwd();
    Path abs = cwd.resolve(base).normalize();
    // Relative to the user's folder when possible, so printed paths stay short and clickable.
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }
}
