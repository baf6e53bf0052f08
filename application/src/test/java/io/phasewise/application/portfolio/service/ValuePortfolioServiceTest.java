package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.buy;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.deposit;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.trade;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.application.portfolio.port.in.ValuationQuery;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.Valuation;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Valuation through the wired use case: T1 of PORTFOLIO.md priced from stored candles, today by the clock, ownership and the day's range. */
class ValuePortfolioServiceTest {
  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final AssetId stock = bed.asset("TONE", AssetType.STOCK, "USD");
  private final Portfolio portfolio = bed.open("T1", USD);

  ValuePortfolioServiceTest() {
    bed.record(portfolio.id(), deposit("2024-01-01", "3000"));
    bed.record(portfolio.id(), buy(stock, "2024-01-02", "10", "100", "5"));
    bed.record(portfolio.id(), buy(stock, "2024-01-03", "10", "120", "5"));
    bed.record(portfolio.id(), trade(LedgerEventType.SELL, InstrumentRef.tracked(stock), "2024-01-04", "15", "130", "6.50", null));
    bed.dailyCandles(stock, List.of(candle(Instant.parse("2024-01-04T00:00:00Z"), "130", "test"),
        candle(Instant.parse("2024-01-05T00:00:00Z"), "140", "test")));
  }

  private Valuation value(LocalDate asOf) {
    return bed.useCases.value().value(new ValuationQuery(bed.owner, portfolio.id(), asOf)).get();
  }

  @Test
  void t1_fifo_realizes_336_and_leaves_97_50_unrealized_on_the_last_lot() {
    Valuation v = value(LocalDate.parse("2024-01-05"));

    Valuation.Holding h = v.holdings().get(0);
    assertThat(h.quantity()).isEqualByComparingTo("5");
    assertThat(h.marketValue()).isEqualByComparingTo("700.00");
    assertThat(h.realized().gain().net()).isEqualByComparingTo("336.00");
    assertThat(h.realized().gain().gross()).isEqualByComparingTo("350.00");
    assertThat(h.unrealized().net()).isEqualByComparingTo("97.50");
    assertThat(h.dayChange()).isEqualByComparingTo("50.00");
    assertThat(h.lots()).singleElement().satisfies(lot -> {
      assertThat(lot.acquiredOn()).isEqualTo(LocalDate.parse("2024-01-03"));
      assertThat(lot.quantity()).isEqualByComparingTo("5");
      assertThat(lot.cost()).isEqualByComparingTo("602.50");
    });
    assertThat(v.summary().cashBalance()).isEqualByComparingTo("2733.50");
    assertThat(v.summary().totalValue()).isEqualByComparingTo("3433.50");
    assertThat(v.summary().totalGain()).isEqualByComparingTo("433.50");
    assertThat(v.summary().holdings()).isEqualTo(1);
    assertThat(v.warnings()).isEmpty();
  }

  @Test
  void without_a_day_the_portfolio_is_valued_today_by_the_clock_and_an_earlier_day_sees_only_its_events() {
    assertThat(value(null).asOf()).isEqualTo(LocalDate.parse("2025-04-01"));
    assertThat(value(null).summary().totalValue()).isEqualByComparingTo("3433.50");

    Valuation before = value(LocalDate.parse("2024-01-02"));
    assertThat(before.holdings()).singleElement().satisfies(h -> assertThat(h.quantity()).isEqualByComparingTo("10"));
    assertThat(before.warnings()).extracting(Valuation.Warning::kind).containsExactly(Valuation.WarningKind.MISSING_PRICE);
  }

  @Test
  void another_users_portfolio_is_not_found_and_a_day_outside_1900_to_9999_is_refused_naming_as_of() {
    assertThat(bed.useCases.value().value(new ValuationQuery(bed.stranger, portfolio.id(), null)).getLeft())
        .isEqualTo(new Failure.NotFound("portfolio", portfolio.id().toString()));
    assertThatThrownBy(() -> new ValuationQuery(bed.owner, portfolio.id(), LocalDate.parse("1899-12-31")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("asOf"));
    assertThat(new ValuationQuery(bed.owner, portfolio.id(), LocalDate.parse("1900-01-01")).asOf()).isEqualTo("1900-01-01");
  }
}
