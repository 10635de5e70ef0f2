package org.entente.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Opens the index folder for reading, refusing a missing index or one built by another schema version. */
public final class IndexStore {
  private IndexStore() {}

  /** True when the folder holds a committed index. */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** A reader on the last commit. */
  public static DirectoryReader open(Path dir) throws IOException, IndexUnavailableException {
    if (!exists(dir)) {
      throw new IndexUnavailableException("no index in " + dir + "; build it with `entente index`");
    }
    Directory directory = FSDirectory.open(dir);
    DirectoryReader reader = DirectoryReader.open(directory);
    try {
      checkVersion(reader.getIndexCommit(), dir);
    } catch (IndexUnavailableException | IOException e) {
      reader.close();
      directory.close();
      throw e;
    }
    return reader;
  }

  /** The corpus folder the index was built from, when its last commit says. */
  public static java.util.Optional<Path> corpusOf(DirectoryReader reader) throws IOException {
    String corpus = reader.getIndexCommit().getUserData().get(Schema.CORPUS_KEY);
    return corpus == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(corpus));
  }

  /** Refuses a commit written by another schema version. */
  static void checkVersion(IndexCommit commit, Path dir) throws IOException, IndexUnavailableException {
    Map<String, String> data = commit.getUserData();
    String version = data.get(Schema.VERSION_KEY);
    if (!String.valueOf(Schema.VERSION).equals(version)) {
      throw new IndexUnavailableException(dir + " was built with "
          + (version == null ? "an unknown schema" : "schema version " + version)
          + ", this Entente reads version " + Schema.VERSION + "; run `entente index --rebuild`");
    }
  }
}
