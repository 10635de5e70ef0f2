package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.fetch.FetchRequest;
import org.entente.fetch.FetchSettings;
import org.entente.fetch.FetchSummary;
import org.entente.fetch.Fetcher;
import org.entente.fetch.WikiSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente fetch}: builds or refreshes a corpus folder from a wiki, by title or by category. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch wiki pages by title or category into the corpus folder, politely (1 request/s, retries, maxlag).",
      "Progress and the summary go to stderr. Exit 0: all pages present; 1: some missing or failed; 2: usage error."
    })
public final class FetchCommand implements Callable<Integer> {
  static final String CONTACT_ENV = "ENTENTE_CONTACT";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TITLE", arity = "0..*", description = "Page titles (or article URLs) to fetch.")
  List<String> titles = new ArrayList<>();

  @Option(names = "--titles-from", paramLabel = "FILE", description = "Read titles from FILE, one a line (# comments, blank lines skipped).")
  Path titlesFrom;

  @Option(names = "--category", paramLabel = "NAME", description = "Fetch the articles of category NAME (repeatable).")
  List<String> categories = new ArrayList<>();

  @Option(names = "--depth", paramLabel = "N", defaultValue = "0",
      description = "Subcategory levels to descend from --category; 0 = only its own articles (default: ${DEFAULT-VALUE}).")
  int depth;

  @Mixin Workspace workspace;

  @Option(names = "--wiki", paramLabel = "URL", defaultValue = FetchSettings.DEFAULT_WIKI,
      description = "Wiki to fetch from, or its api.php URL (default: ${DEFAULT-VALUE}).")
  String wiki;

  @Option(names = "--contact", paramLabel = "EMAIL", description = "Contact put in the User-Agent (default: $" + CONTACT_ENV + ").")
  String contact;

  @Option(names = "--rate", paramLabel = "R", defaultValue = "1", description = "Requests per second at most (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
      description = "Retries after 429/5xx/maxlag/network errors before a page counts as failed (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "1",
      description = "First wait before a retry when the server sends no Retry-After; doubled each time (default: ${DEFAULT-VALUE}).")
  double backoff;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Per-request timeout (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--refresh", description = "Re-fetch pages already present whose revision changed on the wiki.")
  boolean refresh;

  private final Map<String, String> env;

  public FetchCommand() {
    this(System.getenv());
  }

  /** A command reading its defaults (the contact) from {@code env} instead of the process environment. */
  public FetchCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    FetchRequest request;
    FetchSettings settings;
    try {
      List<String> all = new ArrayList<>(titles);
      if (titlesFrom != null) all.addAll(readTitles(titlesFrom));
      request = new FetchRequest(all, categories, depth, refresh);
      if (request.isEmpty()) return usage(err, "no titles given: name pages, --titles-from FILE or --category NAME");
      if (!(backoff >= 0) || !(timeout > 0)) return usage(err, "--backoff must be >= 0 and --timeout > 0");
      settings = new FetchSettings(WikiSite.of(wiki), contact(err), rate, retries,
          Duration.ofMillis((long) (backoff * 1000)), Duration.ofMillis((long) (timeout * 1000)));
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (IOException e) {
      return usage(err, "cannot read --titles-from " + titlesFrom + ": " + e.getMessage());
    }
    try {
      Path corpus = workspace.corpus();
      Files.createDirectories(corpus);
      FetchSummary summary = Fetcher.create(settings, corpus, err).run(request);
      return summary.exitCode();
    } catch (IOException e) {
      return usage(err, e.getMessage());
    }
  }

  private String contact(PrintWriter err) {
    String c = contact != null ? contact : env.get(CONTACT_ENV);
    if (c == null || c.isBlank()) {
      err.println("warning: no contact for the User-Agent; pass --contact EMAIL or set " + CONTACT_ENV
          + " so the wiki's operators can reach you instead of blocking you");
      err.flush();
      return null;
    }
    return c.strip();
  }

  private static List<String> readTitles(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
    }
    return out;
  }

  private static int usage(PrintWriter err, String message) {
    err.println("entente fetch: " + message);
    err.flush();
    return 2;
  }
}
