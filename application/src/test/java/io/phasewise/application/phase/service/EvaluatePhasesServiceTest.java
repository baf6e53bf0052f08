package io.phasewise.application.phase.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.phase.port.in.EvaluatePhasesQuery;
import io.phasewise.application.phase.port.in.EvaluatePhasesQuery.SuppliedSeries;
import io.phasewise.application.phase.port.in.PhaseEvaluationReport;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.research.EvaluationSettings;
import io.phasewise.domain.research.NamedClassifier;
import io.phasewise.domain.research.RandomWalk;
import io.phasewise.domain.research.SeriesEvaluation;
import io.phasewise.domain.shared.Failure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatePhasesServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final EvaluationSettings QUICK = new EvaluationSettings(20, 20, 200, 3);
  private final InMemoryMarket market = new InMemoryMarket(CLOCK);

  private AssetId stored(String symbol, AssetType type, long seed) {
    AssetId asset = market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
    market.candles.saveAll(asset, Interval.D1, PhaseWalks.regimes(seed, 400));
    return asset;
  }

  private PhaseEvaluationReport evaluate(List<String> symbols, List<SuppliedSeries> supplied, int walks) {
    return market.phases.useCases.evaluate().evaluate(new EvaluatePhasesQuery(symbols, supplied, QUICK, walks)).get();
  }

  @Test
  void withNothingNamedEveryStoredHoldableAssetIsEvaluatedByBothShippedCandidates() {
    stored("STK", AssetType.STOCK, 1);
    stored("COIN", AssetType.CRYPTO, 2);
    stored("TNX", AssetType.MACRO, 3);

    PhaseEvaluationReport report = evaluate(List.of(), List.of(), 2);

    assertThat(report.series()).extracting(SeriesEvaluation::series).containsExactlyInAnyOrder("STK", "COIN");
    assertThat(report.candidates()).containsExactly(NamedClassifier.TIT_FOR_TAT, "naive SMA-50");
    assertThat(report.series()).allSatisfy(s -> assertThat(s.candidates()).hasSize(2));
    assertThat(report.calibration().walks()).hasSize(2);
    assertThat(report.skipped()).isEmpty();
  }

  @Test
  void namedSymbolsAndSuppliedSeriesAreEvaluatedAndATooShortOneIsSkippedWithItsReason() {
    stored("STK", AssetType.STOCK, 1);
    stored("OTHER", AssetType.STOCK, 4);
    CandleSeries walk = RandomWalk.geometric(5, 300, 0.01);

    PhaseEvaluationReport report = evaluate(List.of(" stk "),
        List.of(new SuppliedSeries("WALK.csv", walk, AssetType.STOCK), new SuppliedSeries("SHORT.csv", walk.slice(0, 15), AssetType.STOCK)), 0);

    assertThat(report.series()).extracting(SeriesEvaluation::series).containsExactly("STK", "WALK.csv");
    assertThat(report.skipped()).singleElement().satisfies(s -> {
      assertThat(s.series()).isEqualTo("SHORT.csv");
      assertThat(s.reason()).contains("15 bars");
    });
  }

  @Test
  void anUnknownSymbolIsAnInvalidInputNamingIt() {
    Failure refused = market.phases.useCases.evaluate().evaluate(new EvaluatePhasesQuery(List.of("NOPE"), List.of(), QUICK, 0)).getLeft();

    assertThat(refused).isInstanceOf(Failure.InvalidInput.class);
    assertThat(refused.message()).contains("NOPE");
  }
}
