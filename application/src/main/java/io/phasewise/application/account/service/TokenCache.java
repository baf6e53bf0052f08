package io.phasewise.application.account.service;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.TokenHash;
import io.phasewise.domain.account.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A short-lived in-process cache of active tokens by hash, so that most requests authenticate without
 * a query. Revoking through {@link RevokeApiTokenService} evicts at once in this process; other
 * processes sharing the database keep a revoked token for at most {@code timeToLive}.
 *
 * <p>A lookup that raced a revocation cannot re-insert the revoked token: every eviction advances an
 * epoch, and an entry read from the database before the latest eviction is refused (see
 * {@link #epoch()} and {@link #put}).
 */
public final class TokenCache {
  private final Map<TokenHash, Entry> entries = new ConcurrentHashMap<>();
  private final Duration timeToLive;
  private final int maxEntries;
  private volatile long epoch;

  /**
   * @param timeToLive how long an entry answers without asking the database again; zero disables caching
   * @param maxEntries most tokens kept; when full, expired entries go, and if none has, all go
   */
  public TokenCache(Duration timeToLive, int maxEntries) {
    if (timeToLive.isNegative()) throw new IllegalArgumentException("time to live must not be negative: " + timeToLive);
    if (maxEntries < 1) throw new IllegalArgumentException("a cache holds at least one entry: " + maxEntries);
    this.timeToLive = timeToLive;
    this.maxEntries = maxEntries;
  }

  /** A cache that keeps nothing: every request asks the database. */
  public static TokenCache disabled() {
    return new TokenCache(Duration.ZERO, 1);
  }

  /** The live entry for {@code hash} at {@code now}, or {@code null}. */
  Entry get(TokenHash hash, Instant now) {
    Entry entry = entries.get(hash);
    if (entry == null) return null;
    if (!now.isBefore(entry.expiresAt)) {
      entries.remove(hash, entry);
      return null;
    }
    return entry;
  }

  /** The current epoch: read it before reading a token from the database, and pass it to {@link #put}. */
  long epoch() {
    return epoch;
  }

  /**
   * Caches the active {@code token}, whose owner has {@code role}, read at {@code now}, unless an eviction
   * happened since {@code epochBeforeRead} (then the read may predate a revocation, and null is returned).
   */
  synchronized Entry put(ApiToken token, Role role, Instant now, long epochBeforeRead) {
    if (epoch != epochBeforeRead) return null;
    Entry entry = new Entry(token, role, now.plus(timeToLive));
    if (timeToLive.isZero()) return entry;
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(e -> !now.isBefore(e.expiresAt));
      if (entries.size() >= maxEntries) entries.clear();
    }
    entries.put(token.hash(), entry);
    return entry;
  }

  /** Forgets the token {@code id}, and makes every lookup that started before now unable to cache. */
  public synchronized void evict(ApiTokenId id) {
    epoch++;
    entries.values().removeIf(e -> e.token.equals(id));
  }

  /** Forgets every token of {@code owner} (whose role changed), like {@link #evict}. */
  public synchronized void evictOwner(UserId owner) {
    epoch++;
    entries.values().removeIf(e -> e.caller.user().equals(owner));
  }

  int size() {
    return entries.size();
  }

  /** An active token as cached: who calls with it, until when the entry holds, and when its use was last recorded. */
  static final class Entry {
    final ApiTokenId token;
    final Caller caller;
    final Instant expiresAt;
    private final AtomicReference<Instant> lastUseRecorded;

    Entry(ApiToken token, Role role, Instant expiresAt) {
      this.token = token.id();
      this.caller = new Caller(token.owner(), Objects.requireNonNull(role), token.scopes());
      this.expiresAt = expiresAt;
      this.lastUseRecorded = new AtomicReference<>(token.lastUsedAt());
    }

    /** True for exactly one caller per recording interval: that caller records the use {@code at}. */
    boolean claimUseRecording(Instant at) {
      while (true) {
        Instant last = lastUseRecorded.get();
        if (!ApiToken.useIsWorthRecording(last, at)) return false;
        if (lastUseRecorded.compareAndSet(last, at)) return true;
      }
    }
  }
}
