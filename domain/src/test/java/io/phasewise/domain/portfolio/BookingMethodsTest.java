package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PORTFOLIO.md T1, T3 and T4: how each booking method splits one total gain into realized and unrealized. */
class BookingMethodsTest {
  private static final LocalDate DAY = LocalDate.parse("2024-03-01");
  private final LedgerEvents acme = LedgerEvents.of(ACME);

  private static Valuation value(BookingMethod method, String price, List<LedgerEvent> events) {
    FixedMarketFacts facts = FixedMarketFacts.none().price(ACME, "2024-01-01", price);
    return PortfolioValuation.asOf(aPortfolio().booking(method).recording(facts, events), DAY, facts);
  }

  private List<LedgerEvent> t1() {
    return List.of(acme.buy("2024-01-02", 10, "100", "5"), acme.buy("2024-01-03", 10, "120", "5"), acme.sell("2024-01-04", 15, "130", "6.50"));
  }

  @ParameterizedTest(name = "T1 {0}: realized {1}, unrealized {2}")
  @CsvSource({"FIFO, 336.00, 97.50", "LIFO, 236.00, 197.50", "HIFO, 236.00, 197.50", "AVERAGE, 286.00, 147.50"})
  void t1_a_partial_sale_across_two_lots(BookingMethod method, String realized, String unrealized) {
    Valuation.Holding h = value(method, "140", t1()).holdings().get(0);

    assertThat(h.realized().gain().net()).isEqualByComparingTo(realized);
    assertThat(h.unrealized().net()).isEqualByComparingTo(unrealized);
    assertThat(h.realized().gain().net().add(h.unrealized().net())).isEqualByComparingTo("433.50");
    assertThat(h.saleProceeds()).isEqualByComparingTo("1943.50");
    assertThat(h.purchaseCosts()).isEqualByComparingTo("2210.00");
    assertThat(h.marketValue()).isEqualByComparingTo("700.00");
    assertThat(h.quantity()).isEqualByComparingTo("5");
  }

  @ParameterizedTest(name = "T1 {0}: gross - fees = net")
  @CsvSource({"FIFO", "LIFO", "HIFO", "AVERAGE"})
  void t1_gross_less_fees_is_net_for_every_method(BookingMethod method) {
    Valuation v = value(method, "140", t1());
    Valuation.Holding h = v.holdings().get(0);

    assertThat(h.realized().gain().gross().subtract(h.realized().gain().fees())).isEqualByComparingTo(h.realized().gain().net());
    assertThat(h.unrealized().gross().subtract(h.unrealized().fees())).isEqualByComparingTo(h.unrealized().net());
    // all 16.50 of fees are either realized or still in the open lots
    assertThat(h.realized().gain().fees().add(h.unrealized().fees())).isEqualByComparingTo("16.50");
    assertThat(h.fees()).isEqualByComparingTo("16.50");
  }

  @Test
  void t1_fifo_gross_of_fees_is_350_less_14_of_fees() {
    Valuation.Gain realized = value(BookingMethod.FIFO, "140", t1()).holdings().get(0).realized().gain();

    assertThat(realized.gross()).isEqualByComparingTo("350.00");
    assertThat(realized.fees()).isEqualByComparingTo("14.00");
    assertThat(realized.net()).isEqualByComparingTo("336.00");
  }

  @Test
  void t1_lot_costs_include_the_buy_fees_and_fifo_leaves_the_newer_lot() {
    Valuation.Holding h = value(BookingMethod.FIFO, "140", t1()).holdings().get(0);

    assertThat(h.lots()).hasSize(1);
    Valuation.OpenLot lot = h.lots().get(0);
    assertThat(lot.acquiredOn()).isEqualTo(LocalDate.parse("2024-01-03"));
    assertThat(lot.quantity()).isEqualByComparingTo("5");
    assertThat(lot.unitCost()).isEqualByComparingTo("120.50");
    assertThat(lot.cost()).isEqualByComparingTo("602.50");
    assertThat(h.costBasis()).isEqualByComparingTo("602.50");
  }

  @ParameterizedTest(name = "T3 {0}: realized {1}, remaining cost {2}")
  @CsvSource({"FIFO, 25, 1600", "LIFO, 125, 1700", "HIFO, -25, 1550", "AVERAGE, 75, 1650"})
  void t3_the_methods_disagree(BookingMethod method, String realized, String remaining) {
    List<LedgerEvent> events = List.of(acme.buy("2024-01-02", 10, "120", "0"), acme.buy("2024-01-03", 10, "100", "0"),
        acme.buy("2024-01-04", 10, "110", "0"), acme.sell("2024-01-05", 15, "115", "0"));
    Valuation.Holding h = value(method, "115", events).holdings().get(0);

    assertThat(h.realized().gain().net()).isEqualByComparingTo(realized);
    assertThat(h.costBasis()).isEqualByComparingTo(remaining);
    assertThat(h.realized().gain().fees()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "T4 {0}: realized {1}, unrealized {2}")
  @CsvSource({"FIFO, 2250, 600", "AVERAGE, 1650, 1200"})
  void t4_several_buys_and_sells(BookingMethod method, String realized, String unrealized) {
    List<LedgerEvent> events = List.of(acme.buy("2024-01-02", 100, "95", "0"), acme.buy("2024-01-03", 200, "105", "0"),
        acme.buy("2024-01-04", 100, "107", "0"), acme.sell("2024-01-05", 150, "110", "0"), acme.buy("2024-01-08", 50, "100", "0"),
        acme.buy("2024-01-09", 300, "107.5", "0"), acme.sell("2024-01-10", 200, "108", "0"));
    Valuation.Holding h = value(method, "108", events).holdings().get(0);

    assertThat(h.realized().gain().net()).isEqualByComparingTo(realized);
    assertThat(h.unrealized().net()).isEqualByComparingTo(unrealized);
    assertThat(h.quantity()).isEqualByComparingTo("400");
  }

  @Test
  void average_cost_is_left_unchanged_by_a_sale() {
    Valuation.Holding h = value(BookingMethod.AVERAGE, "140", t1()).holdings().get(0);

    assertThat(h.lots()).extracting(Valuation.OpenLot::unitCost).allSatisfy(u -> assertThat(u).isEqualByComparingTo("110.50"));
    assertThat(h.costBasis()).isEqualByComparingTo("552.50");
  }
}
