package org.entente.fetch;

import java.time.Duration;

/**
 * How to talk to the wiki: its address, whom to contact about Entente's traffic, requests per second,
 * retries, the first back-off wait and the per-request timeout.
 */
public record FetchSettings(WikiSite site, String contact, double rate, int retries, Duration backoff, Duration timeout) {

  public static final String DEFAULT_WIKI = "https://en.wikipedia.org";

  /** Wikimedia's defaults for a polite bot: 1 request/s, 4 retries from 1 s, 30 s timeout. */
  public static FetchSettings defaults(WikiSite site, String contact) {
    return new FetchSettings(site, contact, 1.0, 4, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  public FetchSettings {
    if (!(rate > 0) || Double.isInfinite(rate)) throw new IllegalArgumentException("--rate must be a number > 0: " + rate);
    if (retries < 0) throw new IllegalArgumentException("--retries must be 0 or more: " + retries);
  }

  public FetchSettings withRate(double r) {
    return new FetchSettings(site, contact, r, retries, backoff, timeout);
  }

  public FetchSettings withRetries(int n) {
    return new FetchSettings(site, contact, rate, n, backoff, timeout);
  }

  public FetchSettings withBackoff(Duration d) {
    return new FetchSettings(site, contact, rate, retries, d, timeout);
  }

  public FetchSettings withTimeout(Duration d) {
    return new FetchSettings(site, contact, rate, retries, backoff, d);
  }
}
