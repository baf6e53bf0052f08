package io.phasewise.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token secrets: their shape, their SHA-256 hash, their masked text; tokens: names, revocation, use recording. */
class ApiTokenTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  /** The base64url text of the bytes 0, 1, ..., 31. */
  private static final String KNOWN = "pw_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

  @Test
  void a_secret_is_pw_and_43_base64url_characters_of_the_injected_randomness() {
    Random counting = new Random() {
      @Override
      public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
      }
    };

    ApiTokenSecret secret = new TokenSecretGenerator(counting).next();

    assertThat(secret.value()).isEqualTo(KNOWN).hasSize(46);
    assertThat(secret.prefix()).isEqualTo("pw_AAECAwQF");
  }

  @Test
  void the_hash_is_sha_256_of_the_secret_text() {
    assertThat(new ApiTokenSecret(KNOWN).hash())
        .hasToString("e224f988e554b95f9c9c9c5e0c08514904180d98a7b5a2170385edb678977d18")
        .isEqualTo(new ApiTokenSecret(KNOWN).hash());
  }

  @Test
  void secrets_from_secure_randomness_are_distinct_and_well_formed() {
    TokenSecretGenerator generator = new TokenSecretGenerator(new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      ApiTokenSecret secret = generator.next();
      assertThat(ApiTokenSecret.parse(secret.value())).contains(secret);
      seen.add(secret.value());
    }
    assertThat(seen).hasSize(1_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pw_", "pw_short", "PW_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
      "pw_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "pw_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh+",
      "pw_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8x", "xx_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"})
  void anything_else_is_not_a_secret(String text) {
    assertThat(ApiTokenSecret.parse(text)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> new ApiTokenSecret(text));
  }

  @Test
  void a_secret_prints_masked() {
    assertThat(new ApiTokenSecret(KNOWN)).hasToString("pw_AAECAwQF…");
  }

  @Test
  void a_hash_has_32_bytes_and_is_copied() {
    byte[] bytes = new byte[32];
    TokenHash hash = new TokenHash(bytes);
    bytes[0] = 1;
    hash.bytes()[1] = 1;
    assertThat(hash).isEqualTo(new TokenHash(new byte[32]));
    assertThatIllegalArgumentException().isThrownBy(() -> new TokenHash(new byte[31])).withMessageContaining("31");
  }

  @Test
  void an_issued_token_keeps_the_prefix_and_hash_of_its_secret() {
    ApiTokenSecret secret = new ApiTokenSecret(KNOWN);
    ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), new UserId(UUID.randomUUID()), "laptop", Role.USER.defaultScopes(), secret, T0);

    assertThat(token.prefix()).isEqualTo(secret.prefix());
    assertThat(token.hash()).isEqualTo(secret.hash());
    assertThat(token.isRevoked()).isFalse();
    assertThat(token.lastUsed()).isEmpty();
  }

  @Test
  void revoking_sets_the_time_once() {
    ApiToken token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), new UserId(UUID.randomUUID()), "ci", Role.USER.defaultScopes(), new ApiTokenSecret(KNOWN), T0);

    ApiToken revoked = token.revoke(T0.plusSeconds(10));

    assertThat(revoked.revoked()).contains(T0.plusSeconds(10));
    assertThat(revoked.revoke(T0.plusSeconds(99)).revokedAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(token.isRevoked()).as("tokens are immutable").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "tab\there"})
  void bad_names_are_refused(String name) {
    assertThat(ApiToken.nameProblem(name)).isPresent();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ApiToken.issue(new ApiTokenId(UUID.randomUUID()), new UserId(UUID.randomUUID()), name, Role.USER.defaultScopes(), new ApiTokenSecret(KNOWN), T0))
        .withMessageStartingWith("token name");
  }

  @Test
  void a_name_has_at_most_100_characters() {
    assertThat(ApiToken.nameProblem("n".repeat(100))).isEmpty();
    assertThat(ApiToken.nameProblem("n".repeat(101))).contains("must be at most 100 characters");
  }

  @Test
  void a_use_is_recorded_at_most_once_a_minute() {
    assertThat(ApiToken.useIsWorthRecording(null, T0)).isTrue();
    assertThat(ApiToken.useIsWorthRecording(T0, T0.plusSeconds(59))).isFalse();
    assertThat(ApiToken.useIsWorthRecording(T0, T0.plusSeconds(60))).isTrue();
  }
}
