package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.entente.extract.DocumentBytes;
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

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.Converter.class,
      description = "skip files larger than this, e.g. 500KB, 64MB (default: 20MB)")
  long maxFileSize = DocumentBytes.DEFAULT_MAX_BYTES;

  @Option(names = "--strict", description = "exit 2 when any file is skipped (the others are still indexed)")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    Path index = workspace.index();
    BuildSummary summary = build(new IndexBuilder(workspace.corpus(), index, threads, maxFileSize), index, rebuild, System.err);
    if (strict && !summary.skipped().isEmpty()) {
      int n = summary.skipped().size();
      System.err.println("entente: " + n + (n == 1 ? " file was" : " files were") + " skipped and --strict is set");
      return Main.ERROR;
    }
    return 0;
  }

  /** Runs a build with progress on stderr (a bar on a terminal) and prints the summary line. */
  static BuildSummary build(Path corpus, Path index, boolean rebuild, int threads, PrintStream err) throws Exception {
    return build(new IndexBuilder(corpus, index, threads), index, rebuild, err);
  }

  /**
   * Runs {@code builder} with progress on stderr and prints the summary line. Ctrl-C or a kill stops it
   * cleanly (see {@link InterruptHook}); the index stays at its last commit.
   */
  static BuildSummary build(IndexBuilder builder, Path index, boolean rebuild, PrintStream err) throws Exception {
    ProgressListener listener = new ProgressListener(err);
    try (InterruptHook hook = InterruptHook.install(builder, index, err, listener::close)) {
      try {
        BuildSummary summary = builder.build(rebuild, listener);
        listener.close();
        err.println("index " + index + "/: " + summary.line());
        return summary;
      } catch (Exception | Error e) {
        // The build failed because the hook rolled it back: the hook reports, the JVM is halting.
        if (hook.fired()) hook.awaitHalt();
        throw e;
      }
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
