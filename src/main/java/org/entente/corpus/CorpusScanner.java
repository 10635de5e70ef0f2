package org.entente.corpus;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.entente.extract.ArticleReader;

/** Lists the document files of a corpus folder, recursively, in a stable order. */
public final class CorpusScanner {
  /** A file or folder the scan could not enter, with the reason. */
  public record Problem(String name, String reason) {}

  /** The documents found and the places that could not be read. */
  public record Scan(List<CorpusFile> files, List<Problem> problems) {}

  private CorpusScanner() {}

  /**
   * Walks {@code root}, following symbolic links (a loop is reported, not followed); hidden files and
   * folders (the fetch manifest, editor backups) and files that are not .html/.htm/.txt are left out.
   */
  public static Scan scan(Path root) throws IOException {
    if (!Files.exists(root)) throw new IOException("corpus folder not found: " + root + " (give one with --corpus DIR)");
    if (!Files.isDirectory(root)) throw new IOException("corpus " + root + " is a file, not a folder (give a folder with --corpus DIR)");
    List<CorpusFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !hidden(file) && ArticleReader.accepts(file)) {
              files.add(new CorpusFile(file, nameOf(root, file), attrs.size(), attrs.lastModifiedTime().toMillis()));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String reason = e instanceof FileSystemLoopException ? "symbolic link loop" : describe(e);
            problems.add(new Problem(nameOf(root, file), reason));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(Comparator.comparing(CorpusFile::name));
    return new Scan(files, problems);
  }

  static String nameOf(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String describe(IOException e) {
    String simple = e.getClass().getSimpleName().replace("Exception", "");
    return switch (simple) {
      case "AccessDenied" -> "permission denied";
      case "NoSuchFile" -> "vanished during the scan";
      default -> simple.isEmpty() ? String.valueOf(e.getMessage()) : simple + ": " + e.getMessage();
    };
  }
}
