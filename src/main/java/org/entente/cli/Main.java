package org.entente.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.extract.ExtractionException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.entente.index.IndexUnavailableException;
import org.entente.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code entente} command: full-text search over texts on interwar diplomacy. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "Entente 0.1.0",
    description = "Full-text search over saved Wikipedia articles on interwar diplomacy (1918–1939).")
public final class Main implements Runnable {
  /**
   * The commands, in the order help lists them. Only the one being run is registered: Picocli reads
   * every registered command's annotations up front, a cost a one-shot search should not pay.
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("search", SearchCommand.class);
    m.put("kwic", KwicCommand.class);
    m.put("similar", SimilarCommand.class);
    m.put("show", ShowCommand.class);
    m.put("facets", FacetsCommand.class);
    m.put("timeline", TimelineCommand.class);
    m.put("index", IndexCommand.class);
    m.put("stats", StatsCommand.class);
    m.put("extract", ExtractCommand.class);
    m.put("fetch", FetchCommand.class);
    m.put("bench", BenchCommand.class);
    m.put("eval", EvalCommand.class);
    m.put("serve", ServeCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    return m;
  }

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
    String wanted = requested(args);
    for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
      if (wanted == null || wanted.equals(c.getKey())) cmd.addSubcommand(c.getKey(), c.getValue());
    }
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((e, argv) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("entente: " + usageMessage(e));
      if (main.debug) e.printStackTrace(err);
      err.flush();
      return ERROR;
    });
    cmd.setExecutionExceptionHandler((e, command, parsed) -> {
      PrintWriter err = command.getErr();
      // One line, whatever went wrong: the trace is for --debug.
      err.println("entente: " + describe(e)
          + (main.debug || expected(e) ? "" : " (this looks like a bug; run again with --debug and report the trace)"));
      if (main.debug) e.printStackTrace(err);
      err.flush();
      return ERROR;
    });
    return cmd.execute(args);
  }

  /** The command being run, or null when all must be known (help, a mistyped or missing command). */
  private static String requested(String[] args) {
    for (String a : args) {
      if (a.startsWith("-")) continue;
      return COMMANDS.containsKey(a) && !a.equals("help") ? a : null;
    }
    return null;
  }

  /** Picocli's message, except for a mistyped command, where it would only say "Unmatched arguments". */
  private static String usageMessage(CommandLine.ParameterException e) {
    CommandLine cmd = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      return "unknown command '" + u.getUnmatched().get(0) + "' (commands: "
          + String.join(", ", cmd.getSubcommands().entrySet().stream()
              .filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList()) + ")";
    }
    return String.valueOf(e.getMessage());
  }

  private static boolean expected(Exception e) {
    return e instanceof IllegalArgumentException || e instanceof QuerySyntaxException
        || e instanceof IndexUnavailableException || e instanceof ExtractionException
        || e instanceof java.io.IOException || e instanceof UncheckedIOException
        || e instanceof IndexSearcher.TooManyClauses || e instanceof TooComplexToDeterminizeException;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) return "no such file or folder: " + e.getMessage();
    if (e instanceof AccessDeniedException) return "permission denied: " + e.getMessage();
    if (e instanceof UncheckedIOException u) return describe(u.getCause());
    // Wherever a query's expansion overflows (parsing, rewriting, highlighting), the advice is the same.
    if (e instanceof IndexSearcher.TooManyClauses) {
      return "the query expands to more than " + IndexSearcher.getMaxClauseCount()
          + " terms; make it more specific (fewer words, or longer prefixes before * and ~)";
    }
    if (e instanceof TooComplexToDeterminizeException) {
      return "the query's wildcard or regular expression is too complex; simplify it";
    }
    if (expected(e)) return oneLine(e.getMessage());
    return "internal error: " + oneLine(e.toString());
  }

  private static String oneLine(String message) {
    return String.valueOf(message).lines().findFirst().orElse("").strip();
  }
}
