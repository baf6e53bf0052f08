package io.phasewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded server's superuser password, in a file only its owner may read: generated at first start
 * (256 random bits), refused when anyone else can read it.
 */
final class DatabasePassword {
  private static final int RANDOM_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private DatabasePassword() {}

  /** The password in {@code file}, written there first (mode 600) when the file does not exist. */
  static String readOrCreate(Path file) {
    try {
      Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)), generate() + "\n",
          StandardCharsets.US_ASCII);
    } catch (FileAlreadyExistsException existing) {
      // kept from an earlier start: read below
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database password file " + file, e);
    }
    return read(file).orElseThrow();
  }

  /**
   * The password in {@code file}, if it exists.
   *
   * @throws IllegalStateException when group or others have any permission on the file
   */
  static Optional<String> read(Path file) {
    try {
      if (!Files.exists(file)) return Optional.empty();
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.stream().anyMatch(OTHERS::contains)) {
        throw new IllegalStateException("the database password file " + file + " is open to others (mode "
            + PosixFilePermissions.toString(permissions) + "); run chmod 600 on it and start again");
      }
      String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (password.isEmpty()) throw new IllegalStateException("the database password file " + file + " is empty");
      return Optional.of(password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the database password file " + file, e);
    }
  }

  private static String generate() {
    byte[] random = new byte[RANDOM_BYTES];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
