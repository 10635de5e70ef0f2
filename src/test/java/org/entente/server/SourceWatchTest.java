package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkout's sources against its jar: an edit, a new file or a changed pom makes a rebuild due. */
class SourceWatchTest {
  @TempDir Path checkout;
  final FileTime built = FileTime.fromMillis(System.currentTimeMillis());

  /** The kernel reports changes to the watching thread a moment after they happen. */
  static boolean becomes(boolean expected, SourceWatch watch) throws Exception {
    for (int i = 0; i < 100; i++) {
      if (watch.newerThanJar() == expected) return true;
      Thread.sleep(50);
    }
    return false;
  }

  /** Everything under the checkout as it was before the build. */
  void age() throws Exception {
    try (var files = Files.walk(checkout)) {
      for (Path f : files.toList()) Files.setLastModifiedTime(f, FileTime.fromMillis(built.toMillis() - 60_000));
    }
  }

  @Test
  void seesEditsNewFilesAndThePomAfterTheJarWasBuilt() throws Exception {
    Path src = Files.createDirectories(checkout.resolve("src/main/java/org/entente"));
    Path main = Files.writeString(src.resolve("Main.java"), "class Main {}\n");
    Path pom = Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
    age();
    try (SourceWatch watch = new SourceWatch(List.of(checkout.resolve("src/main"), pom), built)) {
      assertFalse(watch.newerThanJar(), "nothing changed since the build");
      assertFalse(watch.newerThanJar());

      Files.writeString(main, "class Main { int x; }\n"); // an edit in place
      assertTrue(becomes(true, watch), "an edited source is seen");
      age();
      assertTrue(becomes(false, watch), "and its time put back is seen too");

      Path deeper = Files.createDirectories(src.resolve("server"));
      age();
      assertTrue(becomes(false, watch));
      Files.writeString(deeper.resolve("New.java"), "class New {}\n"); // a new folder's file
      assertTrue(becomes(true, watch), "a file in a new folder is seen");
      Files.delete(deeper.resolve("New.java"));
      age();
      assertTrue(becomes(false, watch), "and its removal");

      Files.writeString(pom, "<project><!-- edited --></project>\n");
      assertTrue(becomes(true, watch), "an edited pom is seen");
    }
  }
}
