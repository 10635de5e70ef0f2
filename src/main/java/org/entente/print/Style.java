package org.entente.print;

/**
 * How matches are marked on the terminal: ANSI colour when writing to a terminal (never with NO_COLOR
 * set or TERM=dumb), plain markers otherwise, as ripgrep does.
 */
public record Style(boolean colour) {
  /** The user's choice of --color: auto, always or never. */
  public enum Choice { AUTO, ALWAYS, NEVER }

  private static final String BOLD_RED = "\u001b[1;31m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String GREEN = "\u001b[32m";
  private static final String RESET = "\u001b[0m";

  public static Style of(Choice choice) {
    return switch (choice) {
      case ALWAYS -> new Style(true);
      case NEVER -> new Style(false);
      case AUTO -> new Style(Terminal.current().colour());
    };
  }

  public String matchOpen() {
    return colour ? BOLD_RED : "**";
  }

  public String matchClose() {
    return colour ? RESET : "**";
  }

  public String title(String s) {
    return colour ? BOLD + s + RESET : s;
  }

  public String dim(String s) {
    return colour ? DIM + s + RESET : s;
  }

  public String path(String s) {
    return colour ? GREEN + s + RESET : s;
  }
}
