package org.entente.fetch;

import java.time.Duration;

/**
 * How to talk to the wiki: its address, whom to contact about Entente's traffic, requests per second,
 * retries, the first back-off wait and the per-request timeout.
 */
public record FetchSettings(WikiSite site, String contact, double rate, int retries, Duration backoff, Duration timeout) {

  public static final String DEFAULT_WIKI = "https://en.wikipedia.org";

  public FetchSettings {
    if (!(rate > 0) || Double.isInfinite(rate)) throw new IllegalArgumentException("--rate must be a number > 0: " + rate);
    if (retries < 0) throw new IllegalArgumentException("--retries must be 0 or more: " + retries);
  }
}
