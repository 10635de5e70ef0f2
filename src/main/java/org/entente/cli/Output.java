package org.entente.cli;

import org.entente.print.Style;
import picocli.CommandLine.Option;

/** How a command prints: for a person (colour decided by --color) or as one JSON document (--json). */
public final class Output {
  @Option(names = "--json", description = "print one JSON document for scripts")
  boolean json;

  @Option(names = "--color", paramLabel = "WHEN", description = "auto, always or never (default: auto)")
  Style.Choice color = Style.Choice.AUTO;

  public boolean json() {
    return json;
  }

  public Style style() {
    return Style.of(color);
  }
}
