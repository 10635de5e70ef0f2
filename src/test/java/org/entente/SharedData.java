package org.entente;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's test data: the corpus in the repository, and ../shared (the real wiki pages, the seed,
 * the eval judgments). Tests that need ../shared skip with a visible message when it is absent, except
 * under CI (environment variable CI set), where its absence fails the test.
 */
public final class SharedData {
  private SharedData() {}

  public static final Path CORPUS = Path.of("corpus");

  /** A folder of ../shared, or a skipped (outside CI) / failed (in CI) test when it is missing. */
  public static Path shared(String folder) {
    Path dir = Path.of("..", "shared", folder).toAbsolutePath().normalize();
    boolean present = Files.isDirectory(dir);
    String message = "../shared/" + folder + " is not here (" + dir + "): test skipped; it runs in CI";
    if (System.getenv("CI") != null) {
      assertTrue(present, "CI is set but " + dir + " is missing");
    } else {
      if (!present) System.err.println("SKIPPED: " + message);
      assumeTrue(present, message);
    }
    return dir;
  }

  public static List<Path> corpusFiles() throws IOException {
    return files(CORPUS);
  }

  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  public static Path corpusFile(String name) {
    return CORPUS.resolve(name);
  }
}
