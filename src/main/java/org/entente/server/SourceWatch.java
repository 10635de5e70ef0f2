package org.entente.server;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether any file of a checkout's sources is newer than the jar built from them, in which case the
 * launcher must rebuild and the resident process refuses. A walk of the tree costs milliseconds, too
 * much for every search; so the tree is walked once, then again only after the kernel has reported a
 * change in one of its folders (inotify, through the JDK's {@link WatchService}). Where the JDK's watch
 * service only polls every few seconds (not Linux), it would miss a fresh edit, so every check walks.
 */
final class SourceWatch implements Closeable {
  private final List<Path> roots;
  private final long built;
  private final WatchService watcher;
  /** A folder could not be watched: walk on every check. */
  private boolean blind;
  private Boolean newer;

  /** {@code roots}: folders and files; {@code built}: the jar's modification time. */
  SourceWatch(List<Path> roots, FileTime built) throws IOException {
    this.roots = List.copyOf(roots);
    this.built = built.toMillis();
    WatchService w = FileSystems.getDefault().newWatchService();
    if (w.getClass().getName().contains("Polling")) {
      w.close();
      w = null;
    }
    this.watcher = w;
  }

  /** True while a source file is newer than the jar. */
  synchronized boolean newerThanJar() throws IOException {
    if (newer == null || watcher == null || blind || changed()) newer = walk();
    return newer;
  }

  /** Whether anything happened in a watched folder since the last call. */
  private boolean changed() {
    boolean any = false;
    for (WatchKey key; (key = watcher.poll()) != null; ) {
      key.pollEvents();
      key.reset();
      any = true;
    }
    return any;
  }

  private boolean walk() throws IOException {
    boolean found = false;
    for (Path root : roots) {
      if (!Files.exists(root)) continue;
      if (!Files.isDirectory(root)) watch(root.toAbsolutePath().getParent());
      try (Stream<Path> files = Files.walk(root)) {
        // Folders are watched before their files are read, so no edit falls between the two.
        found |= files.peek(f -> {
          if (Files.isDirectory(f)) watch(f);
        }).anyMatch(f -> modified(f) > built);
      }
      if (found) return true;
    }
    return false;
  }

  /** Watches a folder (again: a folder deleted and made anew is another inode, so every walk registers). */
  private void watch(Path folder) {
    if (watcher == null || folder == null) return;
    try {
      folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    } catch (IOException e) {
      blind = true;
    }
  }

  private static long modified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException gone) {
      return Long.MAX_VALUE;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (watcher != null) watcher.close();
  }
}
