package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.buy;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.deposit;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand.UnknownSymbols;
import io.phasewise.application.portfolio.port.in.PerformanceQuery;
import io.phasewise.application.portfolio.port.in.ValuationQuery;
import io.phasewise.application.testing.InMemoryPortfolioStatements;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.Valuation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A portfolio of many assets is valued, measured and imported into with one read of the market's daily closes, not one per asset. */
class MarketReadsPerCallTest {
  private static final int ASSETS = 6;

  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final Portfolio portfolio = bed.open("Many", USD);
  private final List<AssetId> assets = new ArrayList<>();

  MarketReadsPerCallTest() {
    bed.record(portfolio.id(), deposit("2024-01-01", "100000"));
    for (int a = 0; a < ASSETS; a++) {
      AssetId asset = bed.asset("S" + a, AssetType.STOCK, "USD");
      assets.add(asset);
      List<Candle> bars = new ArrayList<>();
      for (int d = 0; d < 30; d++) bars.add(candle(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * d), Integer.toString(10 + a + d), "test"));
      bed.dailyCandles(asset, bars);
      bed.record(portfolio.id(), buy(asset, "2024-01-0" + (2 + a % 7), "1", "10", "0"));
    }
  }

  /** How many reads of daily closes {@code call} made. */
  private <T> int reads(Supplier<T> call) {
    int before = bed.market.candles.dailyClosesReads();
    call.get();
    return bed.market.candles.dailyClosesReads() - before;
  }

  @Test
  void a_valuation_reads_the_closes_of_every_holding_at_once() {
    Valuation[] valued = new Valuation[1];

    int reads = reads(() -> valued[0] = bed.useCases.value().value(new ValuationQuery(bed.owner, portfolio.id(), LocalDate.parse("2024-01-20"))).get());

    assertThat(reads).isEqualTo(1);
    assertThat(valued[0].holdings()).hasSize(ASSETS).allSatisfy(h -> assertThat(h.marketValue()).isPositive());
  }

  @Test
  void a_performance_report_reads_the_closes_of_every_holding_at_once() {
    PerformanceQuery query = new PerformanceQuery(bed.owner, portfolio.id(), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-30"),
        Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());

    assertThat(reads(() -> bed.useCases.performance().performance(query).get())).isEqualTo(1);
  }

  @Test
  void an_import_reads_the_closes_of_the_ledgers_and_the_statements_assets_at_once() {
    AssetId fresh = bed.asset("FRESH", AssetType.STOCK, "USD");
    bed.dailyCandles(fresh, List.of(candle(Instant.parse("2024-01-10T00:00:00Z"), "20", "test")));
    String statement = String.join("\n", InMemoryPortfolioStatements.HEADER,
        "BUY,2024-01-11,FRESH,1,20,USD,20,0,T-1",
        "BUY,2024-01-12,S1,1,12,USD,12,0,T-2");

    int reads = reads(() -> bed.useCases.importStatement().importStatement(new ImportStatementCommand(bed.owner, portfolio.id(),
        StatementFormat.IBKR_FLEX_TRADES, null, "flex.csv", new ByteArrayInputStream(statement.getBytes(StandardCharsets.UTF_8)),
        UnknownSymbols.REGISTER)).get());

    assertThat(reads).isEqualTo(1);
    assertThat(bed.useCases.value().value(new ValuationQuery(bed.owner, portfolio.id(), LocalDate.parse("2024-01-20"))).get().holdings())
        .hasSize(ASSETS + 1);
  }
}
