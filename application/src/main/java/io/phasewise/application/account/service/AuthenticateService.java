package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenSecret;
import io.phasewise.domain.account.TokenHash;
import io.phasewise.domain.account.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates personal API tokens: a malformed token is refused without any I/O; a well-formed one
 * is hashed and answered from the {@link TokenCache} or by one indexed lookup of the hash. The use of
 * a token is written at most once a minute per token, so authenticating stays a read.
 */
public final class AuthenticateService implements AuthenticateUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticateService.class);

  private final LoadApiTokensPort load;
  private final SaveApiTokenPort save;
  private final TokenCache cache;
  private final TransactionPort tx;
  private final Clock clock;

  public AuthenticateService(LoadApiTokensPort load, SaveApiTokenPort save, TokenCache cache, TransactionPort tx,
      Clock clock) {
    this.load = load;
    this.save = save;
    this.cache = cache;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Optional<UserId> authenticate(String token) {
    Optional<ApiTokenSecret> secret = ApiTokenSecret.parse(token);
    if (secret.isEmpty()) return Optional.empty();
    TokenHash hash = secret.get().hash();
    Instant now = clock.instant();
    TokenCache.Entry entry = cache.get(hash, now);
    if (entry == null) {
      entry = lookUp(hash, now);
      if (entry == null) return Optional.empty();
    }
    if (entry.claimUseRecording(now)) recordUse(entry, now);
    return Optional.of(entry.owner);
  }

  /** The active token with this hash, cached when no revocation raced the read; null when unknown or revoked. */
  private TokenCache.Entry lookUp(TokenHash hash, Instant now) {
    long epoch = cache.epoch();
    Optional<ApiToken> found = load.findByHash(hash).filter(t -> !t.isRevoked());
    if (found.isEmpty()) return null;
    TokenCache.Entry entry = cache.put(found.get(), now, epoch);
    if (entry != null) return entry;
    // A revocation happened while reading: read again, now after it, and do not cache.
    return load.findByHash(hash).filter(t -> !t.isRevoked())
        .map(t -> new TokenCache.Entry(t.id(), t.owner(), now, t.lastUsedAt()))
        .orElse(null);
  }

  private void recordUse(TokenCache.Entry entry, Instant now) {
    try {
      tx.inTransaction(() -> {
        save.recordUse(entry.token, now);
        return null;
      });
    } catch (PortUnavailableException e) {
      LOG.warn("could not record the use of token {}: {}", entry.token, e.getMessage());
    }
  }
}
