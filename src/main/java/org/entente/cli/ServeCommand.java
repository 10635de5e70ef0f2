package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.server.BuildId;
import org.entente.server.DaemonClient;
import org.entente.server.Request;
import org.entente.server.RuntimeDir;
import org.entente.server.SearchDaemon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente serve}: the resident search process the launcher starts on demand (see
 * docs/daemon.md); {@code --stop} ends the one serving an index. Hidden: users never need to call it.
 */
@Command(name = "serve", hidden = true, description = "Answer searches of one index from a resident process (started by the launcher).")
final class ServeCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Option(names = "--build-id", paramLabel = "ID", description = "the launcher's id of the jar (default: computed from it)")
  String build;

  @Option(names = "--idle", paramLabel = "SECONDS", description = "exit after this long without a request (default: $ENTENTE_DAEMON_IDLE or 900)")
  Long idleSeconds;

  @Option(names = "--sources", paramLabel = "PATH", split = ",", description = "refuse while any of these is newer than the jar (the launcher's checkout)")
  List<Path> sources = List.of();

  @Option(names = "--stop", description = "stop the resident process serving the index, if any (exit 1: none)")
  boolean stop;

  @Override
  public Integer call() throws Exception {
    Path index = workspace.index().toAbsolutePath().normalize();
    RuntimeDir runtime = RuntimeDir.ofUser();
    if (stop) return stop(runtime, index);
    Path jar = BuildId.ownJar();
    String id = build != null ? build : jar != null ? BuildId.of(jar) : "dev";
    try (SearchDaemon daemon = new SearchDaemon(index, runtime, id, jar, idle(), System.getenv()).watching(sources)) {
      if (!daemon.start()) return Main.NOTHING; // another process serves this index
      daemon.serve();
    }
    return Main.FOUND;
  }

  private Duration idle() {
    if (idleSeconds != null) return Duration.ofSeconds(idleSeconds);
    String env = System.getenv("ENTENTE_DAEMON_IDLE");
    return Duration.ofSeconds(env == null || env.isBlank() ? 900 : Long.parseLong(env.strip()));
  }

  static int stop(RuntimeDir runtime, Path index) {
    try {
      RuntimeDir.Card card = runtime.readCard(index);
      DaemonClient.send(card.port(), new Request("stop", card.token(), null, index, null, false, Map.of(), List.of()));
      return Main.FOUND;
    } catch (Exception none) {
      return Main.NOTHING;
    }
  }
}
