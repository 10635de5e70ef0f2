package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.entente.index.BuildSummary;
import org.entente.index.IndexBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente index}: brings the index in step with the corpus. */
@Command(name = "index", description = "Build or update the index from the corpus (incremental by default).")
final class IndexCommand implements Callable<Integer> {
  @Mixin Workspace workspace;

  @Option(names = "--rebuild", description = "start from an empty index instead of updating it")
  boolean rebuild;

  @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: one per core)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    build(workspace.corpus(), workspace.index(), rebuild, threads, System.err);
    return 0;
  }

  /** Runs a build with progress on stderr (a bar on a terminal) and prints the summary line. */
  static BuildSummary build(Path corpus, Path index, boolean rebuild, int threads, PrintStream err) throws Exception {
    ProgressListener listener = new ProgressListener(err);
    try {
      BuildSummary summary = new IndexBuilder(corpus, index, threads).build(rebuild, listener);
      listener.close();
      err.println("index " + index + "/: " + summary.line());
      return summary;
    } finally {
      listener.close();
    }
  }

  /** Reports skipped files by name and, on a terminal, draws a progress bar. */
  private static final class ProgressListener implements IndexBuilder.Listener {
    private final PrintStream err;
    private ProgressBar bar;

    ProgressListener(PrintStream err) {
      this.err = err;
    }

    @Override
    public synchronized void planned(int files) {
      if (System.console() != null && files > 0) {
        bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files)
            .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(200)
            .continuousUpdate().build();
      }
    }

    @Override
    public synchronized void done(String file) {
      if (bar != null) bar.step();
    }

    @Override
    public synchronized void skipped(String file, String reason) {
      if (bar != null) bar.step();
      err.println("skipped " + file + ": " + reason);
    }

    synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
