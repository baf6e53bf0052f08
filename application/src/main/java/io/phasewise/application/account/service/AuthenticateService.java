package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenSecret;
import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.TokenHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates personal API tokens: a malformed token is refused without any I/O; a well-formed one
 * is hashed and answered from the {@link TokenCache} or by one indexed lookup of the hash and one of its
 * owner (for the role). The use of a token is written at most once a minute per token, so authenticating
 * stays a read.
 */
public final class AuthenticateService implements AuthenticateUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticateService.class);

  private final LoadUserPort users;
  private final LoadApiTokensPort load;
  private final SaveApiTokenPort save;
  private final TokenCache cache;
  private final TransactionPort tx;
  private final Clock clock;

  public AuthenticateService(LoadUserPort users, LoadApiTokensPort load, SaveApiTokenPort save, TokenCache cache,
      TransactionPort tx, Clock clock) {
    this.users = users;
    this.load = load;
    this.save = save;
    this.cache = cache;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Optional<Caller> identify(String token) {
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
    return Optional.of(entry.caller);
  }

  /**
   * The active token with this hash and its owner's role, cached when no revocation or role change raced the
   * read; null when unknown or revoked.
   */
  private TokenCache.Entry lookUp(TokenHash hash, Instant now) {
    long epoch = cache.epoch();
    Optional<Read> read = read(hash);
    if (read.isEmpty()) return null;
    TokenCache.Entry entry = cache.put(read.get().token(), read.get().role(), now, epoch);
    if (entry != null) return entry;
    // A revocation happened while reading: read again, now after it, and do not cache.
    return read(hash).map(r -> new TokenCache.Entry(r.token(), r.role(), now)).orElse(null);
  }

  private Optional<Read> read(TokenHash hash) {
    return load.findByHash(hash).filter(t -> !t.isRevoked())
        .flatMap(token -> users.findById(token.owner()).map(owner -> new Read(token, owner.role())));
  }

  /** A token as read with its owner's role. */
  private record Read(ApiToken token, Role role) {}

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
