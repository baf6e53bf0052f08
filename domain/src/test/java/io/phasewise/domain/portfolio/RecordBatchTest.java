package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.LedgerEvents.GLOBEX;
import static io.phasewise.domain.portfolio.PortfolioBuilder.AT;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Portfolio#recordAll}: every good event of a batch is taken, each bad one reported, in one replay. */
class RecordBatchTest {
  private final LedgerEvents acme = LedgerEvents.of(ACME);
  private final LedgerEvents globex = LedgerEvents.of(GLOBEX);
  private final FixedMarketFacts facts = FixedMarketFacts.none();

  @Test
  void a_batch_keeps_the_good_events_and_reports_each_bad_one_with_its_index() {
    LedgerEvent buy = acme.buy("2024-01-02", 10, "100", "0");
    LedgerEvent oversell = acme.sell("2024-01-03", 11, "100", "0");
    LedgerEvent sell = acme.sell("2024-01-04", 4, "100", "0");
    LedgerEvent otherBuy = globex.buy("2024-01-02", 5, "10", "0");
    RecordedBatch batch = aPortfolio().build().recordAll(List.of(buy, oversell, sell, otherBuy), facts, AT).get();

    assertThat(batch.recorded()).isEqualTo(3);
    assertThat(batch.rejected()).singleElement().satisfies(r -> {
      assertThat(r.index()).isEqualTo(1);
      assertThat(r.rejection()).isInstanceOfSatisfying(PortfolioRejection.Oversold.class, o -> assertThat(o.event()).isEqualTo(oversell.id()));
    });
    assertThat(batch.portfolio().ledger()).containsExactly(buy, otherBuy, sell);
  }

  @Test
  void importing_the_same_statement_twice_adds_nothing() {
    List<LedgerEvent> statement = List.of(acme.buy("2024-01-02", 10, "100", "0"), acme.sell("2024-01-04", 4, "100", "0"));
    Portfolio once = aPortfolio().recording(facts, statement);
    RecordedBatch again = once.recordAll(statement.stream().map(LedgerEvents::reimported).toList(), facts, AT).get();

    assertThat(again.recorded()).isZero();
    assertThat(again.rejected()).extracting(RecordedBatch.Refused::rejection).allSatisfy(r -> assertThat(r)
        .isInstanceOf(PortfolioRejection.AlreadyRecorded.class));
    assertThat(again.portfolio().ledger()).isEqualTo(once.ledger());
  }

  @Test
  void a_backdated_sale_that_would_oversell_a_later_recorded_sale_is_refused_naming_that_sale() {
    LedgerEvent laterSale = acme.sell("2024-03-01", 8, "100", "0");
    Portfolio portfolio = aPortfolio().recording(facts, List.of(acme.buy("2024-01-02", 10, "100", "0"), laterSale));
    LedgerEvent backdatedBuy = acme.buy("2024-01-10", 1, "100", "0");
    LedgerEvent backdatedSale = acme.sell("2024-02-01", 4, "100", "0");
    RecordedBatch batch = portfolio.recordAll(List.of(backdatedBuy, backdatedSale), facts, AT).get();

    assertThat(batch.recorded()).isEqualTo(1);
    assertThat(batch.rejected()).singleElement().satisfies(r -> {
      assertThat(r.event()).isEqualTo(backdatedSale);
      assertThat(r.rejection()).isInstanceOfSatisfying(PortfolioRejection.Oversold.class, o -> assertThat(o.event()).isEqualTo(laterSale.id()));
    });
    assertThat(LedgerReplay.check(batch.portfolio(), facts).isRight()).isTrue();
  }

  @Test
  void ten_thousand_events_appended_to_a_ledger_are_judged_in_one_replay() {
    List<LedgerEvent> history = new ArrayList<>();
    List<LedgerEvent> statement = new ArrayList<>();
    LocalDate day = LocalDate.parse("2004-01-01");
    for (int i = 0; i < 20_000; i++) {
      LedgerEvents events = LedgerEvents.of(new Instrument.Tracked(io.phasewise.domain.market.AssetId.of(1 + i % 100), ACME.currency()));
      LedgerEvent e = i % 200 < 100 ? events.buy(day.toString(), 10, "100.25", "1.5") : events.sell(day.toString(), 7, "101.75", "1.5");
      (i < 10_000 ? history : statement).add(e);
      if (i % 100 == 99) day = day.plusDays(1);
    }
    Portfolio portfolio = aPortfolio().booking(BookingMethod.HIFO).withLedger(history).build();

    RecordedBatch batch = portfolio.recordAll(statement, facts, AT).get();
    long millis = cpuMillis(() -> portfolio.recordAll(statement, facts, AT));

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.recorded()).isEqualTo(10_000);
    assertThat(millis).as("recordAll of 10,000 events after 10,000: %d ms", millis).isLessThan(1_000);
  }

  @Test
  void ten_thousand_backdated_events_with_refusals_stay_fast() {
    List<LedgerEvent> history = new ArrayList<>();
    List<LedgerEvent> statement = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      LocalDate day = LocalDate.parse("2004-01-01").plusDays(i);
      history.add(acme.buy(day.toString(), 10, "100", "0"));
      // every tenth backdated sale takes more than was ever bought before it and is refused at its place
      statement.add(acme.sell(day.toString(), i % 10 == 9 ? 10L * (i + 2) : 1, "100", "0"));
    }
    Portfolio portfolio = aPortfolio().withLedger(history).build();

    RecordedBatch batch = portfolio.recordAll(statement, facts, AT).get();
    long millis = cpuMillis(() -> portfolio.recordAll(statement, facts, AT));

    assertThat(batch.rejected()).hasSize(1_000).allSatisfy(r -> assertThat(r.rejection()).isInstanceOf(PortfolioRejection.Oversold.class));
    assertThat(millis).as("recordAll of 10,000 backdated events: %d ms", millis).isLessThan(1_000);
  }

  /**
   * The CPU time this thread spends on {@code work}, after the run before it warmed the JIT: the
   * machine running the build is shared, so wall time would measure the neighbours.
   */
  private static long cpuMillis(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    work.run();
    return (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
  }
}
