package io.phasewise.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the embedded server refuses anyone without its password: SCRAM-SHA-256 on every connection (no
 * {@code trust} line), the password in a file beside the data directory, the socket in a private
 * directory beside it rather than in {@code /tmp}. A data directory of an earlier version, which
 * trusted every local connection, is migrated on its first start.
 */
final class DatabaseLockdown {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseLockdown.class);
  private static final String SCRAM = "scram-sha-256";
  private static final List<String> HBA = List.of(
      "# written by Phasewise: every connection needs the password in the file beside this data directory",
      "local all all " + SCRAM,
      "host all all 127.0.0.1/32 " + SCRAM,
      "host all all ::1/128 " + SCRAM);

  private final Path dataDirectory;

  DatabaseLockdown(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  Path passwordFile() {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
  }

  Path socketDirectory() {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".socket");
  }

  /** The password of a data directory that has one; the server of one that has none would refuse everyone. */
  String existingPassword() {
    return DatabasePassword.read(passwordFile()).orElseThrow(() -> new IllegalStateException("the database in "
        + dataDirectory + " needs the password file " + passwordFile() + ", which is missing; restore it"));
  }

  /**
   * The builder of a server that initialises a new data directory for SCRAM with {@code password} and
   * listens on the private socket directory.
   */
  EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder, String password) {
    try {
      Files.createDirectories(socketDirectory());
      Files.setPosixFilePermissions(socketDirectory(), PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database socket directory " + socketDirectory(), e);
    }
    // the library runs initdb with "-A trust" and appends its "locale" settings as --key=value options:
    // the later --auth wins, and --pwfile gives the superuser its password from the first start
    return builder.setLocaleConfig("auth", SCRAM)
        .setLocaleConfig("pwfile", passwordFile().toString())
        .setServerConfig("password_encryption", SCRAM)
        // pg_ctl hands these options to a shell
        .setServerConfig("unix_socket_directories", "'" + socketDirectory().toString().replace("'", "'\\''") + "'")
        .setConnectConfig("password", password);
  }

  /** Whether {@code pg_hba.conf} lets any connection in without a password, as earlier versions did. */
  boolean trusting() {
    try {
      return Files.readAllLines(hbaFile(), StandardCharsets.UTF_8).stream()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .anyMatch(line -> line.matches("(?i).*\\strust(\\s.*)?"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + hbaFile(), e);
    }
  }

  /** Gives the superuser {@code password} over a trusted connection, then makes every connection ask for it. */
  void migrate(String jdbcUrl, String user, String password) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
      c.unwrap(PGConnection.class).alterUserPassword(user, password.toCharArray(), SCRAM);
      Files.write(hbaFile(), HBA, StandardCharsets.UTF_8);
      s.execute("SELECT pg_reload_conf()");
    } catch (SQLException e) {
      throw new IllegalStateException("could not set the password of the database in " + dataDirectory, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + hbaFile(), e);
    }
    LOG.info("the database in {} trusted every local connection; it now asks for the password in {}", dataDirectory,
        passwordFile());
  }

  private Path hbaFile() {
    return dataDirectory.resolve("pg_hba.conf");
  }
}
