package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.entente.extract.ExtractionException;
import org.entente.index.IndexUnavailableException;
import org.entente.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code entente} command: full-text search over texts on interwar diplomacy. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "Entente 0.1.0",
    description = "Full-text search over saved Wikipedia articles on interwar diplomacy (1918–1939).",
    subcommands = {
        SearchCommand.class,
        KwicCommand.class,
        SimilarCommand.class,
        IndexCommand.class,
        ExtractCommand.class,
        FetchCommand.class,
        BenchCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit codes, as grep: 0 found, 1 nothing found, 2 usage or input error. */
  public static final int FOUND = 0;
  public static final int NOTHING = 1;
  public static final int ERROR = 2;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "show stack traces of errors (for bug reports)")
  boolean debug;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "missing command (try: entente search QUERY)");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code, printing errors as one line on stderr. */
  public static int run(String... args) {
    Main main = new Main();
    CommandLine cmd = new CommandLine(main);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((e, argv) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("entente: " + e.getMessage());
      if (main.debug) e.printStackTrace(err);
      err.flush();
      return ERROR;
    });
    cmd.setExecutionExceptionHandler((e, command, parsed) -> {
      PrintWriter err = command.getErr();
      err.println("entente: " + describe(e));
      if (main.debug) e.printStackTrace(err);
      else if (!expected(e)) err.println("entente: this looks like a bug; run again with --debug and report the trace");
      err.flush();
      return ERROR;
    });
    return cmd.execute(args);
  }

  private static boolean expected(Exception e) {
    return e instanceof IllegalArgumentException || e instanceof QuerySyntaxException
        || e instanceof IndexUnavailableException || e instanceof ExtractionException
        || e instanceof java.io.IOException;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) return "no such file or folder: " + e.getMessage();
    if (e instanceof AccessDeniedException) return "permission denied: " + e.getMessage();
    if (expected(e)) return String.valueOf(e.getMessage());
    return "internal error: " + e;
  }
}
