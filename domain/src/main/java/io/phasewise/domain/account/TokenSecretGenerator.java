package io.phasewise.domain.account;

import java.util.Base64;
import java.util.Objects;
import java.util.Random;

/**
 * Makes new token secrets from a source of randomness: a {@link java.security.SecureRandom} in
 * production, a seeded {@link Random} in tests that need known secrets.
 */
public final class TokenSecretGenerator {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final Random random;

  public TokenSecretGenerator(Random random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A fresh secret: {@code pw_} and the base64url text of 32 random bytes. */
  public ApiTokenSecret next() {
    byte[] bytes = new byte[ApiTokenSecret.RANDOM_BYTES];
    synchronized (random) {
      random.nextBytes(bytes);
    }
    return new ApiTokenSecret(ApiTokenSecret.SCHEME_PREFIX + BASE64URL.encodeToString(bytes));
  }
}
