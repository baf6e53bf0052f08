package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseLockdownTest {
  @TempDir Path home;

  @Test
  void a_new_database_asks_every_connection_for_a_random_password_kept_in_an_owner_only_file() throws Exception {
    Path data = home.resolve("pgdata");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      DatabaseLockdown lockdown = new DatabaseLockdown(data);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lockdown.passwordFile())))
          .isEqualTo("rw-------");
      assertThat(db.password()).hasSizeGreaterThanOrEqualTo(22)
          .isEqualTo(Files.readString(lockdown.passwordFile()).strip());
      assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b")
          .contains("scram-sha-256");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lockdown.socketDirectory())))
          .isEqualTo("rwx------");
      int port = Integer.parseInt(db.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
      assertThat(lockdown.socketDirectory().resolve(".s.PGSQL." + port)).exists();
      assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
      assertRefusesAllButThePassword(db);
    }
  }

  @Test
  void a_data_directory_of_an_earlier_version_that_trusted_local_connections_is_migrated_and_keeps_its_data()
      throws Exception {
    Path data = home.resolve("pgdata");
    try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .start(); Connection c = trusting.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
    }
    assertThat(new DatabaseLockdown(data).trusting()).isTrue();
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      assertThat(new DatabaseLockdown(data).trusting()).isFalse();
      assertRefusesAllButThePassword(db);
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
          Statement s = c.createStatement(); var rows = s.executeQuery("SELECT id FROM kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(7);
      }
    }
    try (EmbeddedDatabase again = EmbeddedDatabase.start(data)) {
      assertRefusesAllButThePassword(again);
    }
  }

  @Test
  void a_password_file_others_can_read_is_refused_in_one_line_before_anything_starts() throws IOException {
    Path data = home.resolve("pgdata");
    Path passwordFile = new DatabaseLockdown(data).passwordFile();
    Files.writeString(passwordFile, "guessable\n", StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> EmbeddedDatabase.start(data)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the database password file " + passwordFile + " is open to others (mode rw-r--r--);"
            + " run chmod 600 on it and start again");
    assertThat(data.resolve("postgresql.conf")).doesNotExist();
  }

  @Test
  void a_locked_down_database_whose_password_file_is_lost_is_refused_with_the_file_to_restore() throws IOException {
    Path data = home.resolve("pgdata");
    DatabaseLockdown lockdown = new DatabaseLockdown(data);
    EmbeddedDatabase.start(data).close();
    Files.delete(lockdown.passwordFile());

    assertThatThrownBy(() -> EmbeddedDatabase.start(data)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(lockdown.passwordFile() + ", which is missing");
  }

  private static void assertRefusesAllButThePassword(EmbeddedDatabase db) throws SQLException {
    assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "")).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password() + "x"))
        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      assertThat(c.isValid(5)).isTrue();
    }
  }
}
