package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.domain.market.Interval;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineSettingsTest {
  private static PipelineSettings read(String every) {
    return PipelineSettings.fromEnvironment(Map.of("PHASEWISE_PIPELINE_EVERY", every));
  }

  @Test
  void by_default_the_pipeline_runs_on_daily_bars_every_fifteen_minutes() {
    PipelineSettings pipeline = PhasewiseSettings.fromEnvironment(Map.of()).pipeline();

    assertThat(pipeline).isEqualTo(PipelineSettings.defaults());
    assertThat(pipeline.every()).contains(Duration.ofMinutes(15));
    assertThat(pipeline.interval()).isEqualTo(Interval.D1);
    assertThat(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_PIPELINE_EVERY", "2s")).withPort(1).withHome(
        java.nio.file.Path.of("x")).pipeline().every()).as("kept by the with- copies").contains(Duration.ofSeconds(2));
  }

  @Test
  void the_pause_is_written_like_the_webhook_poll_and_off_or_zero_turns_the_schedule_off() {
    assertThat(read("500ms").every()).contains(Duration.ofMillis(500));
    assertThat(read("2s").every()).contains(Duration.ofSeconds(2));
    assertThat(read("1m").every()).contains(Duration.ofMinutes(1));
    assertThat(read("PT15M").every()).contains(Duration.ofMinutes(15));
    assertThat(read(" 1h ").every()).contains(Duration.ofHours(1));
    assertThat(read("off").every()).isEmpty();
    assertThat(read("OFF").every()).isEmpty();
    assertThat(read("0").every()).isEmpty();
    assertThat(read("0s").every()).isEmpty();
    assertThat(PipelineSettings.fromEnvironment(Map.of("PHASEWISE_PIPELINE_INTERVAL", "1h")))
        .isEqualTo(new PipelineSettings(Optional.of(Duration.ofMinutes(15)), Interval.H1));
  }

  @Test
  void bad_values_are_refused_naming_the_variable() {
    assertThatIllegalArgumentException().isThrownBy(() -> read("often"))
        .withMessage("PHASEWISE_PIPELINE_EVERY must be a duration such as 2s, 500ms, 1m or PT2S, not 'often'");
    assertThatIllegalArgumentException().isThrownBy(() -> read("PT-5M"))
        .withMessage("PHASEWISE_PIPELINE_EVERY must be positive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PipelineSettings.fromEnvironment(Map.of("PHASEWISE_PIPELINE_INTERVAL", "2d")))
        .withMessage("PHASEWISE_PIPELINE_INTERVAL must be one of 1m 5m 15m 30m 1h 4h 1d 1w, not '2d'");
  }
}
