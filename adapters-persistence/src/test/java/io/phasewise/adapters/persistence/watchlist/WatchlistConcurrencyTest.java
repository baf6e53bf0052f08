package io.phasewise.adapters.persistence.watchlist;

import static io.phasewise.domain.watchlist.WatchlistBuilder.aWatchlist;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.watchlist.WatchlistPorts;
import io.phasewise.application.watchlist.WatchlistUseCases;
import io.phasewise.application.watchlist.port.in.AddToWatchlistCommand;
import io.phasewise.application.watchlist.port.in.ManageWatchlistUseCase;
import io.phasewise.application.watchlist.port.in.WatchlistView;
import io.phasewise.application.watchlist.port.out.LoadWatchlistPort;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.watchlist.Watchlist;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two real threads, each in its own transaction, read the same version of one watchlist and both
 * write: exactly one succeeds and the other is told of a conflict; nothing of the loser is stored.
 */
class WatchlistConcurrencyTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant T0 = Instant.parse("2025-05-01T00:00:00Z");
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

  private UserId owner;
  private AssetId first;
  private AssetId second;
  private AssetId third;

  @BeforeEach
  void oneUserAndThreeAssets() {
    DB.truncate();
    owner = new UserId(UUID.randomUUID());
    DB.persistence().ports(AccountPersistence.MODULE).saveUsers().insert(User.register(owner, EmailAddress.of("race@example.org"), UserSettings.EMPTY, T0));
    first = DB.newAsset("RACE1");
    second = DB.newAsset("RACE2");
    third = DB.newAsset("RACE3");
  }

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  /** The service over the real adapters, except that every load waits until both threads have loaded. */
  private static ManageWatchlistUseCase bothReadBeforeEitherWrites() {
    WatchlistPorts watchlists = DB.persistence().ports(WatchlistPersistence.MODULE);
    CyclicBarrier bothLoaded = new CyclicBarrier(2);
    LoadWatchlistPort waiting = user -> {
      Optional<Watchlist> read = watchlists.loadWatchlists().find(user);
      try {
        bothLoaded.await(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("the other thread never loaded", e);
      }
      return read;
    };
    return manage(new WatchlistPorts(waiting, watchlists.saveWatchlists(), watchlists.assetLabels(),
        watchlists.watchedAssets(), watchlists.tx()));
  }

  /** The watchlist use case wired on {@code ports}, at a fixed time. */
  private static ManageWatchlistUseCase manage(WatchlistPorts ports) {
    Infrastructure fixed = new Infrastructure(Clock.fixed(T0, ZoneOffset.UTC), UUID::randomUUID, System::nanoTime, 1);
    return WatchlistUseCases.wire(ports, fixed).manage();
  }

  private List<Either<Failure, WatchlistView>> raceToAdd(AssetId a, AssetId b) throws Exception {
    ManageWatchlistUseCase service = bothReadBeforeEitherWrites();
    Future<Either<Failure, WatchlistView>> one = THREADS.submit(
        () -> service.add(new AddToWatchlistCommand(owner, a, OptionalInt.empty(), OptionalLong.empty())));
    Future<Either<Failure, WatchlistView>> other = THREADS.submit(
        () -> service.add(new AddToWatchlistCommand(owner, b, OptionalInt.empty(), OptionalLong.empty())));
    return List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
  }

  private static void assertOneWinsAndOneConflicts(List<Either<Failure, WatchlistView>> results, long winningVersion) {
    assertThat(results).filteredOn(Either::isRight).singleElement()
        .satisfies(won -> assertThat(won.get().version()).isEqualTo(winningVersion));
    assertThat(results).filteredOn(Either::isLeft).singleElement()
        .satisfies(lost -> assertThat(lost.getLeft()).isInstanceOf(Failure.Conflict.class)
            .extracting(Failure::message).asString().contains("changed by another request"));
  }

  @Test
  void two_edits_of_one_stored_version_one_succeeds_and_the_other_conflicts() throws Exception {
    DB.persistence().ports(WatchlistPersistence.MODULE).saveWatchlists().save(aWatchlist().ownedBy(owner).holding(first).build(), T0);

    List<Either<Failure, WatchlistView>> results = raceToAdd(second, third);

    assertOneWinsAndOneConflicts(results, 2);
    WatchlistView winner = results.stream().filter(Either::isRight).findFirst().orElseThrow().get();
    List<AssetId> stored = DB.persistence().ports(WatchlistPersistence.MODULE).watchedAssets().watchedAssets(owner);
    assertThat(stored).hasSize(2).startsWith(first);
    assertThat(stored.get(1)).isEqualTo(winner.items().get(1).asset().id());
    assertThat(DB.queryLong("SELECT version FROM watchlists")).isEqualTo(2);
  }

  @Test
  void two_first_edits_of_a_watchlist_never_saved_one_succeeds_and_the_other_conflicts() throws Exception {
    List<Either<Failure, WatchlistView>> results = raceToAdd(first, second);

    assertOneWinsAndOneConflicts(results, 1);
    assertThat(DB.persistence().ports(WatchlistPersistence.MODULE).watchedAssets().watchedAssets(owner)).hasSize(1);
    assertThat(DB.queryLong("SELECT count(*) FROM watchlist_items")).isEqualTo(1);
  }

  @Test
  void edits_one_after_the_other_both_succeed() throws Exception {
    WatchlistPorts watchlists = DB.persistence().ports(WatchlistPersistence.MODULE);
    ManageWatchlistUseCase service = manage(watchlists);

    service.add(new AddToWatchlistCommand(owner, first, OptionalInt.empty(), OptionalLong.of(0))).get();
    WatchlistView second = THREADS.submit(() -> service.add(
        new AddToWatchlistCommand(owner, third, OptionalInt.of(0), OptionalLong.of(1)))).get(30, TimeUnit.SECONDS).get();

    assertThat(second.version()).isEqualTo(2);
    assertThat(watchlists.watchedAssets().watchedAssets(owner)).containsExactly(third, first);
  }
}
