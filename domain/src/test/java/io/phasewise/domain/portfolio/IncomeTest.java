package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PORTFOLIO.md T9 and the cash events: dividends, reinvested dividends, interest, fees, taxes, deposits. */
class IncomeTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-28");
  private final LedgerEvents acme = LedgerEvents.of(ACME);
  private final FixedMarketFacts facts = FixedMarketFacts.none().price(ACME, "2024-01-01", "100");

  private Valuation value(List<LedgerEvent> events) {
    return PortfolioValuation.asOf(aPortfolio().recording(facts, events), DAY, facts);
  }

  @Test
  void t9_a_reinvested_dividend_is_income_and_a_lot_at_the_reinvested_amount() {
    Valuation v = value(List.of(acme.buy("2024-01-02", 10, "100", "0"), acme.reinvest("2024-03-01", "0.2", "20")));
    Valuation.Holding h = v.holdings().get(0);

    assertThat(h.quantity()).isEqualByComparingTo("10.2");
    assertThat(h.costBasis()).isEqualByComparingTo("1020.00");
    assertThat(h.income()).isEqualByComparingTo("20.00");
    assertThat(h.unrealized().net()).isEqualByComparingTo("0.00");
    assertThat(h.lots()).extracting(Valuation.OpenLot::cost).map(c -> c.toPlainString()).containsExactly("1000.00", "20.00");
  }

  @Test
  void a_cash_dividend_is_income_net_of_its_withholding_tax_and_lands_in_cash() {
    Valuation v = value(List.of(acme.deposit("2024-01-01", "1000"), acme.buy("2024-01-02", 10, "100", "0"),
        LedgerEvents.withTax(acme.dividend("2024-03-01", "30"), "4.50")));

    assertThat(v.holdings().get(0).income()).isEqualByComparingTo("25.50");
    assertThat(v.summary().cashBalance()).isEqualByComparingTo("25.50");
    assertThat(v.summary().income()).isEqualByComparingTo("25.50");
    assertThat(v.summary().totalGain()).isEqualByComparingTo("25.50");
  }

  @Test
  void interest_fees_taxes_and_withdrawals_move_cash_and_only_deposits_and_withdrawals_are_invested() {
    Valuation v = value(List.of(acme.deposit("2024-01-01", "1000"), acme.cash(LedgerEventType.INTEREST, "2024-02-01", "12"),
        acme.cash(LedgerEventType.FEE, "2024-02-02", "5"), acme.cash(LedgerEventType.TAX, "2024-02-03", "3"),
        acme.withdrawal("2024-02-04", "100")));

    assertThat(v.summary().cashBalance()).isEqualByComparingTo("904.00");
    assertThat(v.summary().investedAmount()).isEqualByComparingTo("900.00");
    assertThat(v.summary().totalGain()).isEqualByComparingTo("4.00");
    assertThat(v.summary().holdings()).isZero();
  }

  @Test
  void a_delivery_in_is_a_lot_at_gross_plus_fee_and_an_external_inflow() {
    Valuation v = value(List.of(acme.deliveryIn("2024-01-02", 10, "90", "2")));
    Valuation.Holding h = v.holdings().get(0);

    assertThat(h.costBasis()).isEqualByComparingTo("902.00");
    assertThat(v.summary().investedAmount()).isEqualByComparingTo("900.00");
    assertThat(v.summary().totalValue()).isEqualByComparingTo("998.00");
    assertThat(v.summary().totalGain()).isEqualByComparingTo(h.unrealized().net());
  }
}
