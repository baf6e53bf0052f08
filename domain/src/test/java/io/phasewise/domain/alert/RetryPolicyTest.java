package io.phasewise.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  private static final Duration MS = Duration.ofMillis(30);
  private final RetryPolicy standard = RetryPolicy.standard();

  @Test
  void the_standard_schedule_doubles_from_ten_seconds() {
    assertThat(IntStream.rangeClosed(1, 7).mapToObj(standard::delayAfter).map(Duration::toSeconds))
        .containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L);
  }

  @Test
  void delays_are_capped_at_the_maximum_even_for_absurd_attempt_numbers() {
    assertThat(standard.delayAfter(10)).isEqualTo(Duration.ofHours(1));
    assertThat(standard.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 202, 204, 299})
  void any_2xx_delivers(int status) {
    assertThat(standard.decide(8, WebhookResponse.status(status, MS))).isEqualTo(new RetryPolicy.Decision.Delivered());
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 400, 401, 404, 408, 429, 500, 502, 503})
  void other_answers_are_retried_with_the_backoff(int status) {
    assertThat(standard.decide(3, WebhookResponse.status(status, MS)))
        .isEqualTo(new RetryPolicy.Decision.RetryAfter(Duration.ofSeconds(40)));
  }

  @Test
  void a_network_error_is_retried() {
    assertThat(standard.decide(1, WebhookResponse.failed("connection refused", MS)))
        .isEqualTo(new RetryPolicy.Decision.RetryAfter(Duration.ofSeconds(10)));
  }

  @Test
  void the_eighth_failed_attempt_gives_up_without_deactivating() {
    RetryPolicy.Decision decision = standard.decide(8, WebhookResponse.status(503, MS));

    assertThat(decision).isEqualTo(new RetryPolicy.Decision.GiveUp("gave up after 8 attempts", false));
  }

  @Test
  void gone_fails_at_once_and_deactivates_the_subscription() {
    RetryPolicy.Decision decision = standard.decide(1, WebhookResponse.status(410, MS));

    assertThat(decision).isInstanceOfSatisfying(RetryPolicy.Decision.GiveUp.class,
        g -> assertThat(g.deactivateSubscription()).isTrue());
  }

  @Test
  void a_policy_must_be_able_to_make_one_attempt() {
    assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3));
    assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
  }
}
