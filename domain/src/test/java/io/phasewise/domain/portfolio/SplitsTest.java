package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PORTFOLIO.md T2 and section 3: splits are read from the market facts and applied on read, as exact ratios. */
class SplitsTest {
  private final LedgerEvents acme = LedgerEvents.of(ACME);

  private List<LedgerEvent> t2() {
    return List.of(acme.buy("2024-01-02", 10, "100", "0"), acme.buy("2024-03-01", 10, "60", "0"), acme.sell("2024-04-01", 25, "70", "0"));
  }

  private static FixedMarketFacts twoForOne() {
    return FixedMarketFacts.none().split(ACME, "2024-02-01", 2, 1).price(ACME, "2024-01-31", "100").price(ACME, "2024-02-01", "50")
        .price(ACME, "2024-04-01", "80");
  }

  private static Valuation value(BookingMethod method, FixedMarketFacts facts, List<LedgerEvent> events, String day) {
    return PortfolioValuation.asOf(aPortfolio().booking(method).recording(facts, events), LocalDate.parse(day), facts);
  }

  @Test
  void t2_after_the_split_the_first_lot_is_20_shares_costing_1000_with_its_date() {
    Valuation.Holding h = value(BookingMethod.FIFO, twoForOne(), t2().subList(0, 1), "2024-02-15").holdings().get(0);

    assertThat(h.lots()).singleElement().satisfies(lot -> {
      assertThat(lot.quantity()).isEqualByComparingTo("20");
      assertThat(lot.cost()).isEqualByComparingTo("1000");
      assertThat(lot.unitCost()).isEqualByComparingTo("50");
      assertThat(lot.acquiredOn()).isEqualTo(LocalDate.parse("2024-01-02"));
    });
  }

  @Test
  void t2_fifo_realizes_450_and_keeps_5_shares_at_300() {
    Valuation.Holding h = value(BookingMethod.FIFO, twoForOne(), t2(), "2024-04-01").holdings().get(0);

    assertThat(h.realized().gain().net()).isEqualByComparingTo("450.00");
    assertThat(h.quantity()).isEqualByComparingTo("5");
    assertThat(h.costBasis()).isEqualByComparingTo("300.00");
    assertThat(h.unrealized().net()).isEqualByComparingTo("100.00");
  }

  @Test
  void t2_average_realizes_416_67_and_keeps_266_67() {
    Valuation.Holding h = value(BookingMethod.AVERAGE, twoForOne(), t2(), "2024-04-01").holdings().get(0);

    assertThat(h.realized().gain().net()).isEqualByComparingTo("416.67");
    assertThat(h.costBasis()).isEqualByComparingTo("266.67");
  }

  @Test
  void t2_ignoring_the_split_cannot_go_unnoticed_the_sale_exceeds_the_holding() {
    LedgerEvent sale = t2().get(2);
    Portfolio bought = aPortfolio().recording(FixedMarketFacts.none(), t2().subList(0, 2));

    assertThat(bought.record(sale, FixedMarketFacts.none(), PortfolioBuilder.AT).getLeft())
        .isInstanceOfSatisfying(PortfolioRejection.Oversold.class, o -> {
          assertThat(o.event()).isEqualTo(sale.id());
          assertThat(o.held()).isEqualByComparingTo("20");
          assertThat(o.taken()).isEqualByComparingTo("25");
        });
  }

  @Test
  void t2_reverse_split_1_for_10_of_10_shares_at_100_is_1_share_at_1000() {
    FixedMarketFacts facts = FixedMarketFacts.none().split(ACME, "2024-02-01", 1, 10).price(ACME, "2024-02-01", "1000");
    Valuation.Holding h = value(BookingMethod.FIFO, facts, List.of(acme.buy("2024-01-02", 10, "100", "0")), "2024-02-01").holdings().get(0);

    assertThat(h.quantity()).isEqualByComparingTo("1");
    assertThat(h.lots().get(0).unitCost()).isEqualByComparingTo("1000");
    assertThat(h.costBasis()).isEqualByComparingTo("1000");
  }

  @Test
  void t2_two_for_one_then_one_for_three_is_exactly_20_thirds_at_150() {
    FixedMarketFacts facts = FixedMarketFacts.none().split(ACME, "2024-02-01", 2, 1).split(ACME, "2024-03-01", 1, 3);
    Portfolio portfolio = aPortfolio().recording(facts, List.of(acme.buy("2024-01-02", 10, "100", "0")));
    LedgerState state = new LedgerState(portfolio, facts);
    portfolio.ledger().forEach(state::apply);
    state.advanceTo(LocalDate.parse("2024-03-01"));
    Position p = state.positions().iterator().next();

    assertThat(p.longs.quantity()).isEqualTo(Ratio.of(20).dividedBy(Ratio.of(3)));
    assertThat(p.longs.openLots().get(0).unitCost()).isEqualTo(Ratio.of(150));
    assertThat(p.longs.cost()).isEqualTo(Ratio.of(1000));
  }

  @Test
  void without_a_price_on_the_effective_date_the_fraction_is_kept_and_reported() {
    FixedMarketFacts facts = FixedMarketFacts.none().split(ACME, "2024-02-01", 2, 1).split(ACME, "2024-03-01", 1, 3);
    Valuation v = value(BookingMethod.FIFO, facts, List.of(acme.buy("2024-01-02", 10, "100", "0")), "2024-03-01");

    assertThat(v.holdings().get(0).quantity()).isEqualByComparingTo("6.666666666666666667");
    assertThat(v.warnings()).anySatisfy(w -> {
      assertThat(w.kind()).isEqualTo(Valuation.WarningKind.CASH_IN_LIEU_NOT_BOOKED);
      assertThat(w.subject()).isEqualTo("asset:1");
      assertThat(w.day()).isEqualTo(LocalDate.parse("2024-03-01"));
    });
  }

  @Test
  void a_reverse_split_books_the_fraction_left_over_as_cash_in_lieu_at_the_effective_date_price() {
    FixedMarketFacts facts = FixedMarketFacts.none().split(ACME, "2024-02-01", 2, 1).split(ACME, "2024-03-01", 1, 3)
        .price(ACME, "2024-03-01", "180");
    Valuation v = value(BookingMethod.FIFO, facts, List.of(acme.deposit("2024-01-01", "1000"), acme.buy("2024-01-02", 10, "100", "0")),
        "2024-03-01");
    Valuation.Holding h = v.holdings().get(0);

    assertThat(h.quantity()).isEqualByComparingTo("6");
    assertThat(h.costBasis()).isEqualByComparingTo("900.00");
    // 2/3 of a share at 180 = 120 in cash, against 2/3 × 150 = 100 of cost
    assertThat(h.realized().gain().net()).isEqualByComparingTo("20.00");
    assertThat(v.cash()).singleElement().satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("120"));
    assertThat(v.summary().totalValue()).isEqualByComparingTo("1200.00");
  }

  @Test
  void an_event_dated_on_the_effective_date_is_already_in_post_split_units() {
    List<LedgerEvent> events = List.of(acme.buy("2024-01-02", 10, "100", "0"), acme.sell("2024-02-01", 20, "50", "0"));
    Valuation v = value(BookingMethod.FIFO, twoForOne(), events, "2024-02-01");

    assertThat(v.holdings()).isEmpty();
    assertThat(v.closed()).singleElement().satisfies(c -> assertThat(c.realized().gain().net()).isEqualByComparingTo("0"));
  }

  @Test
  void a_corrected_split_corrects_every_figure_since_nothing_was_rewritten() {
    List<LedgerEvent> events = List.of(acme.buy("2024-01-02", 10, "100", "0"));
    Portfolio portfolio = aPortfolio().recording(FixedMarketFacts.none(), events);
    FixedMarketFacts wrong = FixedMarketFacts.none().split(ACME, "2024-02-01", 3, 1).price(ACME, "2024-02-01", "50");
    FixedMarketFacts corrected = FixedMarketFacts.none().split(ACME, "2024-02-01", 2, 1).price(ACME, "2024-02-01", "50");
    LocalDate day = LocalDate.parse("2024-02-01");

    assertThat(PortfolioValuation.asOf(portfolio, day, wrong).holdings().get(0).quantity()).isEqualByComparingTo("30");
    Valuation.Holding h = PortfolioValuation.asOf(portfolio, day, corrected).holdings().get(0);
    assertThat(h.quantity()).isEqualByComparingTo("20");
    assertThat(h.unrealized().net()).isEqualByComparingTo("0");
    assertThat(portfolio.ledger()).isEqualTo(events);
  }

  @Test
  void on_the_day_of_a_split_a_price_moved_only_by_the_split_is_no_day_change() {
    Valuation.Holding h = value(BookingMethod.FIFO, twoForOne(), t2().subList(0, 1), "2024-02-01").holdings().get(0);

    assertThat(h.dayChange()).isEqualByComparingTo("0");
  }
}
