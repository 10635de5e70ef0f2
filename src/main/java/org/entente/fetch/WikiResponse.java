package org.entente.fetch;

import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP answer from a wiki: status, the body as text, the server's {@code Retry-After} and the
 * {@code MediaWiki-API-Error} code when it sent them.
 */
public record WikiResponse(int status, String body, Optional<Duration> retryAfter, Optional<String> apiError) {

  /** True when asking again later may succeed: 429, 5xx gateway trouble, or a maxlag error. */
  public boolean isTransient() {
    return status == 429 || status == 502 || status == 503 || status == 504 || isMaxlag();
  }

  /**
   * True for MediaWiki's "replicas are lagging" answer, which comes as HTTP 200 (or 503 on old
   * installs) with error code maxlag; the header names it, the body is the fallback for mirrors.
   */
  public boolean isMaxlag() {
    return apiError.map("maxlag"::equals).orElse(false)
        || (body.length() < 2000 && body.contains("\"code\":\"maxlag\""));
  }
}
