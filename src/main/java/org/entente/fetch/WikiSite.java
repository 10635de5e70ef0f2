package org.entente.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * A wiki Entente fetches from: where its API lives ({@code /w/api.php} under the given URL, or the
 * URL itself when it ends in {@code api.php}) and how its article URLs look ({@code /wiki/Title}).
 */
public record WikiSite(URI api, String articleBase) {

  /** Parses {@code --wiki}: an http(s) URL such as {@code https://de.wikipedia.org}. */
  public static WikiSite of(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL with a host: " + url);
    }
    String origin = scheme + "://" + uri.getRawAuthority();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.endsWith("api.php")) return new WikiSite(URI.create(origin + path), origin + "/wiki/");
    String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return new WikiSite(URI.create(origin + base + "/w/api.php"), origin + base + "/wiki/");
  }

  /** The API URL with {@code query} (already encoded) attached. */
  public URI apiUri(String query) {
    return URI.create(api + "?" + query);
  }

  /** The article URL of {@code title}, encoded as Wikipedia writes its canonical links. */
  public String articleUrl(String title) {
    return articleBase + encodeTitle(title);
  }

  static String encodeTitle(String title) {
    StringBuilder sb = new StringBuilder();
    for (byte b : title.replace(' ', '_').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~' || c == ':' || c == '/';
      if (plain) sb.append((char) c);
      else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
          .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
    }
    return sb.toString();
  }
}
