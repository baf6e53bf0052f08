package io.phasewise.application.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.dashboard.port.in.Dashboard;
import io.phasewise.application.dashboard.port.in.DashboardCard;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.testing.InMemoryAccounts;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.application.watchlist.port.in.ReplaceWatchlistCommand;
import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The dashboard read: cards in watchlist order, empty parts for assets not computed yet, four reads whatever the size. */
class QueryDashboardServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final InMemoryMarket market = new InMemoryMarket(CLOCK);
  private final InMemoryAccounts accounts = new InMemoryAccounts(market);
  private final List<String> calls = new ArrayList<>();
  private final QueryDashboardService dashboard = new QueryDashboardService(
      counting(LoadWatchedAssetsPort.class, accounts.watchlists),
      counting(LoadAssetsPort.class, market.assets),
      counting(LoadPhasesPort.class, market.phases.store),
      counting(LoadSnapshotsPort.class, market.snapshots));
  private final UserId owner = new UserId(UUID.randomUUID());

  /** {@code target} behind a proxy that notes every call as {@code Port.method}, so a test can count round trips. */
  private <T> T counting(Class<T> port, T target) {
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
      calls.add(port.getSimpleName() + "." + method.getName());
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }

  private AssetId registered(String symbol) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol + " Corp", AssetType.STOCK)))
        .get().id();
  }

  /** An asset with daily candles, their snapshots and its phases computed. */
  private AssetId computed(String symbol, long seed) {
    AssetId asset = withSnapshots(symbol, seed);
    market.phases.useCases.recompute().recompute(asset, Interval.D1).get();
    return asset;
  }

  /** An asset with daily candles and their snapshots, whose phase was never computed. */
  private AssetId withSnapshots(String symbol, long seed) {
    AssetId asset = registered(symbol);
    market.candles.saveAll(asset, Interval.D1, PhaseWalks.regimes(seed, 260));
    market.snapshotUseCases.recompute().recompute(asset, Interval.D1).get();
    return asset;
  }

  private void watch(UserId user, AssetId... assets) {
    accounts.watchlistUseCases.manage().replace(new ReplaceWatchlistCommand(user, List.of(assets), OptionalLong.empty())).get();
  }

  @Test
  void cards_come_in_display_order_with_each_assets_current_phase_and_latest_snapshot() {
    AssetId first = computed("AAA", 1);
    AssetId second = computed("BBB", 2);
    AssetId third = computed("CCC", 3);
    watch(owner, third, first, second);

    Dashboard read = dashboard.cards(owner, Interval.D1);

    assertThat(read.user()).isEqualTo(owner);
    assertThat(read.interval()).isEqualTo(Interval.D1);
    assertThat(read.cards()).extracting(DashboardCard::position).containsExactly(0, 1, 2);
    assertThat(read.cards()).extracting(c -> c.asset().id()).containsExactly(third, first, second);
    for (DashboardCard card : read.cards()) {
      AssetId id = card.asset().id();
      assertThat(card.asset()).isEqualTo(market.assets.findById(id).get());
      assertThat(card.phase()).isEqualTo(market.phases.useCases.query().current(id, Interval.D1).toJavaOptional());
      SnapshotSet latest = card.latest().orElseThrow();
      assertThat(latest.market().barTime()).isEqualTo(market.snapshots.lastBarTime(id, Interval.D1).get());
      assertThat(latest.market().asset()).isEqualTo(id);
    }
    assertThat(read.cards().get(0).asset().symbol()).isEqualTo("CCC");
    assertThat(read.cards().get(0).phase().map(PhaseState::asset)).contains(third);
  }

  @Test
  void an_asset_not_computed_yet_has_a_card_without_phase_and_snapshot() {
    AssetId computed = computed("DONE", 4);
    AssetId bare = registered("BARE");
    AssetId snapshotsOnly = withSnapshots("HALF", 5);
    watch(owner, bare, computed, snapshotsOnly);

    List<DashboardCard> cards = dashboard.cards(owner, Interval.D1).cards();

    assertThat(cards).hasSize(3);
    assertThat(cards.get(0).asset().id()).isEqualTo(bare);
    assertThat(cards.get(0).phase()).isEmpty();
    assertThat(cards.get(0).latest()).isEmpty();
    assertThat(cards.get(1).phase()).isPresent();
    assertThat(cards.get(1).latest()).isPresent();
    assertThat(cards.get(2).phase()).isEmpty();
    assertThat(cards.get(2).latest()).isPresent();
  }

  @Test
  void another_interval_shows_the_same_cards_without_the_daily_phase_and_snapshot() {
    AssetId asset = computed("DAY", 6);
    watch(owner, asset);

    List<DashboardCard> weekly = dashboard.cards(owner, Interval.W1).cards();

    assertThat(weekly).singleElement().satisfies(card -> {
      assertThat(card.asset().id()).isEqualTo(asset);
      assertThat(card.phase()).isEmpty();
      assertThat(card.latest()).isEmpty();
    });
  }

  @Test
  void an_empty_watchlist_is_a_dashboard_without_cards_read_with_one_call() {
    computed("UNWATCHED", 7);

    Dashboard read = dashboard.cards(owner, Interval.D1);

    assertThat(read.cards()).isEmpty();
    assertThat(read.user()).isEqualTo(owner);
    assertThat(calls).containsExactly("LoadWatchedAssetsPort.watchedAssets");
  }

  @Test
  void each_user_sees_only_the_assets_they_watch() {
    AssetId mine = computed("MINE", 8);
    AssetId theirs = computed("THEIRS", 9);
    UserId other = new UserId(UUID.randomUUID());
    watch(owner, mine);
    watch(other, theirs, mine);

    assertThat(dashboard.cards(owner, Interval.D1).cards()).extracting(c -> c.asset().id()).containsExactly(mine);
    assertThat(dashboard.cards(other, Interval.D1).cards()).extracting(c -> c.asset().id()).containsExactly(theirs, mine);
  }

  @Test
  void an_asset_gone_between_the_reads_leaves_no_card_and_no_gap_in_the_positions() {
    AssetId a = computed("GA", 10);
    AssetId b = computed("GB", 11);
    AssetId ghost = AssetId.of(987_654);
    QueryDashboardService racing = new QueryDashboardService(user -> List.of(a, ghost, b), market.assets,
        market.phases.store, market.snapshots);

    List<DashboardCard> cards = racing.cards(owner, Interval.D1).cards();

    assertThat(cards).extracting(c -> c.asset().id()).containsExactly(a, b);
    assertThat(cards).extracting(DashboardCard::position).containsExactly(0, 1);
  }

  @Test
  void every_port_is_read_once_whatever_the_length_of_the_watchlist() {
    List<AssetId> few = List.of(computed("F1", 12));
    List<AssetId> many = new ArrayList<>(List.of(computed("M1", 13), withSnapshots("M2", 14)));
    IntStream.range(0, 120).forEach(i -> many.add(registered("N" + i)));
    UserId manyOwner = new UserId(UUID.randomUUID());
    watch(owner, few.toArray(AssetId[]::new));
    watch(manyOwner, many.toArray(AssetId[]::new));
    List<String> oneRead = List.of("LoadWatchedAssetsPort.watchedAssets", "LoadAssetsPort.findByIds",
        "LoadPhasesPort.current", "LoadSnapshotsPort.latest");

    calls.clear();
    assertThat(dashboard.cards(owner, Interval.D1).cards()).hasSize(1);
    assertThat(calls).containsExactlyElementsOf(oneRead);

    calls.clear();
    Dashboard big = dashboard.cards(manyOwner, Interval.D1);
    assertThat(big.cards()).hasSize(122);
    assertThat(calls).containsExactlyElementsOf(oneRead);
    assertThat(big.cards()).extracting(c -> c.asset().id()).containsExactlyElementsOf(many);
    assertThat(big.cards().stream().filter(c -> c.phase().isPresent())).hasSize(1);
    assertThat(big.cards().stream().map(DashboardCard::latest).flatMap(Optional::stream)).hasSize(2);
    assertThat(big.cards().stream().map(DashboardCard::asset).map(Asset::symbol)).startsWith("M1", "M2", "N0");
  }
}
