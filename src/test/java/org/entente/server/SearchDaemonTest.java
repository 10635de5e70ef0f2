package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.SharedData;
import org.entente.cli.Main;
import org.entente.index.IndexBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resident search process answers exactly as a fresh run would, and only whom and what it should. */
class SearchDaemonTest {
  static final Charset CS = Charset.defaultCharset();
  static final String BUILD = "test-build";
  @TempDir static Path tmp;
  static Path corpus;
  static Path index;
  static RuntimeDir runtime;
  static SearchDaemon daemon;
  static Thread serving;

  @BeforeAll
  static void start() throws Exception {
    corpus = Files.createDirectory(tmp.resolve("corpus"));
    for (String f : List.of("Litvinov_Protocol.html", "Franco-Soviet_Treaty_of_Mutual_Assistance.html", "Treaty_of_Rapallo_(1922).html")) {
      Path from = SharedData.CORPUS.resolve(f);
      if (Files.exists(from)) Files.copy(from, corpus.resolve(f));
    }
    index = tmp.resolve("index");
    reindex();
    runtime = new RuntimeDir(tmp.resolve("run"));
    daemon = new SearchDaemon(index, runtime, BUILD, null, Duration.ofMinutes(2), env("ENTENTE_DAEMON_WARMUP", "0"));
    assertTrue(daemon.start());
    serving = serveInBackground(daemon);
  }

  static Thread serveInBackground(SearchDaemon d) {
    Thread t = new Thread(() -> {
      try {
        d.serve();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    t.start();
    return t;
  }

  @AfterAll
  static void stop() throws Exception {
    daemon.stop();
    serving.join(5_000);
    assertFalse(serving.isAlive());
    assertFalse(Files.exists(runtime.card(index)), "the card goes with the process");
  }

  /** This process's environment (the locale requests must share) with one variable set. */
  static Map<String, String> env(String name, String value) {
    Map<String, String> env = new LinkedHashMap<>(System.getenv());
    env.put(name, value);
    return env;
  }

  static void reindex() throws Exception {
    new IndexBuilder(corpus, index, 1).build(false, new IndexBuilder.Listener() {});
  }

  static Request search(String token, String build, Path forIndex, String... args) {
    List<String> argv = new ArrayList<>(List.of("--index", forIndex.toString()));
    argv.addAll(List.of(args));
    return request(token, build, forIndex, argv.toArray(String[]::new));
  }

  static Request request(String token, String build, Path forIndex, String... args) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String name : SearchDaemon.ENV) {
      if (System.getenv(name) != null && !name.equals("ENTENTE_HOME")) env.put(name, System.getenv(name));
    }
    List<String> argv = new ArrayList<>(List.of("search", "--corpus", corpus.toString()));
    argv.addAll(List.of(args));
    return new Request("search", token, build, forIndex, Path.of("").toAbsolutePath(), false, env, argv);
  }

  static DaemonClient.Reply ask(String... args) throws Exception {
    RuntimeDir.Card card = runtime.readCard(index);
    return DaemonClient.send(card.port(), search(card.token(), BUILD, index, args));
  }

  /** The same command run in this JVM, as the launcher would without the daemon. */
  static DaemonClient.Reply fresh(String... args) {
    Request r = search(null, null, index, args);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    synchronized (SearchDaemon.class) {
      try {
        System.setOut(new PrintStream(o, true, CS));
        System.setErr(new PrintStream(e, true, CS));
        int code = Main.run(r.args().toArray(String[]::new));
        return new DaemonClient.Reply(null, o.toByteArray(), e.toByteArray(), code);
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
    }
  }

  /** The search's own timing differs from run to run. */
  static String untimed(String err) {
    return err.replaceAll(", [0-9.]+ ms\\)", ", N ms)").replaceAll("\"millis\" : [0-9.]+", "\"millis\" : N");
  }

  static void assertSame(DaemonClient.Reply expected, DaemonClient.Reply actual) {
    assertTrue(actual.answered(), "refused: " + actual.refused());
    assertEquals(expected.code(), actual.code());
    assertEquals(untimed(expected.out(CS)), untimed(actual.out(CS)));
    assertEquals(untimed(expected.err(CS)), untimed(actual.err(CS)));
  }

  @Test
  void answersAHitAsAFreshRunWould() throws Exception {
    DaemonClient.Reply reply = ask("Litvinov");
    assertEquals(0, reply.code());
    assertTrue(reply.out(CS).contains("Litvinov Protocol"), reply.out(CS));
    assertSame(fresh("Litvinov"), reply);
    assertSame(fresh("--json", "Litvinov"), ask("--json", "Litvinov"));
    assertSame(fresh("--color", "always", "Rapallo"), ask("--color", "always", "Rapallo"));
  }

  @Test
  void answersNoHitAndABadQueryAsAFreshRunWould() throws Exception {
    DaemonClient.Reply none = ask("zzyzxqq");
    assertEquals(1, none.code());
    assertSame(fresh("zzyzxqq"), none);
    DaemonClient.Reply bad = ask("title:(");
    assertEquals(2, bad.code());
    assertTrue(bad.err(CS).startsWith("entente: "), bad.err(CS));
    assertSame(fresh("title:("), bad);
    assertSame(fresh("--limit", "0", "x"), ask("--limit", "0", "x"));
  }

  @Test
  void repliesWithByteCountsAndTheStreamsUnchanged() throws Exception {
    RuntimeDir.Card card = runtime.readCard(index);
    byte[] wire;
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), card.port())) {
      search(card.token(), BUILD, index, "--color", "always", "Rapallo")
          .write(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8));
      wire = s.getInputStream().readAllBytes();
    }
    String all = new String(wire, StandardCharsets.ISO_8859_1);
    String header = all.substring(0, all.indexOf('\n') + 1);
    assertTrue(header.matches("x 0 [0-9]+ [0-9]+\n"), header);
    String[] f = header.strip().split(" ");
    int out = Integer.parseInt(f[2]);
    int err = Integer.parseInt(f[3]);
    assertEquals(header.length() + out + err, wire.length, "the counts cover the rest of the reply");
    DaemonClient.Reply fresh = fresh("--color", "always", "Rapallo");
    assertEquals(untimed(fresh.out(CS)), untimed(new String(wire, header.length(), out, CS)));
    assertEquals(untimed(fresh.err(CS)), untimed(new String(wire, header.length() + out, err, CS)));
  }

  @Test
  void refusesAWrongToken() throws Exception {
    RuntimeDir.Card card = runtime.readCard(index);
    assertEquals("token", DaemonClient.send(card.port(), search("0" + card.token(), BUILD, index, "Litvinov")).refused());
    assertEquals("token", DaemonClient.send(card.port(), search(null, BUILD, index, "Litvinov")).refused());
  }

  @Test
  void refusesAnotherIndexAndWhatAFreshJvmWouldWordDifferently() throws Exception {
    RuntimeDir.Card card = runtime.readCard(index);
    Path other = tmp.resolve("other-index");
    assertEquals("index", DaemonClient.send(card.port(), search(card.token(), BUILD, other, "Litvinov")).refused());
    // The request names this index, but the arguments ask for another: still refused.
    Request sly = request(card.token(), BUILD, index, "--index", other.toString(), "Litvinov");
    assertEquals("index", DaemonClient.send(card.port(), sly).refused());
    assertEquals("command", ask("--help").refused());
  }

  @Test
  void picksUpAReindexedCorpus() throws Exception {
    assertEquals(1, ask("Zoltwarsky").code());
    Files.writeString(corpus.resolve("Zoltwarsky_Note.txt"), "Zoltwarsky Note\n\nThe Zoltwarsky note of 1927 was never sent.\n");
    reindex();
    DaemonClient.Reply after = ask("Zoltwarsky");
    assertEquals(0, after.code(), after.err(CS));
    assertTrue(after.out(CS).contains("Zoltwarsky"), after.out(CS));
    assertSame(fresh("Zoltwarsky"), after);
  }

  @Test
  void picksUpAReindexAfterTheIndexStoodStill() throws Exception {
    // As if the last commit were long past: the process then trusts the folder's time alone.
    Files.setLastModifiedTime(index, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    assertEquals(1, ask("Quarnerov").code());
    assertEquals(1, ask("Quarnerov").code());
    Files.writeString(corpus.resolve("Quarnerov_Memorandum.txt"), "Quarnerov Memorandum\n\nThe Quarnerov memorandum of 1931.\n");
    reindex();
    DaemonClient.Reply after = ask("Quarnerov");
    assertEquals(0, after.code(), after.err(CS));
    assertSame(fresh("Quarnerov"), after);
  }

  @Test
  void listensOnLoopbackOnlyAndKeepsItsTokenPrivate() throws Exception {
    assertEquals("127.0.0.1", daemon.address().getHostAddress());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime.card(index))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime.dir())));
  }

  @Test
  void anotherBuildIsRefusedAndTheStaleProcessExits() throws Exception {
    RuntimeDir own = new RuntimeDir(tmp.resolve("run-build"));
    try (SearchDaemon old = new SearchDaemon(index, own, "old-build", null, Duration.ofMinutes(1), env("ENTENTE_DAEMON_WARMUP", "0"))) {
      assertTrue(old.start());
      Thread t = serveInBackground(old);
      RuntimeDir.Card card = own.readCard(index);
      assertEquals("build", DaemonClient.send(card.port(), search(card.token(), "new-build", index, "Litvinov")).refused());
      t.join(5_000);
      assertFalse(t.isAlive(), "a process of an old build makes way");
    }
  }

  @Test
  void warmsUpWhileIdleAndAnswersAsBefore() throws Exception {
    RuntimeDir own = new RuntimeDir(tmp.resolve("run-warm"));
    try (SearchDaemon warm = new SearchDaemon(index, own, BUILD, null, Duration.ofMinutes(1), env("ENTENTE_DAEMON_WARMUP", "6"))) {
      assertTrue(warm.start());
      Thread t = serveInBackground(warm);
      RuntimeDir.Card card = own.readCard(index);
      assertSame(fresh("Litvinov"), DaemonClient.send(card.port(), search(card.token(), BUILD, index, "Litvinov")));
      for (int i = 0; i < 300 && warm.warmupsRun() < 6; i++) Thread.sleep(100);
      assertEquals(6, warm.warmupsRun(), "common words of the index were searched");
      assertSame(fresh("Rapallo"), DaemonClient.send(card.port(), search(card.token(), BUILD, index, "Rapallo")));
      warm.stop();
      t.join(5_000);
    }
  }

  @Test
  void exitsAfterTheIdleTimeout() throws Exception {
    RuntimeDir own = new RuntimeDir(tmp.resolve("run-idle"));
    try (SearchDaemon idle = new SearchDaemon(index, own, BUILD, null, Duration.ofMillis(300), System.getenv())) {
      assertTrue(idle.start());
      long t0 = System.nanoTime();
      idle.serve();
      assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
      assertFalse(Files.exists(own.card(index)));
    }
  }
}
