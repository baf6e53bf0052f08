package io.phasewise.application.phase.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.phase.port.in.PhaseHistory;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.port.in.PhaseTimelineQuery;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryPhases;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, acceptance 1 through the use cases: the real daily files stored as candles, the phases
 * recomputed and recorded by the service, and the recorded transitions read back by the query.
 */
class PhaseAcceptanceThroughServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final InMemoryMarket MARKET = new InMemoryMarket(CLOCK);
  private static final InMemoryPhases PHASES = MARKET.phases;
  private static AssetId aapl;
  private static AssetId spy;
  private static AssetId btc;
  private static BatchReport<PhaseRecomputeResult> report;

  @BeforeAll
  static void recordTheRealFiles() {
    aapl = stored("AAPL", AssetType.STOCK, "/phase/AAPL.csv");
    spy = stored("SPY", AssetType.ETF, "/phase/SPY.csv");
    btc = stored("BTC-USD", AssetType.CRYPTO, "/phase/BTC-USD.csv");
    report = PHASES.useCases.recompute().recomputeAll(Interval.D1, (done, total, last) -> { });
  }

  private static AssetId stored(String symbol, AssetType type, String resource) {
    AssetId asset = MARKET.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
    MARKET.candles.saveAll(asset, Interval.D1, PhaseWalks.yahoo(resource));
    return asset;
  }

  private static Instant date(String iso) {
    return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static PhaseHistory timeline(AssetId asset, String from, String to) {
    return PHASES.useCases.query().timeline(new PhaseTimelineQuery(asset, Interval.D1, date(from), date(to))).get();
  }

  /** The phase in effect at the end of each bar of the range, from the recorded spans. */
  private static List<Phase> phasePerBar(PhaseHistory history) {
    return history.prices().stream().map(p -> phaseAt(history, p.time().plusSeconds(86_400))).toList();
  }

  private static Phase phaseAt(PhaseHistory history, Instant t) {
    return history.spans().stream().filter(s -> !t.isBefore(s.from()) && t.isBefore(s.to())).map(PhaseHistory.Span::phase)
        .findFirst().orElse(history.spans().get(history.spans().size() - 1).phase());
  }

  private static double share(List<Phase> phases, Phase phase) {
    return (double) phases.stream().filter(p -> p == phase).count() / phases.size();
  }

  @Test
  void every_file_is_recorded_without_failures_and_without_events_on_a_first_computation() {
    assertThat(report.failed()).isZero();
    assertThat(report.assets()).allSatisfy(a -> assertThat(a.outcome().get().transitionsWritten()).isGreaterThan(20));
    assertThat(report.sum(PhaseRecomputeResult::eventsEmitted)).isZero();
    assertThat(PHASES.store.allEvents()).isEmpty();
  }

  @Test
  void aapl_is_recorded_entering_defect_within_three_trading_days_of_2000_09_29() {
    PhaseHistory around = timeline(aapl, "2000-09-01", "2000-11-01");
    List<Instant> bars = around.prices().stream().map(PhaseHistory.Price::time).toList();
    int crash = bars.indexOf(date("2000-09-29"));
    assertThat(crash).isNotNegative();
    assertThat(around.transitions()).filteredOn(t -> t.to() == Phase.DEFECT)
        .anySatisfy(t -> assertThat(Math.abs(bars.indexOf(t.changedAt().minusSeconds(86_400)) - crash)).isLessThanOrEqualTo(3));
    assertThat(phasePerBar(around).get(crash + 3)).isEqualTo(Phase.DEFECT);
  }

  @Test
  void spy_is_recorded_in_defect_for_most_of_october_2008() {
    assertThat(share(phasePerBar(timeline(spy, "2008-10-01", "2008-11-01")), Phase.DEFECT)).isGreaterThan(0.5);
  }

  @Test
  void spy_is_recorded_forgiven_and_then_cooperating_in_2009() {
    List<PhaseTransition> in2009 = timeline(spy, "2009-01-01", "2010-01-01").transitions();
    int forgive = indexOf(in2009, Phase.FORGIVE, 0);
    assertThat(forgive).isNotNegative();
    assertThat(indexOf(in2009, Phase.COOP, forgive + 1)).isGreaterThan(forgive);
  }

  @Test
  void btc_is_recorded_in_defect_in_early_2018_and_in_march_2020() {
    assertThat(phasePerBar(timeline(btc, "2018-01-01", "2018-04-01"))).contains(Phase.DEFECT);
    assertThat(phasePerBar(timeline(btc, "2020-03-01", "2020-04-01"))).contains(Phase.DEFECT);
  }

  @Test
  void recomputing_the_real_files_again_changes_nothing() {
    int recordings = PHASES.store.recordings();
    BatchReport<PhaseRecomputeResult> again = PHASES.useCases.recompute().recompute(List.of(aapl, spy, btc), Interval.D1, (d, t, l) -> { });
    assertThat(again.assets()).allSatisfy(a -> assertThat(a.outcome().get().wroteAnything()).isFalse());
    assertThat(PHASES.store.recordings()).isEqualTo(recordings);
  }

  private static int indexOf(List<PhaseTransition> transitions, Phase to, int from) {
    for (int k = from; k < transitions.size(); k++) if (transitions.get(k).to() == to) return k;
    return -1;
  }
}
