package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.LedgerEvents.withFx;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PORTFOLIO.md T13 and section 4: costs in the base currency, the recorded rate first, missing rates named. */
class CurrencyTest {
  private final LedgerEvents acme = LedgerEvents.of(ACME);

  @Test
  void t13_a_realized_gain_in_base_splits_into_a_price_and_a_currency_part() {
    FixedMarketFacts facts = FixedMarketFacts.none();
    Portfolio portfolio = aPortfolio().inBase("EUR").recording(facts,
        List.of(withFx(acme.buy("2024-01-02", 10, "100", "0"), "1.10"), withFx(acme.sell("2024-06-03", 10, "110", "0"), "1.00")));
    Valuation v = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-06-03"), facts);
    Valuation.ClosedPosition closed = v.closed().get(0);

    assertThat(closed.purchaseCosts()).isEqualByComparingTo("909.09");
    assertThat(closed.saleProceeds()).isEqualByComparingTo("1100.00");
    assertThat(closed.realized().gain().net()).isEqualByComparingTo("190.91");
    assertThat(closed.realized().pricePart()).isEqualByComparingTo("100.00");
    assertThat(closed.realized().currencyPart()).isEqualByComparingTo("90.91");
  }

  @Test
  void the_recorded_rate_wins_over_the_day_rate_for_the_cost() {
    FixedMarketFacts facts = FixedMarketFacts.none().rate("EUR", "USD", "2024-01-01", "1.25").price(ACME, "2024-01-01", "100");
    Portfolio portfolio = aPortfolio().inBase("EUR").recording(facts,
        List.of(withFx(acme.buy("2024-01-02", 10, "100", "0"), "1.00"), acme.buy("2024-01-03", 10, "100", "0")));
    Valuation.Holding h = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-01-03"), facts).holdings().get(0);

    assertThat(h.lots()).extracting(Valuation.OpenLot::cost).map(c -> c.toPlainString()).containsExactly("1000.00", "800.00");
    assertThat(h.marketValue()).isEqualByComparingTo("1600.00");
  }

  @Test
  void a_missing_rate_refuses_the_event_naming_the_pair_and_the_day() {
    LedgerEvent buy = acme.buy("2024-01-02", 10, "100", "0");
    Portfolio portfolio = aPortfolio().inBase("EUR").build();

    assertThat(portfolio.record(buy, FixedMarketFacts.none(), PortfolioBuilder.AT).getLeft())
        .isEqualTo(new PortfolioRejection.MissingFxRate(buy.id(), CurrencyCode.of("EUR"), CurrencyCode.of("USD"), LocalDate.parse("2024-01-02")));
  }

  @Test
  void a_valuation_without_a_rate_warns_with_the_pair_and_the_day_and_never_assumes_1() {
    FixedMarketFacts facts = FixedMarketFacts.none().price(ACME, "2024-01-01", "100");
    Portfolio portfolio = aPortfolio().inBase("EUR").recording(facts, List.of(withFx(acme.buy("2024-01-02", 10, "100", "0"), "1.10")));
    Valuation v = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-02-01"), facts);

    assertThat(v.holdings().get(0).marketValue()).isNull();
    assertThat(v.holdings().get(0).costBasis()).isEqualByComparingTo("909.09");
    assertThat(v.cash().get(0).inBase()).isNull();
    assertThat(v.warnings()).anySatisfy(w -> {
      assertThat(w.kind()).isEqualTo(Valuation.WarningKind.MISSING_FX_RATE);
      assertThat(w.subject()).isEqualTo("EUR/USD");
      assertThat(w.day()).isEqualTo(LocalDate.parse("2024-02-01"));
    });
  }

  @Test
  void cash_is_kept_per_currency_and_valued_in_base() {
    FixedMarketFacts facts = FixedMarketFacts.none().rate("EUR", "USD", "2024-01-01", "1.25");
    LedgerEvents eur = LedgerEvents.of(ACME, "EUR");
    Portfolio portfolio = aPortfolio().inBase("EUR").recording(facts,
        List.of(eur.deposit("2024-01-02", "100"), acme.deposit("2024-01-02", "250")));
    Valuation v = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-01-03"), facts);

    assertThat(v.cash()).extracting(c -> c.currency().code(), c -> c.amount().toPlainString(), c -> c.inBase().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EUR", "100.00000000", "100.00"),
            org.assertj.core.groups.Tuple.tuple("USD", "250.00000000", "200.00"));
    assertThat(v.summary().cashBalance()).isEqualByComparingTo("300.00");
    assertThat(v.summary().investedAmount()).isEqualByComparingTo("300.00");
  }
}
