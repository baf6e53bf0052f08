package io.phasewise.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final WebhookSecret SECRET = new WebhookSecret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I");
  private static final byte[] BODY = "{\"event\":\"phase.transition\",\"symbol\":\"AAPL\"}".getBytes(StandardCharsets.UTF_8);
  private static final Instant SENT = Instant.ofEpochSecond(1_719_748_800L);
  private static final Duration TOLERANCE = WebhookSignature.DEFAULT_TOLERANCE;

  @Test
  void the_header_is_the_time_and_the_hmac_sha256_of_time_dot_body_in_hex() {
    // expected value computed independently: Python hmac.new(secret, b"1719748800." + body, sha256).hexdigest()
    assertThat(WebhookSignature.sign(SECRET, SENT.plusMillis(999), BODY))
        .isEqualTo("t=1719748800,v1=9499caf3ba85c2e9ddeccf5e31605451df2fdd169c5502682a97e847f84cde3e");
  }

  @Test
  void a_signed_body_verifies_within_the_tolerance_on_either_side() {
    String header = WebhookSignature.sign(SECRET, SENT, BODY);

    assertThat(WebhookSignature.verify(header, SECRET.value(), BODY, SENT.plus(TOLERANCE), TOLERANCE).get()).isEqualTo(SENT);
    assertThat(WebhookSignature.verify(header, SECRET.value(), BODY, SENT.minus(TOLERANCE), TOLERANCE).isRight()).isTrue();
  }

  @Test
  void a_changed_body_a_wrong_secret_or_an_old_time_is_refused() {
    String header = WebhookSignature.sign(SECRET, SENT, BODY);
    byte[] changed = "{\"event\":\"phase.transition\",\"symbol\":\"MSFT\"}".getBytes(StandardCharsets.UTF_8);
    String otherSecret = WebhookSecret.generate(new java.security.SecureRandom()).value();

    assertThat(WebhookSignature.verify(header, SECRET.value(), changed, SENT, TOLERANCE).getLeft())
        .isEqualTo("no v1 signature matches the body and the secret");
    assertThat(WebhookSignature.verify(header, otherSecret, BODY, SENT, TOLERANCE).isLeft()).isTrue();
    assertThat(WebhookSignature.verify(header, SECRET.value(), BODY, SENT.plus(TOLERANCE).plusSeconds(1), TOLERANCE).getLeft())
        .contains("more than 300 s");
  }

  @Test
  void a_replayed_signature_with_a_fresh_time_does_not_verify() {
    String header = WebhookSignature.sign(SECRET, SENT, BODY);
    String forged = header.replace("t=1719748800", "t=1719749400");

    assertThat(WebhookSignature.verify(forged, SECRET.value(), BODY, SENT.plusSeconds(600), TOLERANCE).isLeft()).isTrue();
  }

  @Test
  void any_matching_v1_among_several_is_enough_and_hex_case_does_not_matter() {
    String v1 = WebhookSignature.sign(SECRET, SENT, BODY).substring("t=1719748800,v1=".length());
    String header = "t=1719748800, v1=" + "0".repeat(64) + ", v0=ignored, v1=" + v1.toUpperCase();

    assertThat(WebhookSignature.verify(header, SECRET.value(), BODY, SENT, TOLERANCE).isRight()).isTrue();
  }

  @Test
  void malformed_headers_say_what_is_missing() {
    assertThat(WebhookSignature.verify(null, SECRET.value(), BODY, SENT, TOLERANCE).getLeft()).isEqualTo("no Phasewise-Signature header");
    assertThat(WebhookSignature.verify("v1=abc", SECRET.value(), BODY, SENT, TOLERANCE).getLeft()).contains("no timestamp");
    assertThat(WebhookSignature.verify("t=1719748800", SECRET.value(), BODY, SENT, TOLERANCE).getLeft()).contains("no v1");
    assertThat(WebhookSignature.verify("t=soon,v1=abc", SECRET.value(), BODY, SENT, TOLERANCE).getLeft()).contains("'soon'");
    assertThat(WebhookSignature.verify("garbage", SECRET.value(), BODY, SENT, TOLERANCE).getLeft()).contains("malformed");
  }
}
