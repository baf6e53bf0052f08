package io.phasewise.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
  private static final String URL = "jdbc:postgresql://localhost:5432/phasewise";

  @Test
  void the_short_form_waits_ten_seconds_for_a_connection_and_never_prints_the_password() {
    DatabaseSettings settings = new DatabaseSettings(URL, "app", "s3cr3t", 5);

    assertThat(settings.connectionTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.toString()).contains(URL, "app").doesNotContain("s3cr3t");
  }

  @Test
  void settings_that_cannot_work_are_refused() {
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://localhost/x", "a", "b", 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DatabaseSettings(URL, "a", "b", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DatabaseSettings(URL, "a", "b", 5, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
