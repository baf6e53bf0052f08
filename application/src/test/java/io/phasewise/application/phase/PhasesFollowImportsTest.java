package io.phasewise.application.phase;

import static io.phasewise.application.testing.MarketFixtures.feed;
import static io.phasewise.application.testing.MarketFixtures.good;
import static io.phasewise.application.testing.MarketFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RecordTicksCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.phase.port.in.PhaseHistory;
import io.phasewise.application.phase.port.in.PhaseTimelineQuery;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.application.testing.TinyCsvCandleFiles;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.shared.Failure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import brings its asset's phases up to date at once, as wired by the contexts' {@code wire} on the in-memory fakes. */
class PhasesFollowImportsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final InMemoryMarket market = new InMemoryMarket(CLOCK);
  private final QueryPhasesUseCase phases = market.phases.useCases.query();
  private final MarketUseCases following = MarketUseCases.wire(market.ports, new TinyCsvCandleFiles(), market.infra,
      market.snapshotUseCases.followCandles(), market.phases.useCases.followImports());

  private AssetId register(String symbol) {
    return register(symbol, AssetType.STOCK);
  }

  private AssetId register(String symbol, AssetType type) {
    return following.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  private ImportReport importBars(AssetId asset, List<Candle> bars) {
    return following.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, feed(good(bars)))).get();
  }

  @Test
  void an_imported_file_has_a_current_phase_and_a_timeline_with_prices_at_once() {
    AssetId spy = register("SPY");

    ImportReport report = following.importCandleFile().importFile(ImportCandleFileCommand.of(spy, Interval.D1,
        getClass().getResourceAsStream("/phase/SPY.csv"), "SPY.csv", CandleFileFormat.YAHOO)).get();

    CandleSeries bars = market.candles.loadSeries(spy, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END, null);
    assertThat(report.stored()).isEqualTo(bars.size()).isGreaterThan(1_000);
    PhaseState state = phases.current(spy, Interval.D1).get();
    assertThat(state.asOf()).as("the phase reads the last imported bar").isEqualTo(bars.endTime(bars.size() - 1));
    PhaseHistory timeline = phases.timeline(new PhaseTimelineQuery(spy, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END)).get();
    assertThat(timeline.prices()).hasSize(bars.size());
    assertThat(timeline.spans()).isNotEmpty();
  }

  @Test
  void a_later_import_moves_the_phase_on_to_its_newest_bar() {
    AssetId asset = register("WALK");
    List<Candle> walk = PhaseWalks.regimes(3, 800);
    importBars(asset, walk.subList(0, 600));
    Instant first = phases.current(asset, Interval.D1).get().asOf();

    importBars(asset, walk.subList(600, 800));

    assertThat(first).isEqualTo(walk.get(599).time().plus(Interval.D1.length()));
    assertThat(phases.current(asset, Interval.D1).get().asOf()).isEqualTo(walk.get(799).time().plus(Interval.D1.length()));
  }

  @Test
  void candles_no_phase_can_be_read_from_are_still_imported() {
    // a macro series may touch zero (a stock's zero price is refused at import), but no log return reads it
    AssetId asset = register("ZERO", AssetType.MACRO);

    ImportReport report = importBars(asset, PhaseWalks.withZeroBar(PhaseWalks.regimes(4, 300), 250));

    assertThat(report.stored()).isEqualTo(300);
    assertThat(phases.current(asset, Interval.D1).getLeft()).isInstanceOf(Failure.NotFound.class)
        .extracting(Failure::message).asString().contains("not computed yet");
  }

  @Test
  void ticks_do_not_replay_the_phases_of_their_minute_bars() {
    AssetId asset = register("TICK");

    following.recordTicks().record(new RecordTicksCommand(asset, List.of(trade(Instant.parse("2024-01-02T14:30:05Z"), "10", "1"))))
        .get();

    assertThat(market.candles.latest(List.of(asset), Interval.M1)).containsKey(asset);
    assertThat(phases.current(asset, Interval.M1).getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void without_the_follower_an_import_leaves_the_phases_to_the_pipeline() {
    AssetId asset = register("PLAIN");

    market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1,
        feed(good(PhaseWalks.regimes(5, 300))))).get();

    assertThat(phases.current(asset, Interval.D1).getLeft()).isInstanceOf(Failure.NotFound.class);
  }
}
