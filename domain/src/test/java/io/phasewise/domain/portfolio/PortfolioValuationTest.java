package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.LedgerEvents.GLOBEX;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The valuation's figures beyond P&L: summary, weights, day change, trade status, plans, external prices, warnings. */
class PortfolioValuationTest {
  private final LedgerEvents acme = LedgerEvents.of(ACME);
  private final LedgerEvents globex = LedgerEvents.of(GLOBEX);
  private final FixedMarketFacts facts = FixedMarketFacts.none()
      .price(ACME, "2024-01-01", "100").price(ACME, "2024-03-01", "110")
      .price(GLOBEX, "2024-01-01", "50").price(GLOBEX, "2024-03-01", "45");

  @Test
  void the_summary_adds_cash_and_holdings_and_weighs_each_holding() {
    Portfolio portfolio = aPortfolio().recording(facts, List.of(acme.deposit("2024-01-01", "3000"), acme.buy("2024-01-02", 10, "100", "0"),
        globex.buy("2024-01-02", 20, "50", "0")));
    Valuation v = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-03-01"), facts);

    assertThat(v.summary().totalValue()).isEqualByComparingTo("3000.00");
    assertThat(v.summary().cashBalance()).isEqualByComparingTo("1000.00");
    assertThat(v.summary().investedAmount()).isEqualByComparingTo("3000.00");
    assertThat(v.summary().totalGain()).isEqualByComparingTo("0.00");
    assertThat(v.summary().dayGain()).isEqualByComparingTo("0.00");
    assertThat(v.summary().holdings()).isEqualTo(2);
    assertThat(v.holdings()).extracting(h -> h.dayChange().toPlainString()).containsExactly("100.00", "-100.00");
    assertThat(v.holdings()).extracting(h -> h.weight().toPlainString()).containsExactly("0.55000000", "0.45000000");
  }

  @Test
  void gross_weights_count_a_short_by_its_size() {
    Portfolio portfolio = aPortfolio().allowingShorts().recording(facts,
        List.of(acme.buy("2024-01-02", 10, "100", "0"), globex.sellShort("2024-01-02", 20, "50", "0")));
    Valuation v = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-01-02"), facts);

    assertThat(v.holdings()).extracting(h -> h.marketValue().toPlainString()).containsExactly("1000.00", "-1000.00");
    assertThat(v.holdings()).extracting(Valuation.Holding::weight).containsOnlyNulls();
    assertThat(v.holdings()).extracting(h -> h.grossWeight().toPlainString()).containsExactly("0.50000000", "0.50000000");
  }

  @Test
  void the_trade_status_follows_the_last_trades_and_the_averages_the_current_trade() {
    LocalDate day = LocalDate.parse("2024-03-01");
    List<LedgerEvent> events = List.of(acme.buy("2024-01-02", 10, "100", "0"));
    assertThat(status(events, day)).isEqualTo(TradeStatus.OPEN);
    events = List.of(events.get(0), acme.buy("2024-01-03", 10, "120", "0"));
    assertThat(status(events, day)).isEqualTo(TradeStatus.ACCUMULATING);
    events = List.of(events.get(0), events.get(1), acme.sell("2024-01-04", 5, "130", "0"));
    assertThat(status(events, day)).isEqualTo(TradeStatus.REDUCING);
    Valuation.Holding h = PortfolioValuation.asOf(aPortfolio().recording(facts, events), day, facts).holdings().get(0);
    assertThat(h.averageEntryPrice()).isEqualByComparingTo("110");
    assertThat(h.averageExitPrice()).isEqualByComparingTo("130");

    Portfolio closed = aPortfolio().recording(facts, List.of(acme.buy("2024-01-02", 10, "100", "0"), acme.sell("2024-01-04", 10, "130", "0")));
    Valuation v = PortfolioValuation.asOf(closed, day, facts);
    assertThat(v.holdings()).isEmpty();
    assertThat(v.closed()).singleElement().satisfies(c -> assertThat(c.realized().gain().net()).isEqualByComparingTo("300.00"));
  }

  private TradeStatus status(List<LedgerEvent> events, LocalDate day) {
    return PortfolioValuation.asOf(aPortfolio().recording(facts, events), day, facts).holdings().get(0).status();
  }

  @Test
  void an_external_instrument_is_valued_from_the_last_price_the_user_recorded() {
    Instrument.External house = new Instrument.External("Flat Lisbon", CurrencyCode.of("USD"));
    LedgerEvents flat = LedgerEvents.of(house);
    Portfolio portfolio = aPortfolio()
        .withPrice(new RecordedPrice(house, LocalDate.parse("2024-01-01"), new BigDecimal("200000")))
        .withPrice(new RecordedPrice(house, LocalDate.parse("2024-06-01"), new BigDecimal("230000")))
        .recording(facts, List.of(flat.buy("2024-01-02", 1, "200000", "0")));

    assertThat(PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-05-31"), facts).holdings().get(0).marketValue())
        .isEqualByComparingTo("200000.00");
    assertThat(PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-06-30"), facts).holdings().get(0).unrealized().net())
        .isEqualByComparingTo("30000.00");
  }

  @Test
  void a_missing_price_is_a_warning_naming_the_instrument_and_day_and_the_plan_is_shown() {
    PositionPlan plan = new PositionPlan(GLOBEX, BigDecimal.ONE, new BigDecimal("10"), new BigDecimal("15"), "moat", "1y", "medium", null, null);
    Portfolio portfolio = aPortfolio().withPlan(plan).recording(facts, List.of(globex.buy("2024-01-02", 20, "50", "0")));
    Valuation v = PortfolioValuation.asOf(portfolio, LocalDate.parse("2023-12-31"), facts);

    assertThat(v.holdings()).isEmpty();
    Valuation later = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-01-02"), FixedMarketFacts.none());
    assertThat(later.holdings().get(0).marketValue()).isNull();
    assertThat(later.holdings().get(0).plan()).isEqualTo(plan);
    assertThat(later.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(Valuation.WarningKind.MISSING_PRICE);
      assertThat(w.subject()).isEqualTo("asset:2");
      assertThat(w.day()).isEqualTo(LocalDate.parse("2024-01-02"));
    });
  }
}
