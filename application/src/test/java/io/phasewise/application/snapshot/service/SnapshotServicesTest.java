package io.phasewise.application.snapshot.service;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static io.phasewise.application.testing.MarketFixtures.feed;
import static io.phasewise.application.testing.MarketFixtures.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.shared.AssetResult;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.snapshot.port.in.LatestSnapshotsQuery;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.SnapshotHistoryQuery;
import io.phasewise.application.snapshot.port.in.TrainingRowsQuery;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotSet;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SnapshotServicesTest {
  private static final long DAY = 86_400L;
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(Instant.parse("2040-01-01T00:00:00Z"), ZoneOffset.UTC)); // after the longest walk

  private AssetId register(String symbol, AssetType type) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  /** Bars {@code from..to-1} of a seeded random walk (the same seed always gives the same bar at an index). */
  private static List<Candle> walk(long seed, int from, int to) {
    Random random = new Random(seed);
    List<Candle> bars = new ArrayList<>();
    double price = 100;
    for (int i = 0; i < to; i++) {
      double close = price * Math.exp(0.02 * random.nextGaussian());
      double volume = Math.rint(1e5 * Math.exp(random.nextGaussian()));
      if (i >= from) {
        bars.add(Candle.of(T0.plusSeconds(DAY * i), bd(price), bd(Math.max(price, close) * 1.01), bd(Math.min(price, close) * 0.99),
            bd(close), bd(volume), "feed"));
      }
      price = close;
    }
    return bars;
  }

  private static BigDecimal bd(double v) {
    return BigDecimal.valueOf(v);
  }

  private void importBars(AssetId asset, List<Candle> bars) {
    market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, feed(good(bars)))).get();
  }

  private List<SnapshotSet> stored(AssetId asset) {
    return market.snapshotUseCases.query().history(new SnapshotHistoryQuery(asset, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END, PageRequest.first(10_000)))
        .get().items();
  }

  @Test
  void an_import_brings_the_snapshots_of_every_bar_up_to_date() {
    AssetId a = register("IMP", AssetType.STOCK);
    importBars(a, walk(1, 0, 300));

    List<SnapshotSet> all = stored(a);
    assertThat(all).hasSize(300);
    assertThat(all.get(299).market().price()).isEqualTo(walk(1, 299, 300).get(0).close().doubleValue());
    assertThat(all.get(299).indicators().sma50()).isNotNaN();
  }

  @Test
  void new_bars_are_computed_from_a_bounded_history_and_match_a_rebuild() {
    AssetId a = register("INC", AssetType.STOCK);
    importBars(a, walk(2, 0, 2_500));
    importBars(a, walk(2, 2_500, 2_510));

    List<SnapshotSet> incremental = stored(a);
    RecomputeResult rebuilt = market.snapshotUseCases.recompute().rebuild(a, Interval.D1).get();
    List<SnapshotSet> full = stored(a);

    assertThat(rebuilt.barsRead()).isEqualTo(2_510);
    assertThat(incremental).hasSize(2_510);
    for (int i = 2_400; i < 2_510; i++) assertClose(incremental.get(i), full.get(i));
    RecomputeResult nothingNew = market.snapshotUseCases.recompute().recompute(a, Interval.D1).get();
    assertThat(nothingNew.written()).isEqualTo(UpsertCount.NONE);
    assertThat(nothingNew.barsRead()).isEqualTo(SnapshotEngine.HISTORY_BARS);
  }

  @Test
  void appending_bars_writes_only_the_new_ones() {
    AssetId a = register("APP", AssetType.CRYPTO);
    importBars(a, walk(3, 0, 1_500));
    market.candles.saveAll(a, Interval.D1, walk(3, 1_500, 1_504));

    RecomputeResult result = market.snapshotUseCases.recompute().recompute(a, Interval.D1).get();
    assertThat(result.written()).isEqualTo(new UpsertCount(4, 0, 0));
    assertThat(result.barsRead()).isEqualTo(SnapshotEngine.HISTORY_BARS + 4);
    assertThat(result.firstBar()).contains(T0.plusSeconds(DAY * 1_500));
    assertThat(result.lastBar()).contains(T0.plusSeconds(DAY * 1_503));
  }

  @Test
  void a_corrected_old_bar_recomputes_every_snapshot_from_it_on() {
    AssetId a = register("FIX", AssetType.STOCK);
    importBars(a, walk(4, 0, 400));
    Candle old = walk(4, 350, 351).get(0);
    Candle corrected = Candle.of(old.time(), old.open(), old.high().multiply(bd(2)), old.low(), old.high().multiply(bd(2)),
        old.volume(), "feed");
    importBars(a, List.of(corrected));

    List<SnapshotSet> all = stored(a);
    assertThat(all.get(350).market().price()).isEqualTo(corrected.close().doubleValue());
    assertThat(all.get(351).market().changePct()).isNegative();
    assertThat(all.get(349).market().price()).isEqualTo(walk(4, 349, 350).get(0).close().doubleValue());
  }

  @Test
  void a_universe_recompute_reports_every_asset_and_one_bad_asset_fails_alone() {
    AssetId good = register("GOOD", AssetType.STOCK);
    AssetId bad = register("BAD", AssetType.STOCK);
    AssetId empty = register("EMPTY", AssetType.ETF);
    market.candles.saveAll(good, Interval.D1, walk(5, 0, 200));
    List<Candle> zero = new ArrayList<>(walk(6, 0, 50));
    zero.set(30, Candle.of(zero.get(30).time(), bd(0), bd(0), bd(0), bd(0), bd(10), "feed"));
    market.candles.saveAll(bad, Interval.D1, zero);
    List<Integer> progress = new CopyOnWriteArrayList<>();

    BatchReport<RecomputeResult> report = market.snapshotUseCases.recompute().recomputeUniverse(Interval.D1, false,
        (done, total, last) -> progress.add(done * 100 + total)).get();

    assertThat(report.assets()).extracting(AssetResult::asset).containsExactly(good, bad, empty);
    assertThat(report.succeeded()).isEqualTo(2);
    assertThat(report.assets().get(0).outcome().get().written().inserted()).isEqualTo(200);
    Failure failure = report.assets().get(1).outcome().getLeft();
    assertThat(failure).isInstanceOf(Failure.InvalidInput.class);
    assertThat(failure.message()).contains("BAD", "1d");
    assertThat(report.assets().get(2).outcome().get().written()).isEqualTo(UpsertCount.NONE);
    assertThat(progress).containsExactlyInAnyOrder(103, 203, 303);
    assertThat(stored(bad)).isEmpty();
  }

  @Test
  @SuppressWarnings("try") // the lease stands for another holder while the block runs; the block never touches it
  void a_universe_recompute_is_refused_while_another_runs_and_computes_nothing() {
    AssetId good = register("GOOD", AssetType.STOCK);
    market.candles.saveAll(good, Interval.D1, walk(5, 0, 200));

    try (RunLockPort.Lease otherProcess = market.snapshotPorts.universeLock().tryAcquire().orElseThrow()) {
      Either<Failure, BatchReport<RecomputeResult>> refused = market.snapshotUseCases.recompute()
          .recomputeUniverse(Interval.D1, true, BatchProgress.none());

      assertThat(refused.getLeft()).isInstanceOf(Failure.Conflict.class);
      assertThat(refused.getLeft().message()).contains("already in progress");
      assertThat(stored(good)).isEmpty();
    }
    assertThat(market.snapshotUseCases.recompute().recomputeUniverse(Interval.D1, true, BatchProgress.none()).get()
        .succeeded()).as("free again once the other ends").isEqualTo(1);
    assertThat(stored(good)).hasSize(200);
  }

  @Test
  void a_recompute_of_listed_assets_answers_in_request_order_each_once_and_an_unknown_id_is_not_found() {
    AssetId first = register("LIST1", AssetType.STOCK);
    AssetId second = register("LIST2", AssetType.STOCK);
    AssetId unlisted = register("LIST3", AssetType.STOCK);
    market.candles.saveAll(first, Interval.D1, walk(8, 0, 120));
    market.candles.saveAll(second, Interval.D1, walk(9, 0, 80));
    market.candles.saveAll(unlisted, Interval.D1, walk(10, 0, 50));
    List<Integer> progress = new CopyOnWriteArrayList<>();

    BatchReport<RecomputeResult> report = market.snapshotUseCases.recompute().recompute(List.of(second, new AssetId(404), first, second),
        Interval.D1, (done, total, last) -> progress.add(done * 100 + total));

    assertThat(report.assets()).extracting(AssetResult::asset).containsExactly(second, new AssetId(404), first);
    assertThat(report.assets()).extracting(AssetResult::symbol).containsExactly("LIST2", null, "LIST1");
    assertThat(report.assets().get(0).outcome().get().written().inserted()).isEqualTo(80);
    assertThat(report.assets().get(1).outcome().getLeft()).isEqualTo(new Failure.NotFound("asset", "404"));
    assertThat(report.assets().get(2).outcome().get().written().inserted()).isEqualTo(120);
    assertThat(progress).containsExactlyInAnyOrder(103, 203, 303);
    assertThat(stored(unlisted)).isEmpty();
    assertThat(market.snapshotUseCases.recompute().recompute(List.of(first), Interval.D1, (done, total, last) -> { }).assets().get(0)
        .outcome().get().written()).as("incremental: nothing new").isEqualTo(UpsertCount.NONE);
  }

  @Test
  void recomputing_an_unknown_asset_is_not_found() {
    assertThat(market.snapshotUseCases.recompute().recompute(new AssetId(404), Interval.D1).getLeft())
        .isEqualTo(new Failure.NotFound("asset", "404"));
  }

  @Test
  void latest_names_unknown_assets_and_lists_those_without_snapshots() {
    AssetId a = register("LA", AssetType.STOCK);
    AssetId none = register("LN", AssetType.STOCK);
    importBars(a, walk(7, 0, 60));

    var latest = market.snapshotUseCases.query().latest(new LatestSnapshotsQuery(List.of(none, a, a), Interval.D1, TimeBounds.END)).get();
    assertThat(latest.snapshots()).extracting(s -> s.market().asset()).containsExactly(a);
    assertThat(latest.snapshots().get(0).market().barTime()).isEqualTo(T0.plusSeconds(DAY * 59));
    assertThat(latest.withoutSnapshots()).containsExactly(none);
    assertThat(market.snapshotUseCases.query().latest(new LatestSnapshotsQuery(List.of(a, new AssetId(77), new AssetId(78)), Interval.D1, TimeBounds.END)).getLeft().message())
        .contains("unknown asset ids: 77, 78");
  }

  @Test
  void training_rows_carry_the_close_of_their_bar() {
    AssetId a = register("TR", AssetType.STOCK);
    importBars(a, walk(8, 0, 40));

    var rows = market.snapshotUseCases.query().trainingRows(new TrainingRowsQuery(Interval.D1, T0.plusSeconds(DAY * 30), TimeBounds.END, List.of(),
        PageRequest.first(5))).get();
    assertThat(rows.total()).isEqualTo(10);
    assertThat(rows.items()).hasSize(5);
    assertThat(rows.items().get(0).close()).isEqualTo(walk(8, 30, 31).get(0).close().doubleValue());
    assertThat(rows.items().get(0).features().ret1d()).isNotNaN();
  }

  private static void assertClose(SnapshotSet actual, SnapshotSet expected) {
    assertThat(actual.market().barTime()).isEqualTo(expected.market().barTime());
    double[] a = values(actual);
    double[] e = values(expected);
    for (int k = 0; k < e.length; k++) assertThat(a[k]).isCloseTo(e[k], within(1e-9 * Math.max(1, Math.abs(e[k]))));
  }

  private static double[] values(SnapshotSet s) {
    var m = s.market();
    var i = s.indicators();
    var f = s.features();
    return new double[] {m.price(), m.changePct(), m.volume(), m.vwap(), m.volatility1d(), i.rsi14(), i.macd(), i.macdSignal(),
        i.atr14(), i.sma20(), i.sma50(), f.ret1d(), f.ret5d(), f.ret20d(), f.momentum5d(), f.vol20d(), f.volumeZScore(),
        f.extras().get("adx_14"), f.extras().get("stoch_d_14")};
  }
}
