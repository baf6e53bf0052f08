package io.phasewise.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.shared.PortUnavailableException;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {
  private static final String DRIVER_TEXT = "SQL [insert into \"candles\" (\"asset_id\") values (?)]; ERROR: deadlock detected\n"
      + "  Detail: Process 21622 waits for ShareLock on transaction 776; blocked by process 21617.";

  @Test
  void an_outage_message_names_the_sqlstate_but_no_statement_table_or_process() {
    RuntimeException failure = DatabaseFailures.translate(
        new DataAccessException(DRIVER_TEXT, new SQLException(DRIVER_TEXT, "40P01")));

    assertThat(failure).isInstanceOf(PortUnavailableException.class)
        .hasMessage("the database is unavailable or busy (SQLSTATE 40P01); try again")
        .hasRootCauseMessage(DRIVER_TEXT);
  }

  @Test
  void a_statement_bug_is_not_an_outage() {
    RuntimeException failure = DatabaseFailures.translateChecked(new SQLException("syntax error", "42601"));

    assertThat(failure).isInstanceOf(DataAccessException.class).isNotInstanceOf(PortUnavailableException.class);
  }
}
