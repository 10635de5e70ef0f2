package org.entente.fetch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.corpus.CorpusManifest;

/**
 * Brings a corpus folder up to date with a {@link FetchRequest}: expands categories, skips pages already
 * there (or, with refresh, those whose revision is unchanged), fetches the rest one at a time and
 * reports each outcome on {@code log}.
 */
public final class Fetcher {
  private final WikiApi api;
  private final CorpusWriter writer;
  private final PrintWriter log;
  private int fetched;
  private int skipped;
  private int unchanged;
  private int missing;
  private int failed;

  public Fetcher(WikiApi api, CorpusWriter writer, PrintWriter log) {
    this.api = api;
    this.writer = writer;
    this.log = log;
  }

  /** A fetcher for {@code corpus} that talks to the wiki as {@code settings} say. */
  public static Fetcher create(FetchSettings settings, Path corpus, PrintWriter log) throws IOException {
    WikiHttp http = new WikiHttp(WikiHttp.userAgent(settings.contact()), settings.timeout());
    Politeness politeness = new Politeness(http, settings.rate(), settings.retries(), settings.backoff(), Fetcher.say(log));
    return new Fetcher(new WikiApi(settings.site(), politeness), new CorpusWriter(corpus, CorpusManifest.read(corpus),
        Clock.systemUTC()), log);
  }

  /** Runs the request; the manifest is written before it returns, even when interrupted by an error. */
  public FetchSummary run(FetchRequest request) throws IOException {
    long start = System.nanoTime();
    try {
      Set<String> titles = new LinkedHashSet<>(request.titles());
      CategoryWalk walk = new CategoryWalk(api, say(log));
      for (String category : request.categories()) {
        CategoryWalk.Result r = walk.walk(category, request.depth());
        failed += r.failedCategories().size();
        if (r.titles().isEmpty() && r.failedCategories().isEmpty()) {
          report("missing: " + category + " (no articles: no such category, or empty)");
          missing++;
        }
        titles.addAll(r.titles());
      }
      List<String> toFetch = new ArrayList<>();
      List<String> present = new ArrayList<>();
      for (String t : titles) (writer.holds(t) ? present : toFetch).add(t);
      if (request.refresh()) {
        toFetch.addAll(changed(present));
      } else {
        skipped += present.size();
      }
      for (String t : toFetch) {
        if (Thread.currentThread().isInterrupted()) break;
        fetchOne(t);
      }
    } finally {
      writer.flush();
    }
    FetchSummary summary = new FetchSummary(fetched, skipped, unchanged, missing, failed,
        Duration.ofNanos(System.nanoTime() - start));
    report(summary.line());
    return summary;
  }

  /** The present titles whose wiki revision differs from the manifest's, asked 50 at a time. */
  private List<String> changed(List<String> present) {
    List<String> changed = new ArrayList<>();
    CorpusManifest manifest = writer.manifest();
    for (int i = 0; i < present.size(); i += WikiApi.TITLES_PER_QUERY) {
      List<String> batch = present.subList(i, Math.min(present.size(), i + WikiApi.TITLES_PER_QUERY));
      try {
        for (CurrentRevision cr : api.revisions(batch)) {
          Optional<CorpusManifest.Entry> entry = manifest.entryForTitle(cr.title()).or(() -> manifest.entryForTitle(cr.requested()));
          if (cr.missing()) {
            report("missing: " + cr.requested() + " (no longer on the wiki; kept " + writer.fileFor(cr.requested()) + ")");
            missing++;
          } else if (entry.isPresent() && entry.get().revision() == cr.revision()) {
            unchanged++;
          } else {
            changed.add(cr.requested());
          }
        }
      } catch (FetchException e) {
        report("failed: revision check of " + batch.size() + " pages (" + e.getMessage() + ")");
        failed += batch.size();
      }
    }
    return changed;
  }

  private void fetchOne(String title) {
    try {
      Optional<WikiPage> page = api.parse(title);
      if (page.isEmpty()) {
        report("missing: " + title);
        missing++;
        return;
      }
      WikiPage p = page.get();
      for (String from : p.redirectsFrom()) report("redirect: " + from + " → " + p.title());
      // A redirect may lead to a page already in the corpus; having paid for the request, we rewrite
      // it with the fresh text and the manifest learns the redirect, so the next run skips it.
      Path file = writer.write(p, api.site().articleUrl(p.title()));
      report("fetched " + p.title() + " (rev " + p.revision() + ") → " + file);
      fetched++;
    } catch (IOException e) {
      report("failed: " + title + " (" + e.getMessage() + ")");
      failed++;
    }
  }

  private void report(String line) {
    log.println(line);
    log.flush();
  }

  static java.util.function.Consumer<String> say(PrintWriter log) {
    return line -> {
      log.println(line);
      log.flush();
    };
  }
}
