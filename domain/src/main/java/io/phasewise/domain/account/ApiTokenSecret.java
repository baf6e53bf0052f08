package io.phasewise.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal API token as its owner sends it: {@code pw_} and 43 base64url characters
 * (32 random bytes). Shown once when issued, never stored: only its {@link #hash()} is.
 *
 * <p>SHA-256 and not a slow password hash (bcrypt, Argon2) because the secret is not chosen by a
 * person: 256 random bits cannot be guessed or brute-forced from a leaked hash, so a fast digest
 * is as safe here and keeps authentication to one hash and one indexed lookup. Nor is a
 * constant-time comparison needed: the server never compares a candidate with a stored secret; it
 * looks the candidate's hash up in a unique index, and timing differences of that lookup reveal
 * nothing usable about a secret whose hash the caller cannot choose.
 *
 * <p>{@link #toString()} masks all but the prefix, so a secret does not leak into logs.
 */
public record ApiTokenSecret(String value) {
  public static final String SCHEME_PREFIX = "pw_";
  /** Random bytes in a secret. */
  public static final int RANDOM_BYTES = 32;
  /** Characters of the secret kept as its public prefix: {@code pw_} and 8 more. */
  public static final int PREFIX_LENGTH = SCHEME_PREFIX.length() + 8;

  private static final Pattern SHAPE = Pattern.compile("pw_[A-Za-z0-9_-]{43}");

  public ApiTokenSecret {
    Objects.requireNonNull(value, "token secret");
    if (!isWellFormed(value)) throw new IllegalArgumentException("a token secret is pw_ and 43 base64url characters");
  }

  /** The secret in {@code text}, or empty when {@code text} cannot be a token secret at all. */
  public static Optional<ApiTokenSecret> parse(String text) {
    return isWellFormed(text) ? Optional.of(new ApiTokenSecret(text)) : Optional.empty();
  }

  private static boolean isWellFormed(String text) {
    return text != null && text.length() == SCHEME_PREFIX.length() + 43 && SHAPE.matcher(text).matches();
  }

  /** The first characters, shown in token listings so that a person can tell tokens apart. */
  public String prefix() {
    return value.substring(0, PREFIX_LENGTH);
  }

  /** The SHA-256 digest of the secret's characters. */
  public TokenHash hash() {
    try {
      return new TokenHash(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return prefix() + "…";
  }
}
