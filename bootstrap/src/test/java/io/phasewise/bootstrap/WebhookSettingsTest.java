package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {
  @Test
  void by_default_the_dispatcher_polls_every_two_seconds_and_calls_public_addresses_only() {
    WebhookSettings webhooks = PhasewiseSettings.fromEnvironment(Map.of()).webhooks();

    assertThat(webhooks).isEqualTo(WebhookSettings.defaults());
    assertThat(webhooks.poll()).isEqualTo(Duration.ofSeconds(2));
    assertThat(webhooks.allowLoopback()).isFalse();
    assertThat(webhooks.allowPrivate()).isFalse();
    assertThat(webhooks.lease()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void every_setting_is_read_from_the_environment() {
    WebhookSettings webhooks = WebhookSettings.fromEnvironment(Map.of("PHASEWISE_WEBHOOK_POLL", "500ms",
        "PHASEWISE_WEBHOOKS_ALLOW_LOOPBACK", "true", "PHASEWISE_WEBHOOKS_ALLOW_PRIVATE", "TRUE",
        "PHASEWISE_WEBHOOK_LEASE", "PT2M"));

    assertThat(webhooks).isEqualTo(new WebhookSettings(Duration.ofMillis(500), true, true, Duration.ofMinutes(2)));
    assertThat(WebhookSettings.duration("X", " 3 s ")).isEqualTo(Duration.ofSeconds(3));
    assertThat(WebhookSettings.duration("X", "1h")).isEqualTo(Duration.ofHours(1));
    assertThat(WebhookSettings.duration("X", "pt0.25s")).isEqualTo(Duration.ofMillis(250));
    assertThat(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_PORT", "9000")).withPort(1).webhooks())
        .isEqualTo(WebhookSettings.defaults());
  }

  @Test
  void bad_values_are_refused_naming_the_variable() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookSettings.fromEnvironment(Map.of("PHASEWISE_WEBHOOK_POLL", "soon")))
        .withMessage("PHASEWISE_WEBHOOK_POLL must be a duration such as 2s, 500ms, 1m or PT2S, not 'soon'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookSettings.fromEnvironment(Map.of("PHASEWISE_WEBHOOK_POLL", "0s")))
        .withMessageContaining("positive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookSettings.fromEnvironment(Map.of("PHASEWISE_WEBHOOKS_ALLOW_PRIVATE", "yes")))
        .withMessageContaining("PHASEWISE_WEBHOOKS_ALLOW_PRIVATE must be true or false");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookSettings.fromEnvironment(Map.of("PHASEWISE_WEBHOOK_LEASE", "5s")))
        .withMessageContaining("at least 25s");
  }
}
