package org.entente.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How Entente treats a wiki: one request at a time, at least 1/{@code rate} seconds from the end of
 * one to the start of the next (so the server never sees more than {@code rate} a second), and a
 * bounded number of retries after 429, 5xx, maxlag or network errors, waiting as the server's
 * Retry-After says or else backing off exponentially.
 */
public final class Politeness {
  /** The longest Retry-After we agree to sit out; a longer one fails the request instead. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

  private final WikiHttp http;
  private final long intervalNanos;
  private final int maxRetries;
  private final Duration baseBackoff;
  private final Consumer<String> log;
  private long nextSlot = System.nanoTime();

  /**
   * @param rate requests per second at most
   * @param maxRetries retries after the first attempt before the request fails
   * @param baseBackoff the first wait when the server gives no Retry-After; doubled on each retry
   * @param log where retry notices go (stderr in the CLI)
   */
  public Politeness(WikiHttp http, double rate, int maxRetries, Duration baseBackoff, Consumer<String> log) {
    if (!(rate > 0)) throw new IllegalArgumentException("rate must be > 0: " + rate);
    if (maxRetries < 0) throw new IllegalArgumentException("retries must be >= 0: " + maxRetries);
    this.http = http;
    this.intervalNanos = (long) (1_000_000_000L / rate);
    this.maxRetries = maxRetries;
    this.baseBackoff = baseBackoff;
    this.log = log;
  }

  /**
   * GETs {@code uri} politely; a FetchException when it still fails after the allowed retries.
   * {@code what} names the request in retry notices ("Treaty of Sèvres").
   */
  public synchronized WikiResponse get(URI uri, String what) throws FetchException {
    for (int attempt = 0; ; attempt++) {
      awaitSlot();
      String problem;
      Duration wait = backoff(attempt);
      try {
        WikiResponse response = send(uri);
        if (!response.isTransient()) return response;
        problem = response.isMaxlag() ? "maxlag" : "HTTP " + response.status();
        if (response.retryAfter().isPresent()) wait = response.retryAfter().get();
      } catch (IOException e) {
        problem = describe(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted");
      }
      if (attempt >= maxRetries) {
        throw new FetchException(problem + " after " + (attempt + 1) + " attempt" + (attempt == 0 ? "" : "s"));
      }
      if (wait.compareTo(MAX_RETRY_AFTER) > 0) {
        throw new FetchException(problem + ", server asks to wait " + wait.toSeconds() + " s; giving up for now");
      }
      log.accept("retry in " + millis(wait) + ": " + problem + " (" + what + ")");
      sleep(wait);
    }
  }

  private WikiResponse send(URI uri) throws IOException, InterruptedException {
    try {
      return http.get(uri);
    } finally {
      // Counted from the end: a slow first answer (connecting, TLS) must not shorten the next gap.
      nextSlot = System.nanoTime() + intervalNanos;
    }
  }

  Duration backoff(int attempt) {
    return baseBackoff.multipliedBy(1L << Math.min(attempt, 16));
  }

  private void awaitSlot() throws FetchException {
    long now = System.nanoTime();
    if (now < nextSlot) sleep(Duration.ofNanos(nextSlot - now));
  }

  private static void sleep(Duration d) throws FetchException {
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    }
  }

  private static String millis(Duration d) {
    return d.toMillis() >= 1000 && d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
