package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.EUR;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.buy;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.in.TransferBetweenPortfoliosCommand;
import io.phasewise.application.portfolio.port.in.TransferResult;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.portfolio.CarriedLot;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Transfers between two portfolios of one owner: both sides in one transaction, lots keeping their dates and costs. */
class TransferBetweenPortfoliosServiceTest {
  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final AssetId apple = bed.asset("AAPL", AssetType.STOCK, "USD");
  private final Portfolio broker = bed.open("Broker", USD);
  private final Portfolio pension = bed.open("Pension", USD);

  private TransferBetweenPortfoliosCommand move(Portfolio from, Portfolio to, String quantity, String sourceId) {
    return new TransferBetweenPortfoliosCommand(bed.owner, from.id(), to.id(), InstrumentRef.tracked(apple), d(quantity),
        LocalDate.parse("2024-03-01"), null, sourceId);
  }

  private Portfolio stored(Portfolio p) {
    return bed.useCases.find().find(new PortfolioQuery(bed.owner, p.id())).get();
  }

  @Test
  void the_lots_taken_out_of_one_portfolio_arrive_in_the_other_with_their_dates_and_costs() {
    bed.record(broker.id(), buy(apple, "2024-01-02", "10", "100", "5"));
    bed.record(broker.id(), buy(apple, "2024-02-01", "10", "120", "5"));

    TransferResult result = bed.useCases.transfer().transfer(move(broker, pension, "15", "ACATS-9")).get();

    assertThat(result.transferOut().type()).isEqualTo(LedgerEventType.TRANSFER_OUT);
    assertThat(result.transferOut().counterpart()).isEqualTo(pension.id());
    assertThat(result.transferIn().type()).isEqualTo(LedgerEventType.TRANSFER_IN);
    assertThat(result.transferIn().counterpart()).isEqualTo(broker.id());
    assertThat(result.transferIn().sourceId()).isEqualTo("ACATS-9").isEqualTo(result.transferOut().sourceId());
    assertThat(result.transferIn().carriedLots()).hasSize(2);
    assertThat(result.transferIn().carriedLots().get(0)).usingRecursiveComparison().withComparatorForType(java.math.BigDecimal::compareTo,
        java.math.BigDecimal.class).isEqualTo(new CarriedLot(LocalDate.parse("2024-01-02"), d("10"), d("1005")));
    CarriedLot part = result.transferIn().carriedLots().get(1);
    assertThat(part.acquiredOn()).isEqualTo(LocalDate.parse("2024-02-01"));
    assertThat(part.quantity()).isEqualByComparingTo("5");
    assertThat(part.cost()).isEqualByComparingTo("602.5");
    assertThat(stored(broker).ledger()).last().isEqualTo(result.transferOut());
    assertThat(stored(pension).ledger()).containsExactly(result.transferIn());
    assertThat(result.from().version()).isEqualTo(4);
    assertThat(result.to().version()).isEqualTo(2);
  }

  @Test
  void without_a_broker_id_both_sides_share_one_made_from_the_transfer() {
    bed.record(broker.id(), buy(apple, "2024-01-02", "10", "100", "0"));

    TransferResult result = bed.useCases.transfer().transfer(move(broker, pension, "1", null)).get();

    assertThat(result.transferOut().sourceId()).startsWith("transfer:").isEqualTo(result.transferIn().sourceId());
  }

  @Test
  void portfolios_of_different_base_currencies_are_refused_and_neither_changes() {
    Portfolio euro = bed.open("Euro", EUR);
    bed.record(broker.id(), buy(apple, "2024-01-02", "10", "100", "0"));

    Failure failure = bed.useCases.transfer().transfer(move(broker, euro, "1", null)).getLeft();

    assertThat(failure).isInstanceOfSatisfying(Failure.InvalidInput.class, f -> assertThat(f.message()).contains("base currency"));
    assertThat(stored(broker).version()).isEqualTo(2);
    assertThat(stored(euro).version()).isEqualTo(1);
  }

  @Test
  void a_source_id_the_receiving_ledger_holds_refuses_the_transfer_on_both_sides() {
    bed.record(broker.id(), buy(apple, "2024-01-02", "10", "100", "0"));
    bed.record(pension.id(), PortfolioTestBed.trade(LedgerEventType.BUY, InstrumentRef.tracked(apple), "2024-01-02", "1", "100", "0",
        "ACATS-9"));

    Failure failure = bed.useCases.transfer().transfer(move(broker, pension, "5", "ACATS-9")).getLeft();

    assertThat(failure).isInstanceOf(Failure.Conflict.class);
    assertThat(stored(broker).ledger()).hasSize(1);
    assertThat(stored(broker).version()).isEqualTo(2);
  }
}
