package io.phasewise.application.testing;

import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.TokenHash;
import io.phasewise.domain.account.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory fake of the API token ports; passes the same contract as the database adapter. */
public final class InMemoryApiTokenStore implements LoadApiTokensPort, SaveApiTokenPort {
  private final Map<ApiTokenId, ApiToken> tokens = new ConcurrentHashMap<>();
  private final AtomicInteger hashLookups = new AtomicInteger();

  @Override
  public Optional<ApiToken> findById(ApiTokenId id) {
    return Optional.ofNullable(tokens.get(id));
  }

  @Override
  public Optional<ApiToken> findByHash(TokenHash hash) {
    hashLookups.incrementAndGet();
    return withHash(hash);
  }

  private Optional<ApiToken> withHash(TokenHash hash) {
    return tokens.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
  }

  @Override
  public List<ApiToken> tokensOf(UserId owner) {
    return tokens.values().stream().filter(t -> t.owner().equals(owner))
        .sorted(Comparator.comparing(ApiToken::createdAt).reversed().thenComparing(t -> t.id().value()))
        .toList();
  }

  @Override
  public synchronized void insert(ApiToken token) {
    if (tokens.containsKey(token.id()) || withHash(token.hash()).isPresent()) {
      throw new IllegalStateException("token " + token.id() + " or its hash is stored already");
    }
    tokens.put(token.id(), token);
  }

  @Override
  public synchronized boolean revoke(ApiTokenId id, Instant at) {
    ApiToken token = tokens.get(id);
    if (token == null || token.isRevoked()) return false;
    tokens.put(id, token.revoke(at));
    return true;
  }

  @Override
  public synchronized void recordUse(ApiTokenId id, Instant at) {
    ApiToken t = tokens.get(id);
    if (t == null || t.lastUsedAt() != null && !t.lastUsedAt().isBefore(at)) return;
    tokens.put(id, new ApiToken(t.id(), t.owner(), t.name(), t.scopes(), t.prefix(), t.hash(), t.createdAt(), at, t.revokedAt()));
  }

  /** Drops a user's tokens (the fake's ON DELETE CASCADE). */
  public void deleteOwner(UserId owner) {
    tokens.values().removeIf(t -> t.owner().equals(owner));
  }

  /** How many lookups by hash reached this store (what the authentication cache saves). */
  public int hashLookups() {
    return hashLookups.get();
  }
}
