package io.phasewise.application.account.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.account.port.in.RevokeApiTokenCommand;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.testing.DirectTransactions;
import io.phasewise.application.testing.InMemoryApiTokenStore;
import io.phasewise.application.testing.InMemoryUserStore;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.ApiTokenSecret;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.TokenHash;
import io.phasewise.domain.account.TokenSecretGenerator;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authentication by token: no I/O for malformed tokens, a brief cache, immediate revocation, coarse use recording. */
class AuthenticateServiceTest {
  private static final Instant T0 = Instant.parse("2025-04-01T08:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryUserStore users = new InMemoryUserStore();
  private final InMemoryApiTokenStore tokens = new InMemoryApiTokenStore();
  private final TokenCache cache = new TokenCache(Duration.ofSeconds(30), 100);
  private final DirectTransactions tx = new DirectTransactions();
  private final TokenSecretGenerator secrets = new TokenSecretGenerator(new Random(3));
  private final AuthenticateService authenticate = new AuthenticateService(users, tokens, tokens, cache, tx, clock);
  private final RevokeApiTokenService revoke = new RevokeApiTokenService(tokens, tokens, cache, tx, clock);
  private final UserId owner = new UserId(UUID.randomUUID());

  AuthenticateServiceTest() {
    users.insert(User.register(owner, EmailAddress.of("owner@example.org"), UserSettings.EMPTY, T0));
  }

  private ApiTokenSecret issue() {
    ApiTokenSecret secret = secrets.next();
    tokens.insert(ApiToken.issue(new ApiTokenId(UUID.randomUUID()), owner, "t", Role.USER.defaultScopes(), secret, T0));
    return secret;
  }

  private ApiToken stored(ApiTokenSecret secret) {
    return tokens.findByHash(secret.hash()).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pw_", "Bearer", "pw_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "pw_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
  void a_malformed_token_is_refused_without_a_lookup(String token) {
    assertThat(authenticate.authenticate(token)).isEmpty();
    assertThat(authenticate.authenticate(null)).isEmpty();
    assertThat(tokens.hashLookups()).isZero();
  }

  @Test
  void an_unknown_well_formed_token_is_refused_after_one_lookup() {
    assertThat(authenticate.authenticate(secrets.next().value())).isEmpty();
    assertThat(tokens.hashLookups()).isEqualTo(1);
  }

  @Test
  void a_known_token_is_looked_up_once_then_answered_from_the_cache_until_it_expires() {
    ApiTokenSecret secret = issue();
    int before = tokens.hashLookups();

    for (int i = 0; i < 10; i++) assertThat(authenticate.authenticate(secret.value())).contains(owner);
    assertThat(tokens.hashLookups() - before).isEqualTo(1);

    clock.advance(Duration.ofSeconds(30));
    assertThat(authenticate.authenticate(secret.value())).contains(owner);
    assertThat(tokens.hashLookups() - before).isEqualTo(2);
  }

  @Test
  void a_revoked_token_is_refused_from_the_next_request_on_although_it_was_cached() {
    ApiTokenSecret secret = issue();
    assertThat(authenticate.authenticate(secret.value())).contains(owner);

    revoke.revoke(new RevokeApiTokenCommand(owner, stored(secret).id()));

    assertThat(authenticate.authenticate(secret.value())).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void a_lookup_that_raced_a_revocation_does_not_cache_the_token() {
    ApiTokenSecret secret = issue();
    ApiToken token = stored(secret);
    AtomicBoolean revokeDuringRead = new AtomicBoolean(true);
    LoadApiTokensPort racing = new LoadApiTokensPort() {
      @Override
      public Optional<ApiToken> findById(ApiTokenId id) {
        return tokens.findById(id);
      }

      @Override
      public Optional<ApiToken> findByHash(TokenHash hash) {
        Optional<ApiToken> before = tokens.findByHash(hash);
        if (revokeDuringRead.getAndSet(false)) {
          revoke.revoke(new RevokeApiTokenCommand(owner, token.id()));
        }
        return before;
      }

      @Override
      public List<ApiToken> tokensOf(UserId user) {
        return tokens.tokensOf(user);
      }
    };
    AuthenticateService raced = new AuthenticateService(users, racing, tokens, cache, tx, clock);

    assertThat(raced.authenticate(secret.value())).as("read again after the revocation").isEmpty();
    assertThat(cache.size()).isZero();
    assertThat(raced.authenticate(secret.value())).isEmpty();
  }

  @Test
  void a_use_is_recorded_at_most_once_a_minute() {
    ApiTokenSecret secret = issue();

    authenticate.authenticate(secret.value());
    assertThat(stored(secret).lastUsedAt()).isEqualTo(T0);
    clock.advance(Duration.ofSeconds(59));
    authenticate.authenticate(secret.value());
    assertThat(stored(secret).lastUsedAt()).isEqualTo(T0);
    clock.advance(Duration.ofSeconds(1));
    authenticate.authenticate(secret.value());
    assertThat(stored(secret).lastUsedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void without_a_cache_every_request_looks_the_token_up() {
    ApiTokenSecret secret = issue();
    AuthenticateService uncached = new AuthenticateService(users, tokens, tokens, TokenCache.disabled(), tx, clock);
    int before = tokens.hashLookups();

    uncached.authenticate(secret.value());
    uncached.authenticate(secret.value());

    assertThat(tokens.hashLookups() - before).isEqualTo(2);
  }

  @Test
  void failing_to_record_a_use_does_not_refuse_the_request() {
    ApiTokenSecret secret = issue();
    SaveApiTokenPort failingWrites = new SaveApiTokenPort() {
      @Override
      public void insert(ApiToken token) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean revoke(ApiTokenId id, Instant at) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void recordUse(ApiTokenId id, Instant at) {
        throw new PortUnavailableException("database down", null);
      }
    };
    AuthenticateService service = new AuthenticateService(users, tokens, failingWrites, cache, tx, clock);

    assertThat(service.authenticate(secret.value())).contains(owner);
  }

  @Test
  void a_full_cache_drops_expired_entries_first_then_everything() {
    TokenCache small = new TokenCache(Duration.ofSeconds(30), 2);
    AuthenticateService service = new AuthenticateService(users, tokens, tokens, small, tx, clock);
    ApiTokenSecret a = issue();
    ApiTokenSecret b = issue();
    ApiTokenSecret c = issue();

    service.authenticate(a.value());
    clock.advance(Duration.ofSeconds(31));
    service.authenticate(b.value());
    service.authenticate(c.value());
    assertThat(small.size()).as("a expired and went").isEqualTo(2);

    assertThat(service.authenticate(issue().value())).contains(owner);
    assertThat(small.size()).isEqualTo(1);
  }
}
