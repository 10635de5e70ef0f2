package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.entente.index.IndexBuilder;
import org.entente.index.Schema;

/**
 * While a build runs, turns Ctrl-C or a polite kill (SIGINT, SIGTERM) into a clean stop: the build's
 * writer rolls back, the index stays at its last commit, and the user is told how to finish.
 * (kill -9 cannot be caught; Lucene's commit is atomic, so the last commit survives that too.)
 */
final class InterruptHook implements AutoCloseable {
  private final Thread hook;
  private volatile boolean fired;

  private InterruptHook(IndexBuilder builder, Path index, PrintStream err, Runnable beforeMessage) {
    hook = new Thread(() -> {
      fired = true;
      if (!builder.stop()) return;
      beforeMessage.run();
      err.println();
      err.println("interrupted: " + lastCommit(index) + "; run `entente index` again to finish");
      err.flush();
    }, "entente-interrupt");
  }

  /** Watches {@code builder} until closed; {@code beforeMessage} clears the terminal (a progress bar). */
  static InterruptHook install(IndexBuilder builder, Path index, PrintStream err, Runnable beforeMessage) {
    InterruptHook h = new InterruptHook(builder, index, err, beforeMessage);
    Runtime.getRuntime().addShutdownHook(h.hook);
    return h;
  }

  /** True once the JVM is shutting down: the build is being abandoned and the process is about to end. */
  boolean fired() {
    return fired;
  }

  /** Called by the thread whose build was abandoned: the JVM halts once the hook has spoken. */
  void awaitHalt() {
    try {
      hook.join();
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (fired) return;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutdown began in between: the hook runs, finds no build, and stays silent.
    }
  }

  static String lastCommit(Path index) {
    if (!Files.isDirectory(index)) return "nothing was committed yet";
    try (Directory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) return "nothing was committed yet";
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return "index left at its last commit (" + new IndexSearcher(reader).count(Schema.articles()) + " articles)";
      }
    } catch (IOException | RuntimeException e) {
      return "index left at its last commit";
    }
  }
}
