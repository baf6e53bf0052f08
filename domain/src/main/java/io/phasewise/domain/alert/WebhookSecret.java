package io.phasewise.domain.alert;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret a webhook's requests are signed with: 32 random bytes written in base64url without
 * padding (43 characters). The HMAC key is the UTF-8 bytes of that text, so a receiver uses the
 * secret exactly as it was shown. {@link #toString()} hides it, so it never reaches a log.
 */
public record WebhookSecret(String value) {
  /** Random bytes in a generated secret. */
  public static final int BYTES = 32;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

  public WebhookSecret {
    Objects.requireNonNull(value, "secret");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a webhook secret is 43 base64url characters (32 bytes)");
    }
  }

  /** A new secret from {@code random} (a {@link SecureRandom} in production). */
  public static WebhookSecret generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new WebhookSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The HMAC key: the secret's text as UTF-8. */
  byte[] key() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "WebhookSecret[hidden]";
  }
}
