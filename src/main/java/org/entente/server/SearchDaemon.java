package org.entente.server;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.cli.Main;
import org.entente.print.Terminal;
import org.entente.search.SearcherSource;

/**
 * The resident search process: answers {@code entente search} for one index from a searcher kept open,
 * so that a search from the terminal costs a socket round trip instead of a JVM start. It listens on
 * 127.0.0.1 only, answers only a client that shows the secret token from the user's 0700 runtime
 * folder, runs one command at a time, and exits after an idle timeout. Whenever it cannot answer
 * exactly as a fresh JVM would (another index, build, locale or command), it refuses and the launcher
 * runs a fresh JVM instead.
 */
public final class SearchDaemon implements Closeable {
  /** The caller's environment that a search reads: paths, colour, and the charset of the output. */
  public static final List<String> ENV = List.of("ENTENTE_HOME", "NO_COLOR", "TERM", "LC_ALL", "LC_CTYPE", "LANG");
  private static final List<String> LOCALE = List.of("LC_ALL", "LC_CTYPE", "LANG");
  /** Options whose output a fresh JVM words differently (colour help, stack traces of this process). */
  private static final Set<String> FRESH_ONLY = Set.of("-h", "--help", "-V", "--version", "--debug");
  /** Searches run on itself after start: enough for the JIT to have compiled the search path. */
  private static final int WARMUP = 200;
  private static final byte[] OK = "ok\n".getBytes(StandardCharsets.US_ASCII);

  private final ResidentSearcher searchers;
  private final RuntimeDir runtime;
  private final String build;
  private final Path jar;
  private final Duration idle;
  private final Map<String, String> ownEnv;
  private final int warmupSearches;
  private final String token = HexFormat.of().formatHex(random());
  private ServerSocket server;
  private FileChannel lockFile;
  private FileLock lock;
  private volatile boolean stopping;
  /** This process's own stderr (the launcher's log file), not the caller's, which is swapped in per command. */
  private final PrintStream log = System.err;
  private SourceWatch sources;
  private Warmup warmup;
  private SearcherSource before;

  /**
   * {@code jar}: the jar this process runs from (null in tests); it stops answering once that changes.
   * {@code ownEnv}: the environment it was started with, whose locale a request must share, and
   * {@code ENTENTE_DAEMON_WARMUP}: how many searches it runs on itself while idle (default 200).
   */
  public SearchDaemon(Path index, RuntimeDir runtime, String build, Path jar, Duration idle, Map<String, String> ownEnv) {
    this.searchers = new ResidentSearcher(index);
    this.runtime = runtime;
    this.build = build;
    this.jar = jar;
    this.idle = idle;
    this.ownEnv = ownEnv;
    String warm = ownEnv.get("ENTENTE_DAEMON_WARMUP");
    this.warmupSearches = warm == null || warm.isBlank() ? WARMUP : Integer.parseInt(warm.strip());
  }

  private static byte[] random() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return b;
  }

  /**
   * Takes the index's lock, opens the index and starts listening, then publishes the card. False when
   * another resident process holds the lock (it serves the index already).
   */
  public boolean start() throws Exception {
    runtime.secure();
    lockFile = FileChannel.open(runtime.lock(searchers.index()), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    // A process of an older build may still be on its way out.
    for (int i = 0; i < 30 && lock == null; i++) {
      lock = lockFile.tryLock();
      if (lock == null) Thread.sleep(100);
    }
    if (lock == null) {
      lockFile.close();
      return false;
    }
    before = SearcherSource.current();
    SearcherSource.install(searchers);
    searchers.refresh();
    warmup = new Warmup(searchers.reader(), searchers.index(), warmupSearches);
    server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    runtime.writeCard(searchers.index(), new RuntimeDir.Card(server.getLocalPort(), token, build, ProcessHandle.current().pid()));
    return true;
  }

  /**
   * Source folders and files of a checkout: while any is newer than the jar the launcher must rebuild,
   * so this process refuses. Walking them here, warm, is cheaper than {@code find} in every launch.
   */
  public SearchDaemon watching(List<Path> sources) throws IOException {
    if (this.sources != null) this.sources.close();
    this.sources = sources.isEmpty() || jar == null ? null : new SourceWatch(sources, Files.getLastModifiedTime(jar));
    return this;
  }

  public int port() {
    return server.getLocalPort();
  }

  public InetAddress address() {
    return server.getInetAddress();
  }

  /** How many warm-up searches have run so far. */
  int warmupsRun() {
    return warmup.run();
  }

  /**
   * Answers requests one at a time until stopped or idle for the timeout; while none is waiting, runs
   * the warm-up searches, one at a time, so that a request waits for at most one of them.
   */
  public void serve() throws IOException {
    long deadline = System.nanoTime() + idle.toNanos();
    long warmStart = System.nanoTime();
    try {
      while (!stopping) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) return;
        boolean warming = !warmup.done();
        server.setSoTimeout(warming ? 1 : (int) Math.min(Integer.MAX_VALUE, left));
        try (Socket client = server.accept()) {
          client.setSoTimeout(5_000);
          answer(client);
          deadline = System.nanoTime() + idle.toNanos();
        } catch (SocketTimeoutException noRequest) {
          if (!warming) return;
          warmUp();
          if (warmup.done()) {
            log.printf(java.util.Locale.ROOT, "entente serve: warmed up with %d searches in %.1f s%n",
                warmup.run(), (System.nanoTime() - warmStart) / 1e9);
          }
        } catch (IOException e) {
          if (stopping || server.isClosed()) return;
          log.println("entente serve: " + e.getMessage());
        }
      }
    } finally {
      close();
    }
  }

  /** Ends {@link #serve()} from another thread. */
  public void stop() throws IOException {
    stopping = true;
    if (server != null) server.close();
  }

  private void answer(Socket client) throws IOException {
    long start = System.nanoTime();
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    Request r = Request.read(in);
    String refusal = refusal(r);
    if (refusal != null) {
      reply(out, refused(refusal));
      return;
    }
    switch (r.op()) {
      case "ping" -> reply(out, OK);
      case "stop" -> {
        reply(out, OK);
        stop();
      }
      default -> {
        long checked = System.nanoTime();
        byte[] answer = run(r.args(), new Terminal(r.cwd(), r.console(), r.env()));
        reply(out, answer);
        long end = System.nanoTime();
        log.printf(java.util.Locale.ROOT, "entente serve: %s in %.1f ms (request and checks %.1f, command %.1f)%n",
            answer[0] == 'r' ? "refused" : "answered", (end - start) / 1e6, (checked - start) / 1e6, (end - checked) / 1e6);
      }
    }
  }

  /** Why this process must not answer, or null. */
  private String refusal(Request r) throws IOException {
    if (r.token() == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
        r.token().getBytes(StandardCharsets.US_ASCII))) {
      return "token";
    }
    if ("stop".equals(r.op()) || "ping".equals(r.op())) return null;
    if (!"search".equals(r.op())) return "op";
    if (!build.equals(r.build()) || jarChanged()) {
      stopping = true; // another build is current: make way for a process that runs it
      return "build";
    }
    if (sources != null && sources.newerThanJar()) return "sources";
    if (r.index() == null || !r.index().toAbsolutePath().normalize().equals(searchers.index())) return "index";
    if (r.cwd() == null || !r.cwd().isAbsolute()) return "cwd";
    for (String name : LOCALE) {
      if (!Objects.equals(ownEnv.get(name), r.env().get(name))) return "locale";
    }
    if (r.args().isEmpty() || !r.args().get(0).equals("search")) return "command";
    for (String a : r.args()) if (FRESH_ONLY.contains(a)) return "command";
    if (!searchers.indexExists()) return "index";
    return null;
  }

  private boolean jarChanged() {
    if (jar == null) return false;
    try {
      return !build.equals(BuildId.of(jar));
    } catch (IOException gone) {
      return true;
    }
  }

  /**
   * Runs a command as the caller, one at a time in this JVM (System.out is the process's), and returns
   * the reply: the transcript, or a refusal when it turned out to need another index or printed what the
   * launcher cannot pass on.
   */
  private byte[] run(List<String> args, Terminal caller) {
    Transcript transcript = new Transcript(Charset.defaultCharset());
    int code;
    synchronized (SearchDaemon.class) {
      PrintStream out = System.out;
      PrintStream err = System.err;
      searchers.begin();
      try {
        System.setOut(transcript.out());
        System.setErr(transcript.err());
        code = Terminal.as(caller, () -> Main.run(args.toArray(String[]::new)));
      } catch (Exception e) {
        return refused("index");
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
    }
    if (searchers.refused()) return refused("index");
    byte[] reply = transcript.finish(code);
    return reply != null ? reply : refused("output");
  }

  /** One warm-up search, as a caller in this process's folder and environment, its output dropped. */
  private void warmUp() {
    List<String> args = List.of(warmup.next());
    try {
      // A missing index would be built by the search (first use): leave that to a user's request.
      if (!searchers.indexExists()) return;
    } catch (IOException unreadable) {
      return;
    }
    run(args, new Terminal(Path.of("").toAbsolutePath(), false, ownEnv));
  }

  private static byte[] refused(String reason) {
    return ("r " + reason + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static void reply(OutputStream out, byte[] reply) throws IOException {
    out.write(reply);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    stopping = true;
    if (server != null && !server.isClosed()) server.close();
    try {
      RuntimeDir.Card card = runtime.readCard(searchers.index());
      if (card.pid() == ProcessHandle.current().pid() && card.token().equals(token)) Files.deleteIfExists(runtime.card(searchers.index()));
    } catch (IOException | RuntimeException alreadyGone) {
      // nothing to clean
    }
    searchers.close();
    if (sources != null) sources.close();
    if (before != null) SearcherSource.install(before);
    if (lock != null && lock.isValid()) lock.release();
    if (lockFile != null) lockFile.close();
  }
}
