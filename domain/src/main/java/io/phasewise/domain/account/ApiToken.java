package io.phasewise.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A personal API token of a user: what is kept of it (the hash of its secret and a short public
 * prefix), when it was issued, last used and revoked. A revoked token never authenticates again.
 *
 * @param name what the owner calls it ("laptop", "CI"), 1 to {@value #MAX_NAME} characters
 * @param scopes what it may be used for, at least one; bounded by its owner's {@link Role} when issued
 * @param lastUsedAt when it last authenticated a request (recorded at most once a
 *     {@link #USE_RECORDING_INTERVAL}), or {@code null} when never
 * @param revokedAt when it was revoked, or {@code null} while it is active
 */
public record ApiToken(
    ApiTokenId id, UserId owner, String name, Set<Scope> scopes, String prefix, TokenHash hash, Instant createdAt,
    Instant lastUsedAt, Instant revokedAt) {

  public static final int MAX_NAME = 100;
  /** Uses are recorded at most this often per token, so authenticating stays a read. */
  public static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(createdAt, "createdAt");
    if (scopes == null || scopes.isEmpty()) throw new IllegalArgumentException("a token has at least one scope");
    scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    nameProblem(name).ifPresent(p -> {
      throw new IllegalArgumentException("token name " + p);
    });
    if (!prefix.startsWith(ApiTokenSecret.SCHEME_PREFIX) || prefix.length() != ApiTokenSecret.PREFIX_LENGTH) {
      throw new IllegalArgumentException("a token prefix is the first " + ApiTokenSecret.PREFIX_LENGTH + " characters of its secret: " + prefix);
    }
    if (revokedAt != null && revokedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a token cannot be revoked (" + revokedAt + ") before it is issued (" + createdAt + ")");
    }
  }

  /** A new token for {@code secret} with {@code scopes}, issued to {@code owner} {@code at}. */
  public static ApiToken issue(ApiTokenId id, UserId owner, String name, Set<Scope> scopes, ApiTokenSecret secret,
      Instant at) {
    return new ApiToken(id, owner, name, scopes, secret.prefix(), secret.hash(), at, null, null);
  }

  /** What is wrong with {@code name} as a token name, or empty when it is acceptable. */
  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) return Optional.of("must not be blank");
    if (name.length() > MAX_NAME) return Optional.of("must be at most " + MAX_NAME + " characters");
    if (name.chars().anyMatch(Character::isISOControl)) return Optional.of("must not contain control characters");
    return Optional.empty();
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Optional<Instant> lastUsed() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> revoked() {
    return Optional.ofNullable(revokedAt);
  }

  /** This token revoked {@code at}; a token revoked before keeps its first revocation time. */
  public ApiToken revoke(Instant at) {
    if (isRevoked()) return this;
    return new ApiToken(id, owner, name, scopes, prefix, hash, createdAt, lastUsedAt, at.isBefore(createdAt) ? createdAt : at);
  }

  /** Whether a use {@code at} should be recorded: never used, or last recorded a full interval ago. */
  public static boolean useIsWorthRecording(Instant lastRecorded, Instant at) {
    return lastRecorded == null || !at.isBefore(lastRecorded.plus(USE_RECORDING_INTERVAL));
  }
}
