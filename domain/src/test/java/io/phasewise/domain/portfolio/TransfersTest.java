package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.LedgerEvents.withPicks;
import static io.phasewise.domain.portfolio.PortfolioBuilder.AT;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Transfers between a user's portfolios keep each lot's date and cost; specific lots are named by the event that opened them. */
class TransfersTest {
  private final LedgerEvents acme = LedgerEvents.of(ACME);
  private final FixedMarketFacts facts = FixedMarketFacts.none().price(ACME, "2024-01-01", "150");
  private final LedgerEvent first = acme.buy("2024-01-02", 10, "100", "5");
  private final LedgerEvent second = acme.buy("2024-01-03", 10, "120", "5");

  @Test
  void a_transfer_out_takes_lots_by_the_booking_method_and_the_transfer_in_keeps_their_dates_and_costs() {
    Portfolio from = aPortfolio().booking(BookingMethod.FIFO).recording(facts, List.of(first, second));
    Portfolio to = aPortfolio().build();
    LedgerEvent out = acme.transferOut("2024-02-01", 15, to.id());

    List<CarriedLot> carried = from.lotsTakenBy(out, facts).get();
    assertThat(carried).extracting(CarriedLot::acquiredOn, c -> c.quantity().toPlainString(), c -> c.cost().toPlainString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-01-02"), "10", "1005"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-01-03"), "5", "602.5"));

    Portfolio sent = from.record(out, facts, AT).get();
    Portfolio received = to.record(acme.transferIn("2024-02-01", from.id(), carried), facts, AT).get();
    Valuation.Holding left = PortfolioValuation.asOf(sent, LocalDate.parse("2024-02-01"), facts).holdings().get(0);
    Valuation.Holding arrived = PortfolioValuation.asOf(received, LocalDate.parse("2024-02-01"), facts).holdings().get(0);
    assertThat(left.quantity()).isEqualByComparingTo("5");
    assertThat(left.realized().gain().net()).isEqualByComparingTo("0");
    assertThat(arrived.lots()).extracting(Valuation.OpenLot::acquiredOn)
        .containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-03"));
    assertThat(arrived.costBasis()).isEqualByComparingTo("1607.50");
    assertThat(left.costBasis().add(arrived.costBasis())).isEqualByComparingTo("2210.00");
  }

  @Test
  void a_transfer_out_of_more_than_is_held_is_refused() {
    Portfolio from = aPortfolio().recording(facts, List.of(first));
    LedgerEvent out = acme.transferOut("2024-02-01", 11, PortfolioId.of(UUID.randomUUID()));

    assertThat(from.lotsTakenBy(out, facts).getLeft()).isInstanceOf(PortfolioRejection.Oversold.class);
    assertThat(from.record(out, facts, AT).getLeft()).isInstanceOf(PortfolioRejection.Oversold.class);
  }

  @Test
  void a_transfer_in_whose_lots_do_not_add_up_is_refused() {
    LedgerEvent in = acme.transferIn("2024-02-01", PortfolioId.of(UUID.randomUUID()),
        List.of(new CarriedLot(LocalDate.parse("2024-01-02"), BigDecimal.ZERO, BigDecimal.TEN)));

    assertThat(aPortfolio().build().record(in, facts, AT).getLeft()).isInstanceOf(PortfolioRejection.InvalidEvent.class);
  }

  @Test
  void a_specific_id_sale_closes_the_lots_it_names() {
    Portfolio portfolio = aPortfolio().booking(BookingMethod.SPECIFIC_ID).recording(facts, List.of(first, second));
    LedgerEvent sale = withPicks(acme.sell("2024-02-01", 12, "130", "0"),
        List.of(new LotPick(second.id(), new BigDecimal("10")), new LotPick(first.id(), new BigDecimal("2"))));
    Valuation.Holding h = PortfolioValuation.asOf(portfolio.record(sale, facts, AT).get(), LocalDate.parse("2024-02-01"), facts)
        .holdings().get(0);

    // 1205 + 2 × 100.50 = 1406 against 1560 of proceeds
    assertThat(h.realized().gain().net()).isEqualByComparingTo("154.00");
    assertThat(h.lots()).singleElement().satisfies(l -> {
      assertThat(l.openedBy()).isEqualTo(first.id());
      assertThat(l.quantity()).isEqualByComparingTo("8");
    });
  }

  @Test
  void bad_lot_picks_are_refused_naming_the_event() {
    Portfolio specific = aPortfolio().booking(BookingMethod.SPECIFIC_ID).recording(facts, List.of(first, second));
    LedgerEvent tooMuch = withPicks(acme.sell("2024-02-01", 11, "130", "0"), List.of(new LotPick(first.id(), new BigDecimal("11"))));
    LedgerEvent notAddingUp = withPicks(acme.sell("2024-02-01", 5, "130", "0"), List.of(new LotPick(first.id(), new BigDecimal("4"))));
    LedgerEvent unknownLot = withPicks(acme.sell("2024-02-01", 1, "130", "0"), List.of(new LotPick(tooMuch.id(), BigDecimal.ONE)));
    Portfolio fifo = aPortfolio().recording(facts, List.of(first));

    for (LedgerEvent bad : List.of(tooMuch, notAddingUp, unknownLot)) {
      assertThat(specific.record(bad, facts, AT).getLeft()).isInstanceOfSatisfying(PortfolioRejection.BadLotPick.class, r -> assertThat(r.event()).isEqualTo(bad.id()));
    }
    assertThat(fifo.record(notAddingUp, facts, AT).getLeft()).isInstanceOf(PortfolioRejection.BadLotPick.class);
  }
}
