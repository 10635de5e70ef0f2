package org.entente.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Which build of Entente a process runs: the jar's modification time (seconds) and size, as the
 * launcher computes it with {@code stat -c %Y.%s}. A resident process of another build must not answer.
 */
public final class BuildId {
  private BuildId() {}

  public static String of(Path jar) throws IOException {
    return Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) + "." + Files.size(jar);
  }

  /** The jar this code was loaded from, or null when it runs from a classes folder (tests, IDE). */
  public static Path ownJar() {
    try {
      Path p = Path.of(BuildId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p : null;
    } catch (Exception e) {
      return null;
    }
  }
}
