package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.CorpusIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash launcher with the resident process on: the first search starts it, later ones go through it,
 * and all print what {@code ENTENTE_DAEMON=0} prints. An integration test ({@code mvn verify}): it runs
 * after the jar is packaged, against that jar, so that the launcher never builds from inside a test.
 */
class LauncherDaemonIT {
  @TempDir Path run;

  record Output(int code, String out, String err) {}

  Output launch(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("./entente"), Stream.of(args)).toList());
    pb.environment().remove("CI");
    pb.environment().put("XDG_RUNTIME_DIR", run.toString());
    pb.environment().put("ENTENTE_DAEMON_IDLE", "60");
    pb.environment().putAll(env);
    Path out = run.resolve("out");
    Path err = run.resolve("err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Output(code, Files.readString(out, StandardCharsets.UTF_8).replaceAll("\"millis\" : [0-9.]+", "\"millis\" : N"),
        Files.readString(err, StandardCharsets.UTF_8).replaceAll(", [0-9.]+ ms\\)", ", N ms)"));
  }

  static boolean jarIsFresh() throws Exception {
    Path jar = Path.of("target/entente.jar");
    if (!Files.isRegularFile(jar) || !Files.isExecutable(Path.of("entente"))) return false;
    long built = Files.getLastModifiedTime(jar).toMillis();
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      return files.allMatch(f -> f.toFile().lastModified() <= built);
    }
  }

  @Test
  void searchesThroughTheResidentProcessPrintTheSame() throws Exception {
    String stale = "target/entente.jar is missing or older than the sources: run mvn verify, not the test alone";
    // Under mvn verify the jar is always fresh: in CI a stale one is a failure, not a skip.
    if (System.getenv("CI") != null) assertTrue(jarIsFresh(), stale);
    else assumeTrue(jarIsFresh(), stale);
    String index = CorpusIndex.get().toString();
    Map<String, String> on = Map.of("ENTENTE_DAEMON", "1");
    Map<String, String> off = Map.of("ENTENTE_DAEMON", "0");
    RuntimeDir runtime = new RuntimeDir(run.resolve("entente-" + new com.sun.security.auth.module.UnixSystem().getUid()));
    Path card = runtime.card(Path.of(index));
    try {
      // A hit, none, an error on stderr only, JSON, colour codes, and non-ASCII text whose bytes the
      // launcher must count as bytes.
      for (List<String> args : List.of(List.of("search", "--index", index, "Litvinov"),
          List.of("search", "--index", index, "zzyzxqq"), List.of("search", "--index", index, "title:("),
          List.of("search", "--index", index, "--json", "Rapallo"),
          List.of("search", "--index", index, "--color", "always", "Beneš"))) {
        Output fresh = launch(off, args.toArray(String[]::new));
        launch(on, args.toArray(String[]::new)); // may start the resident process
        for (int i = 0; i < 300 && !Files.exists(card); i++) Thread.sleep(100);
        assertTrue(Files.exists(card), "the first search started a resident process");
        for (int i = 0; i < 2; i++) {
          Output via = launch(on, args.toArray(String[]::new));
          assertEquals(fresh, via, String.join(" ", args));
        }
      }
      assertTrue(Files.readString(runtime.log(Path.of(index))).contains("answered"), "the searches went through it");
    } finally {
      ProcessBuilder pb = new ProcessBuilder("java", "-jar", "target/entente.jar", "serve", "--stop", "--index", index);
      pb.environment().put("XDG_RUNTIME_DIR", run.toString());
      pb.inheritIO().start().waitFor();
      for (int i = 0; i < 100 && Files.exists(card); i++) Thread.sleep(100);
    }
  }
}
