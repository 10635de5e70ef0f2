package org.entente.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Sends one GET to a wiki with Entente's User-Agent and returns the answer; no retries, no waiting. */
public final class WikiHttp {
  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;

  public WikiHttp(String userAgent, Duration timeout) {
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** The User-Agent Wikimedia's policy asks for: tool name, version, where to find it and whom to contact (when known). */
  public static String userAgent(String contact) {
    if (contact == null || contact.isBlank()) return "Entente/0.1 (+https://github.com/entente)";
    return "Entente/0.1 (+https://github.com/entente; contact: " + contact.strip() + ")";
  }

  public String userAgent() {
    return userAgent;
  }

  /** GETs {@code uri}; network trouble (reset, refused, timeout) is an IOException. */
  public WikiResponse get(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", userAgent)
        // Wikimedia's API etiquette asks clients to accept compressed answers.
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    String body;
    try (InputStream in = response.body()) {
      byte[] bytes = in.readAllBytes();
      boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
      body = gzip ? gunzip(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }
    Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(WikiHttp::parseRetryAfter);
    Optional<String> apiError = response.headers().firstValue("MediaWiki-API-Error");
    return new WikiResponse(response.statusCode(), body, retryAfter, apiError);
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Retry-After is either delay-seconds or an HTTP date (RFC 9110); anything else is ignored. */
  static Optional<Duration> parseRetryAfter(String value) {
    String v = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
