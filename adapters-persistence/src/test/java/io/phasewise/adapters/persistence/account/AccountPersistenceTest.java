package io.phasewise.adapters.persistence.account;

import static io.phasewise.domain.watchlist.WatchlistBuilder.aWatchlist;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.watchlist.WatchlistPersistence;
import io.phasewise.application.account.AccountPorts;
import io.phasewise.application.account.AccountUseCases;
import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.application.account.port.in.RevokeApiTokenCommand;
import io.phasewise.application.account.port.in.UpdateUserSettingsCommand;
import io.phasewise.application.account.port.in.UpdateUserSettingsUseCase;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.service.TokenCache;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts on real PostgreSQL: what is stored of a secret, revocation, cascades and concurrent settings changes. */
class AccountPersistenceTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant T0 = Instant.parse("2025-05-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private AccountPorts accounts;
  private TransactionPort tx;
  private final TokenCache cache = new TokenCache(Duration.ofMinutes(5), 100);
  private AccountUseCases useCases;

  @BeforeEach
  void startEmpty() {
    DB.truncate();
    accounts = DB.persistence().ports(AccountPersistence.MODULE);
    tx = DB.persistence().transactions();
    useCases = wired(accounts, CLOCK, cache);
  }

  /** The account use cases wired on {@code ports} at {@code clock}'s time, remembering tokens in {@code tokens}. */
  private static AccountUseCases wired(AccountPorts ports, Clock clock, TokenCache tokens) {
    return AccountUseCases.wire(ports, new Infrastructure(clock, UUID::randomUUID, System::nanoTime, 1), tokens);
  }

  private Registration register(String email, UserSettings settings) {
    return useCases.registerUser().register(new RegisterUserCommand(EmailAddress.of(email), settings)).get();
  }

  @Test
  void only_the_sha_256_of_a_secret_is_stored_and_settings_are_a_jsonb_object() {
    Registration r = register("stored@example.org", UserSettings.of(Map.of("theme", "dark", "alerts", Map.of("email", true))));
    String secret = r.token().secret().value();

    assertThat(DB.queryLong("SELECT count(*) FROM api_tokens WHERE secret_hash = sha256(convert_to('" + secret + "', 'UTF8'))"))
        .isEqualTo(1);
    assertThat(DB.queryLong("SELECT count(*) FROM api_tokens t, users u WHERE t.name LIKE '%" + secret.substring(11)
        + "%' OR t.prefix LIKE '%" + secret.substring(11) + "%' OR u.settings::text LIKE '%" + secret.substring(11) + "%'"))
        .isZero();
    assertThat(DB.queryLong("SELECT count(*) FROM users WHERE jsonb_typeof(settings) = 'object'"
        + " AND settings -> 'alerts' ->> 'email' = 'true'")).isEqualTo(1);
  }

  @Test
  void a_revoked_token_no_longer_authenticates_even_right_after_a_cached_success() {
    Registration r = register("revoked@example.org", null);
    String secret = r.token().secret().value();
    assertThat(useCases.authenticate().authenticate(secret)).contains(r.user().id());
    assertThat(DB.queryLong("SELECT count(*) FROM api_tokens WHERE last_used_at IS NOT NULL")).isEqualTo(1);

    useCases.revokeToken().revoke(new RevokeApiTokenCommand(r.user().id(), r.token().token().id())).get();

    assertThat(useCases.authenticate().authenticate(secret)).isEmpty();
    AuthenticateUseCase freshProcess = wired(accounts, CLOCK, TokenCache.disabled()).authenticate();
    assertThat(freshProcess.authenticate(secret)).isEmpty();
  }

  @Test
  void deleting_a_user_deletes_their_tokens_and_watchlist_but_nobody_elses() {
    Registration gone = register("gone@example.org", null);
    Registration kept = register("kept@example.org", null);
    AssetId asset = DB.newAsset("CASC");
    DB.persistence().ports(WatchlistPersistence.MODULE).saveWatchlists().save(aWatchlist().ownedBy(gone.user().id()).holding(asset).build(), T0);
    DB.persistence().ports(WatchlistPersistence.MODULE).saveWatchlists().save(aWatchlist().ownedBy(kept.user().id()).holding(asset).build(), T0);

    DB.execute("DELETE FROM users WHERE id = '" + gone.user().id() + "'");

    assertThat(accounts.loadTokens().tokensOf(gone.user().id())).isEmpty();
    assertThat(accounts.loadTokens().findByHash(gone.token().token().hash())).isEmpty();
    assertThat(DB.persistence().ports(WatchlistPersistence.MODULE).loadWatchlists().find(gone.user().id())).isEmpty();
    assertThat(DB.queryLong("SELECT count(*) FROM watchlist_items WHERE user_id = '" + gone.user().id() + "'")).isZero();
    assertThat(accounts.loadTokens().tokensOf(kept.user().id())).hasSize(1);
    assertThat(DB.persistence().ports(WatchlistPersistence.MODULE).watchedAssets().watchedAssets(kept.user().id())).containsExactly(asset);
    assertThat(wired(accounts, CLOCK, TokenCache.disabled()).authenticate()
        .authenticate(gone.token().secret().value())).isEmpty();
  }

  @Test
  void two_settings_changes_of_one_user_read_at_the_same_version_one_wins_and_the_other_conflicts() throws Exception {
    UserId user = register("settings@example.org", UserSettings.of(Map.of("n", 0))).user().id();
    CyclicBarrier bothRead = new CyclicBarrier(2);
    LoadUserPort waiting = new LoadUserPort() {
      @Override
      public Optional<User> findById(UserId id) {
        Optional<User> read = accounts.loadUsers().findById(id);
        try {
          bothRead.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the other thread never read", e);
        }
        return read;
      }

      @Override
      public Optional<User> findByEmail(EmailAddress email) {
        return accounts.loadUsers().findByEmail(email);
      }
    };
    UpdateUserSettingsUseCase service = wired(new AccountPorts(waiting, accounts.saveUsers(), accounts.loadTokens(),
        accounts.saveTokens(), tx), CLOCK, cache).updateSettings();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Either<Failure, User>> a = threads.submit(() -> service.updateSettings(
          new UpdateUserSettingsCommand(user, UserSettings.of(Map.of("a", 1)))));
      Future<Either<Failure, User>> b = threads.submit(() -> service.updateSettings(
          new UpdateUserSettingsCommand(user, UserSettings.of(Map.of("b", 2)))));
      List<Either<Failure, User>> results = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

      assertThat(results).filteredOn(Either::isRight).hasSize(1);
      assertThat(results).filteredOn(Either::isLeft).singleElement()
          .satisfies(lost -> assertThat(lost.getLeft()).isInstanceOf(Failure.Conflict.class));
      Map<String, Object> stored = accounts.loadUsers().findById(user).orElseThrow().settings().values();
      assertThat(stored).containsEntry("n", 0).hasSize(2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void a_use_is_written_once_a_minute_at_most() {
    Registration r = register("used@example.org", null);
    MutableClock clock = new MutableClock(T0);
    AuthenticateUseCase timed = wired(accounts, clock, cache).authenticate();

    timed.authenticate(r.token().secret().value());
    clock.advance(Duration.ofSeconds(30));
    timed.authenticate(r.token().secret().value());
    assertThat(accounts.loadTokens().findById(r.token().token().id()).orElseThrow().lastUsedAt()).isEqualTo(T0);

    clock.advance(Duration.ofSeconds(30));
    timed.authenticate(r.token().secret().value());
    assertThat(accounts.loadTokens().findById(r.token().token().id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(60));
  }
}
