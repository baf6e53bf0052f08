package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.ANY;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.EUR;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.NOW;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.buy;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.deposit;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.PortfolioPorts;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.portfolio.port.in.DeleteEventCommand;
import io.phasewise.application.portfolio.port.in.EditEventCommand;
import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.application.portfolio.port.in.LedgerChange;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.in.RecordEventCommand;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.portfolio.EntrySnapshot;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.RevisionKind;
import io.phasewise.domain.shared.Failure;
import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Recording, editing and deleting ledger events: defaults, the entry snapshot, the audit trail, refusals and conflicts. */
class RecordEventServiceTest {
  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final AssetId apple = bed.asset("AAPL", AssetType.STOCK, "USD");
  private final Portfolio core = bed.open("Core", EUR);

  RecordEventServiceTest() {
    bed.euroRate("2023-12-29", "1.10");
  }

  private LedgerChange record(RecordEventCommand command) {
    return bed.useCases.recordEvent().record(command).get();
  }

  private Portfolio stored() {
    return bed.useCases.find().find(new PortfolioQuery(bed.owner, core.id())).get();
  }

  @Test
  void a_trade_takes_the_assets_currency_gross_from_quantity_and_price_and_a_source_id_from_its_id() {
    LedgerChange change = record(new RecordEventCommand(bed.owner, core.id(), buy(apple, "2024-01-02", "10", "100.25", "5"), ANY));

    LedgerEvent e = change.event();
    assertThat(e.instrument()).isEqualTo(new Instrument.Tracked(apple, USD));
    assertThat(e.currency()).isEqualTo(USD);
    assertThat(e.gross()).isEqualByComparingTo("1002.50");
    assertThat(e.sourceId()).isEqualTo("manual:" + e.id());
    assertThat(change.portfolio().version()).isEqualTo(2);
    assertThat(stored().ledger()).containsExactly(e);
    assertThat(stored().revisions()).singleElement().satisfies(r -> assertThat(r.at()).isEqualTo(NOW));
  }

  @Test
  void a_cash_event_is_in_the_base_currency_unless_it_names_one() {
    LedgerEvent e = record(new RecordEventCommand(bed.owner, core.id(), deposit("2024-01-02", "1000"), ANY)).event();

    assertThat(e.instrument()).isNull();
    assertThat(e.currency()).isEqualTo(EUR);
    assertThat(e.gross()).isEqualByComparingTo("1000");
  }

  @Test
  void a_tracked_asset_event_captures_the_phase_snapshot_and_sentiment_known_when_it_is_entered() {
    bed.dailyCandles(apple, MarketFixtures.dailyCandles(260, "test"));
    bed.market.phases.useCases.recompute().recompute(apple, Interval.D1).get();

    EntrySnapshot snapshot = record(new RecordEventCommand(bed.owner, core.id(), buy(apple, "2024-01-02", "1", "100", "0"), ANY))
        .event().entrySnapshot();

    assertThat(snapshot.asOf()).isEqualTo(NOW);
    assertThat(snapshot.phase()).isIn("COOP", "DEFECT", "FORGIVE");
    assertThat(snapshot.phaseConfidence()).isBetween(0.0, 1.0);
    assertThat(snapshot.phaseReasons()).isNotEmpty();
    assertThat(snapshot.features()).containsEntry("price", 359.0).containsKeys("rsi_14", "sma_50", "ret_1d");
    assertThat(snapshot.sentiment()).as("no observations: no meter reading").isNull();
  }

  @Test
  void an_external_instrument_has_no_entry_snapshot() {
    InstrumentRef flat = InstrumentRef.external("FLAT 1", EUR);

    LedgerEvent e = record(new RecordEventCommand(bed.owner, core.id(),
        trade(LedgerEventType.BUY, flat, "2024-01-02", "1", "250000", "0", "deed-1"), ANY)).event();

    assertThat(e.instrument()).isEqualTo(new Instrument.External("FLAT 1", EUR));
    assertThat(e.entrySnapshot()).isNull();
    assertThat(e.sourceId()).isEqualTo("deed-1");
  }

  @Test
  void an_unknown_asset_is_not_found_and_nothing_is_stored() {
    Failure failure = bed.useCases.recordEvent().record(new RecordEventCommand(bed.owner, core.id(),
        buy(AssetId.of(999), "2024-01-02", "1", "100", "0"), ANY)).getLeft();

    assertThat(failure).isEqualTo(new Failure.NotFound("asset", "999"));
    assertThat(stored().version()).isEqualTo(1);
  }

  @Test
  void a_source_id_recorded_already_is_a_conflict_naming_it() {
    InstrumentRef ref = InstrumentRef.tracked(apple);
    record(new RecordEventCommand(bed.owner, core.id(), trade(LedgerEventType.BUY, ref, "2024-01-02", "1", "100", "0", "T-1"), ANY));

    Failure failure = bed.useCases.recordEvent().record(new RecordEventCommand(bed.owner, core.id(),
        trade(LedgerEventType.BUY, ref, "2024-01-03", "2", "101", "0", "T-1"), ANY)).getLeft();

    assertThat(failure).isInstanceOf(Failure.Conflict.class);
    assertThat(failure.message()).contains("'T-1'", "already recorded");
    assertThat(stored().ledger()).hasSize(1);
  }

  @Test
  void edits_and_deletes_are_new_revisions_and_the_trail_keeps_every_one() {
    LedgerEvent original = record(new RecordEventCommand(bed.owner, core.id(), buy(apple, "2024-01-02", "10", "100", "5"), ANY)).event();
    bed.clock.set(NOW.plusSeconds(60));

    LedgerEvent edited = bed.useCases.editEvent().edit(new EditEventCommand(bed.owner, core.id(), original.id(),
        buy(apple, "2024-01-02", "12", "100", "5"), OptionalLong.of(2))).get().event();
    bed.clock.set(NOW.plusSeconds(120));
    LedgerChange deleted = bed.useCases.deleteEvent().delete(new DeleteEventCommand(bed.owner, core.id(), original.id(), ANY)).get();

    assertThat(edited.id()).isEqualTo(original.id());
    assertThat(edited.quantity()).isEqualByComparingTo("12");
    assertThat(edited.sourceId()).isEqualTo(original.sourceId());
    assertThat(edited.entrySnapshot()).isEqualTo(original.entrySnapshot());
    assertThat(deleted.event()).isEqualTo(edited);
    Portfolio p = stored();
    assertThat(p.ledger()).isEmpty();
    assertThat(p.version()).isEqualTo(4);
    assertThat(p.revisions()).extracting(LedgerRevision::revision, LedgerRevision::kind, LedgerRevision::at).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, RevisionKind.RECORDED, NOW),
        org.assertj.core.groups.Tuple.tuple(2, RevisionKind.EDITED, NOW.plusSeconds(60)),
        org.assertj.core.groups.Tuple.tuple(3, RevisionKind.DELETED, NOW.plusSeconds(120)));
    assertThat(p.revisions().get(0).event().quantity()).isEqualByComparingTo("10");
  }

  @Test
  void editing_or_deleting_an_event_not_in_force_is_not_found() {
    LedgerEventId missing = LedgerEventId.of(new UUID(9, 9));

    assertThat(bed.useCases.editEvent().edit(new EditEventCommand(bed.owner, core.id(), missing, deposit("2024-01-02", "1"), ANY))
        .getLeft()).isEqualTo(new Failure.NotFound("ledger event", missing.toString()));
    assertThat(bed.useCases.deleteEvent().delete(new DeleteEventCommand(bed.owner, core.id(), missing, ANY)).getLeft())
        .isEqualTo(new Failure.NotFound("ledger event", missing.toString()));
    assertThat(stored().version()).isEqualTo(1);
  }

  @Test
  void two_clients_editing_the_version_they_read_one_succeeds_and_the_other_is_a_conflict() {
    long read = stored().version();

    Outcomes first = new Outcomes(bed.useCases.recordEvent().record(
        new RecordEventCommand(bed.owner, core.id(), deposit("2024-01-02", "100"), OptionalLong.of(read))).isRight(),
        bed.useCases.recordEvent().record(
            new RecordEventCommand(bed.owner, core.id(), deposit("2024-01-03", "200"), OptionalLong.of(read))).getLeft());

    assertThat(first.firstStored()).isTrue();
    assertThat(first.second()).isInstanceOf(Failure.Conflict.class);
    assertThat(stored().ledger()).extracting(LedgerEvent::gross).containsExactly(new BigDecimal("100"));
  }

  @Test
  void a_change_stored_by_another_request_between_read_and_save_makes_the_save_a_conflict_and_stores_nothing_of_it() {
    AtomicBoolean rivalDone = new AtomicBoolean();
    SavePortfolioPort racing = (portfolio, now) -> {
      if (rivalDone.compareAndSet(false, true)) {
        CompletableFuture.runAsync(() -> bed.record(core.id(), deposit("2024-01-05", "500"))).join();
      }
      return bed.portfolios.store.save(portfolio, now);
    };
    PortfolioUseCases racingUseCases = PortfolioUseCases.wire(
        new PortfolioPorts(bed.portfolios.store, racing, bed.portfolios.syncLog, bed.market.tx), bed.portfolios.statements,
        bed.portfolios.statements, bed.infra, bed.market.useCases, bed.market.phases.useCases, bed.market.snapshotUseCases,
        bed.sentiment.useCases);

    Failure failure = racingUseCases.recordEvent().record(
        new RecordEventCommand(bed.owner, core.id(), deposit("2024-01-02", "100"), ANY)).getLeft();

    assertThat(failure).isInstanceOf(Failure.Conflict.class);
    assertThat(failure.message()).contains("changed by another request since version 1");
    assertThat(stored().ledger()).extracting(LedgerEvent::gross).containsExactly(new BigDecimal("500"));
  }

  /** Outcome of two competing requests. */
  private record Outcomes(boolean firstStored, Failure second) {}
}
