package org.entente.server;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;

/**
 * The per-user folder where resident search processes leave their address and secret token:
 * {@code ${XDG_RUNTIME_DIR:-/tmp}/entente-UID/}, mode 0700 and owned by the user, so only they can
 * read a token. One card ({@code KEY.daemon}, mode 0600) per index, keyed by its absolute path.
 */
public record RuntimeDir(Path dir) {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");

  /** The user's folder, as the launcher computes it. */
  public static RuntimeDir ofUser() {
    String base = System.getenv("XDG_RUNTIME_DIR");
    long uid = new com.sun.security.auth.module.UnixSystem().getUid();
    return new RuntimeDir(Path.of(base == null || base.isBlank() ? "/tmp" : base).resolve("entente-" + uid));
  }

  /** Creates the folder 0700, and refuses one that another user could read or plant files in. */
  public RuntimeDir secure() throws IOException {
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (FileAlreadyExistsException e) {
      // checked below
    }
    UserPrincipal owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
    UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByName(System.getProperty("user.name"));
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !owner.equals(me)
        || !Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
      throw new IOException(dir + " is not a folder of yours with mode 0700; remove it and try again");
    }
    return this;
  }

  /** The launcher's key for an index: its absolute path with % and / escaped, so bash needs no hashing. */
  public static String key(Path index) {
    return index.toAbsolutePath().normalize().toString().replace("%", "%25").replace("/", "%2F");
  }

  public Path card(Path index) {
    return dir.resolve(key(index) + ".daemon");
  }

  public Path lock(Path index) {
    return dir.resolve(key(index) + ".lock");
  }

  public Path log(Path index) {
    return dir.resolve(key(index) + ".log");
  }

  /** Writes the card readable by the user only, whole or not at all. */
  public void writeCard(Path index, Card card) throws IOException {
    Path tmp = Files.createTempFile(dir, "card", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_RW));
    Files.writeString(tmp, card.line() + "\n");
    Files.move(tmp, card(index), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  public Card readCard(Path index) throws IOException {
    return Card.parse(Files.readString(card(index)).strip());
  }

  /** Where a resident process listens and what a client must show it: {@code PORT TOKEN BUILD PID}. */
  public record Card(int port, String token, String build, long pid) {
    String line() {
      return port + " " + token + " " + build + " " + pid;
    }

    static Card parse(String line) throws IOException {
      List<String> f = List.of(line.split(" "));
      if (f.size() != 4) throw new IOException("unreadable daemon card: " + line);
      return new Card(Integer.parseInt(f.get(0)), f.get(1), f.get(2), Long.parseLong(f.get(3)));
    }
  }
}
