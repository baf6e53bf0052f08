package io.phasewise.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresLockdownTest {
  @Test
  void the_test_server_asks_every_connection_for_its_password_and_keeps_its_socket_out_of_tmp() throws SQLException, IOException {
    DatabaseSettings settings = TestPostgres.settings("postgres");

    assertThatThrownBy(() -> DriverManager.getConnection(settings.jdbcUrl(), settings.user(), ""))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password() + "x"))
        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement s = c.createStatement()) {
      assertThat(single(s, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")).isEqualTo("0");
      Path socketDirectory = Path.of(single(s, "SHOW unix_socket_directories"));
      assertThat(socketDirectory.getFileName().toString()).startsWith("pg-socket");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDirectory))).isEqualTo("rwx------");
    }
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
