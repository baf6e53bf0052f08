package io.phasewise.application.portfolio.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.phasewise.application.portfolio.PortfolioPorts;
import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.application.portfolio.model.SyncLogEntry.SyncStatus;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.ActionSource;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CarriedLot;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.EntrySnapshot;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.LotPick;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.PositionPlan;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.portfolio.RevisionKind;
import io.phasewise.domain.portfolio.TradeAnnotations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract every implementation of the portfolio ports passes (fakes and database): portfolios read
 * back exactly (every field of every event type, decimals with their scale, the audit trail in
 * order), optimistic saves that append revisions, owner isolation, the sync log, and transactions.
 * Each test starts from empty stores.
 */
public abstract class PortfolioPortsContract {
  protected static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final CurrencyCode EUR = CurrencyCode.of("EUR");
  private static final CurrencyCode USD = CurrencyCode.of("USD");
  private static final Instrument.External FUND = new Instrument.External("Private Fund I", EUR);

  protected abstract PortfolioPorts ports();

  /** A stored user who owns nothing yet. */
  protected abstract UserId newUser();

  /** A registered asset named after its symbol. */
  protected abstract AssetId newAsset(String symbol);

  /** Empties the stores; runs before each test's data is made. */
  protected void startEmpty() {}

  private UserId owner;
  private Instrument.Tracked aapl;
  private Instrument.Tracked btc;
  private int events;

  @BeforeEach
  void oneUserAndTwoAssets() {
    startEmpty();
    owner = newUser();
    aapl = new Instrument.Tracked(newAsset("AAPL"), USD);
    btc = new Instrument.Tracked(newAsset("BTC-USD"), USD);
    events = 0;
  }

  // test data

  private static BigDecimal d(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private LedgerEventId nextId() {
    return LedgerEventId.of(new UUID(0x5EED, ++events));
  }

  /** An event on {@code day} 2025-01-{day} with the fields most events leave at their defaults. */
  private LedgerEvent event(LedgerEventType type, int day, Instrument instrument, String quantity, String price, String gross) {
    CurrencyCode currency = instrument == null ? EUR : instrument.currency();
    return new LedgerEvent(nextId(), type, LocalDate.of(2025, 1, day), null, 0, instrument, d(quantity), d(price), currency,
        d(gross), null, null, null, "src-" + events, List.of(), null, List.of(), null, null);
  }

  private static TradeAnnotations everyAnnotation() {
    return new TradeAnnotations(ActionSource.SIGNAL, "phase-transition:AAPL:2025-01-03", "1d", "calm", 7, 3, "bullish",
        "high", "rising", "breakout", List.of("volume above average", "RSI > 50"), "cup and handle", d("95.00"),
        d("120.50"), d("5000.00"), d("1.5"), "phase turned COOP", "waited for the retest", "line 1\nline 2 \"quoted\" \\ done\tcafé ✓");
  }

  private static EntrySnapshot everySnapshotField() {
    Map<String, Double> features = new LinkedHashMap<>();
    features.put("rsi14", 61.25);
    features.put("atr14", 0.1 + 0.2);
    features.put("sma200", Double.NaN);
    return new EntrySnapshot(Instant.parse("2025-01-03T14:29:59.123456Z"), "COOP", 0.82,
        List.of("close above SMA200", "sentiment rising"), features, -0.35);
  }

  /** One event of every type, every optional field used at least once, amounts at several scales. */
  private List<LedgerEvent> everyKindOfEvent(PortfolioId counterpart) {
    List<LedgerEvent> ledger = new ArrayList<>();
    ledger.add(event(LedgerEventType.DEPOSIT, 2, null, "0", "0", "10000.00"));
    LedgerEvent buy = new LedgerEvent(nextId(), LedgerEventType.BUY, LocalDate.of(2025, 1, 3), LocalTime.of(14, 30, 15, 123_000_000),
        2, aapl, d("10"), d("100.50"), USD, d("1005.00"), d("1.25"), d("0"), d("1.0850"), "U1234567:TRADE:987654321\\ü",
        List.of(), null, List.of(), everyAnnotation(), everySnapshotField());
    ledger.add(buy);
    ledger.add(event(LedgerEventType.BUY, 4, btc, "0.123456789012345678", "65000.12", "8024.69"));
    ledger.add(new LedgerEvent(nextId(), LedgerEventType.SELL, LocalDate.of(2025, 1, 6), LocalTime.of(9, 30), 0, aapl, d("4"),
        d("120"), USD, d("480"), d("1"), d("2.50"), null, "sell-1", List.of(new LotPick(buy.id(), d("4"))), null, List.of(),
        new TradeAnnotations(ActionSource.MANUAL, null, null, null, null, null, null, null, null, null, List.of(), null,
            null, null, null, null, null, null, null), null));
    ledger.add(event(LedgerEventType.SELL_SHORT, 7, aapl, "2", "130", "260"));
    ledger.add(event(LedgerEventType.BUY_TO_COVER, 8, aapl, "2", "125", "250"));
    ledger.add(event(LedgerEventType.DIVIDEND, 9, aapl, "0", "0", "2.40"));
    ledger.add(event(LedgerEventType.DIVIDEND_REINVEST, 9, aapl, "0.0187", "128.34", "2.40"));
    ledger.add(event(LedgerEventType.INTEREST, 10, null, "0", "0", "3.21"));
    ledger.add(event(LedgerEventType.FEE, 10, null, "0", "0", "5"));
    ledger.add(event(LedgerEventType.TAX, 10, null, "0", "0", "12.340"));
    ledger.add(new LedgerEvent(nextId(), LedgerEventType.TRANSFER_IN, LocalDate.of(2025, 1, 13), null, 1, aapl, d("3"), d("0"),
        USD, d("0"), d("0"), d("0"), null, "transfer-in-1", List.of(), counterpart,
        List.of(new CarriedLot(LocalDate.of(2024, 1, 2), d("2"), d("200.10")), new CarriedLot(LocalDate.of(2024, 6, 3), d("1"), d("150"))),
        null, null));
    ledger.add(new LedgerEvent(nextId(), LedgerEventType.TRANSFER_OUT, LocalDate.of(2025, 1, 13), null, 2, btc,
        d("0.023456789012345678"), d("0"), USD, d("0"), d("0"), d("0"), null, "transfer-out-1", List.of(), counterpart,
        List.of(), null, null));
    ledger.add(event(LedgerEventType.DELIVERY_IN, 14, FUND, "1", "50000", "50000"));
    ledger.add(event(LedgerEventType.DELIVERY_OUT, 15, FUND, "0.25", "51000.5", "12750.125"));
    ledger.add(event(LedgerEventType.WITHDRAWAL, 16, null, "0", "0", "250.5"));
    return ledger;
  }

  private static List<LedgerRevision> recorded(List<LedgerEvent> ledger, Instant from) {
    List<LedgerRevision> revisions = new ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      revisions.add(new LedgerRevision(ledger.get(i).id(), 1, RevisionKind.RECORDED, ledger.get(i), from.plusSeconds(i)));
    }
    return revisions;
  }

  private static Portfolio withRevisions(Portfolio p, List<LedgerRevision> added) {
    List<LedgerRevision> all = new ArrayList<>(p.revisions());
    all.addAll(added);
    return new Portfolio(p.id(), p.owner(), p.name(), p.baseCurrency(), p.method(), p.allowShorts(), all, p.plans(),
        p.recordedPrices(), p.version(), p.createdAt());
  }

  private static Portfolio atVersion(Portfolio p, long version) {
    return new Portfolio(p.id(), p.owner(), p.name(), p.baseCurrency(), p.method(), p.allowShorts(), p.revisions(), p.plans(),
        p.recordedPrices(), version, p.createdAt());
  }

  private static Portfolio renamed(Portfolio p, String name) {
    return new Portfolio(p.id(), p.owner(), name, p.baseCurrency(), p.method(), p.allowShorts(), p.revisions(), p.plans(),
        p.recordedPrices(), p.version(), p.createdAt());
  }

  private static Portfolio opened(UserId owner, String name) {
    return Portfolio.open(PortfolioId.of(UUID.randomUUID()), owner, name, EUR, BookingMethod.FIFO, false, T0);
  }

  private Portfolio withEvents(UserId owner, String name, int count) {
    List<LedgerEvent> ledger = new ArrayList<>();
    for (int i = 0; i < count; i++) ledger.add(event(LedgerEventType.BUY, 1 + i % 28, aapl, "1", "100", "100"));
    return withRevisions(opened(owner, name), recorded(ledger, T0));
  }

  private Portfolio save(Portfolio portfolio, Instant now) {
    return ports().savePortfolios().save(portfolio, now);
  }

  private Portfolio stored(Portfolio portfolio) {
    return ports().loadPortfolios().find(portfolio.owner(), portfolio.id()).orElseThrow();
  }

  // loading and saving

  @Test
  void an_unsaved_portfolio_is_not_found_and_a_new_owner_lists_nothing() {
    Portfolio never = opened(owner, "Never saved");

    assertThat(ports().loadPortfolios().find(owner, never.id())).isEmpty();
    assertThat(ports().loadPortfolios().list(owner)).isEmpty();
  }

  @Test
  void a_portfolio_with_every_kind_of_event_reads_back_exactly() {
    PortfolioId other = PortfolioId.of(UUID.randomUUID());
    List<LedgerEvent> ledger = everyKindOfEvent(other);
    List<PositionPlan> plans = List.of(
        new PositionPlan(aapl, d("2"), d("25.0"), d("40"), "services growth", "3y", "growth", d("90.50"), d("150")),
        new PositionPlan(FUND, null, null, null, null, null, null, null, null));
    List<RecordedPrice> prices = List.of(new RecordedPrice(FUND, LocalDate.of(2025, 1, 31), d("50500.00")),
        new RecordedPrice(FUND, LocalDate.of(2025, 2, 28), d("51000.5")));
    Portfolio portfolio = new Portfolio(PortfolioId.of(UUID.randomUUID()), owner, "Core – ISA ✓ \"long\"", EUR,
        BookingMethod.SPECIFIC_ID, true, recorded(ledger, T0), plans, prices, 0, T0);

    Portfolio saved = save(portfolio, T0.plusSeconds(60));

    assertThat(saved).isEqualTo(atVersion(portfolio, 1));
    Portfolio read = stored(portfolio);
    assertThat(read).isEqualTo(saved);
    assertThat(read.ledger()).containsExactlyElementsOf(ledger);
    assertThat(read.ledger()).extracting(LedgerEvent::type).contains(LedgerEventType.values());
    LedgerEvent crypto = read.ledger().get(2);
    assertThat(crypto.quantity()).isEqualTo(d("0.123456789012345678")).extracting(BigDecimal::scale).isEqualTo(18);
    assertThat(read.ledger().get(1).unitPrice().toString()).isEqualTo("100.50");
  }

  @Test
  void the_audit_trail_reads_back_in_the_order_it_was_made_and_later_saves_append_to_it() {
    LedgerEvent buy = event(LedgerEventType.BUY, 6, aapl, "10", "100", "1000");
    LedgerEvent fee = event(LedgerEventType.FEE, 6, null, "0", "0", "2");
    LedgerEvent sell = event(LedgerEventType.SELL, 7, aapl, "5", "110", "550");
    Portfolio first = save(withRevisions(opened(owner, "Trail"), recorded(List.of(buy, fee, sell), T0)), T0);
    LedgerEvent edited = new LedgerEvent(buy.id(), buy.type(), buy.date(), buy.time(), buy.sequence(), buy.instrument(),
        d("12"), buy.unitPrice(), buy.currency(), d("1200"), d("0.99"), buy.tax(), null, buy.sourceId(), List.of(), null,
        List.of(), everyAnnotation(), null);
    List<LedgerRevision> later = List.of(
        new LedgerRevision(buy.id(), 2, RevisionKind.EDITED, edited, T0.plusSeconds(10)),
        new LedgerRevision(fee.id(), 2, RevisionKind.DELETED, fee, T0.plusSeconds(11)),
        new LedgerRevision(buy.id(), 3, RevisionKind.EDITED, buy, T0.plusSeconds(12)));

    Portfolio second = save(withRevisions(first, later.subList(0, 2)), T0.plusSeconds(20));
    Portfolio third = save(withRevisions(second, later.subList(2, 3)), T0.plusSeconds(30));

    Portfolio read = stored(first);
    assertThat(read).isEqualTo(third);
    assertThat(read.revisions()).extracting(LedgerRevision::eventId, LedgerRevision::revision)
        .containsExactly(
            tuple(buy.id(), 1), tuple(fee.id(), 1),
            tuple(sell.id(), 1), tuple(buy.id(), 2),
            tuple(fee.id(), 2), tuple(buy.id(), 3));
    assertThat(read.revisions().get(3).event()).isEqualTo(edited);
    assertThat(read.ledger()).containsExactly(buy, sell);
  }

  @Test
  void every_save_advances_the_version_by_one_and_stores_the_settings_plans_and_prices() {
    Portfolio v1 = save(opened(owner, "Settings"), T0);
    Portfolio changed = new Portfolio(v1.id(), owner, "Settings, renamed", USD, BookingMethod.HIFO, true, v1.revisions(),
        List.of(new PositionPlan(btc, null, d("10"), d("15"), "store of value", null, "speculative", null, null)),
        List.of(new RecordedPrice(FUND, LocalDate.of(2025, 2, 3), d("1.000000000000000001"))), v1.version(), v1.createdAt());

    Portfolio v2 = save(changed, T0.plusSeconds(1));
    Portfolio v3 = save(v2, T0.plusSeconds(1));
    Portfolio v4 = save(new Portfolio(v3.id(), owner, v3.name(), USD, BookingMethod.HIFO, true, v3.revisions(), List.of(),
        List.of(), v3.version(), v3.createdAt()), T0.plusSeconds(2));

    assertThat(List.of(v1.version(), v2.version(), v3.version(), v4.version())).containsExactly(1L, 2L, 3L, 4L);
    assertThat(v2).isEqualTo(atVersion(changed, 2));
    assertThat(stored(v1)).isEqualTo(v4);
    assertThat(v4.plans()).isEmpty();
    assertThat(v4.recordedPrices()).isEmpty();
  }

  @Test
  void a_save_based_on_an_older_version_is_refused_and_stores_nothing() {
    Portfolio v1 = save(withEvents(owner, "Raced", 2), T0);
    Portfolio winner = withRevisions(v1, recorded(List.of(event(LedgerEventType.DEPOSIT, 20, null, "0", "0", "100")), T0));
    Portfolio loser = withRevisions(renamed(v1, "Lost"),
        recorded(List.of(event(LedgerEventType.WITHDRAWAL, 21, null, "0", "0", "50")), T0));
    Portfolio v2 = save(winner, T0.plusSeconds(1));

    assertThatThrownBy(() -> save(loser, T0.plusSeconds(2)))
        .isInstanceOf(StalePortfolioException.class).hasMessageContaining("since version 1");
    assertThat(stored(v1)).isEqualTo(v2);
    assertThat(v2.version()).isEqualTo(2);
  }

  @Test
  void two_first_saves_of_one_portfolio_are_one_too_many() {
    Portfolio fresh = withEvents(owner, "Twice", 1);
    Portfolio first = save(fresh, T0);

    assertThatThrownBy(() -> save(renamed(fresh, "Again"), T0.plusSeconds(1))).isInstanceOf(StalePortfolioException.class);
    assertThat(stored(fresh)).isEqualTo(first);
  }

  @Test
  void a_save_over_another_owners_portfolio_is_refused_and_changes_nothing() {
    Portfolio mine = save(withEvents(owner, "Mine", 2), T0);
    UserId intruder = newUser();
    Portfolio forged = new Portfolio(mine.id(), intruder, "Taken", EUR, BookingMethod.FIFO, false, mine.revisions(), List.of(),
        List.of(), mine.version(), T0);

    assertThatThrownBy(() -> save(forged, T0.plusSeconds(1))).isInstanceOf(StalePortfolioException.class);
    assertThatThrownBy(() -> save(atVersion(forged, 0), T0.plusSeconds(1))).isInstanceOf(StalePortfolioException.class);
    assertThat(stored(mine)).isEqualTo(mine);
    assertThat(ports().loadPortfolios().find(intruder, mine.id())).isEmpty();
    assertThat(ports().loadPortfolios().list(intruder)).isEmpty();
  }

  @Test
  void an_owner_finds_and_lists_only_their_own_portfolios_by_name_with_the_events_in_force() {
    UserId other = newUser();
    Portfolio beta = save(withEvents(owner, "Beta", 3), T0);
    Portfolio alpha = save(opened(owner, "Alpha"), T0.plusSeconds(1));
    Portfolio others = save(withEvents(other, "Gamma", 1), T0);
    LedgerEvent gone = beta.ledger().get(0);
    beta = save(withRevisions(beta, List.of(new LedgerRevision(gone.id(), 2, RevisionKind.DELETED, gone, T0.plusSeconds(5)))),
        T0.plusSeconds(5));

    assertThat(ports().loadPortfolios().list(owner)).containsExactly(
        new PortfolioSummaryRow(alpha.id(), "Alpha", EUR, BookingMethod.FIFO, false, 0, 1, T0),
        new PortfolioSummaryRow(beta.id(), "Beta", EUR, BookingMethod.FIFO, false, 2, 2, T0));
    assertThat(ports().loadPortfolios().list(other)).containsExactly(
        new PortfolioSummaryRow(others.id(), "Gamma", EUR, BookingMethod.FIFO, false, 1, 1, T0));
    assertThat(ports().loadPortfolios().find(other, beta.id())).isEmpty();
    assertThat(ports().loadPortfolios().find(owner, others.id())).isEmpty();
    assertThat(ports().loadPortfolios().find(owner, beta.id())).contains(beta);
  }

  @Test
  void a_large_ledger_round_trips_in_order() {
    Portfolio big = save(withEvents(owner, "Big", 1_500), T0);

    Portfolio read = stored(big);

    assertThat(read).isEqualTo(big);
    assertThat(read.ledger()).hasSize(1_500);
  }

  // the sync log

  private static SyncLogEntry run(PortfolioId portfolio, Instant started, SyncStatus status, List<String> errors) {
    return new SyncLogEntry(UUID.randomUUID(), portfolio, "ibkr", "IBKR_FLEX_TRADES", "flex-" + started.getEpochSecond() + ".csv",
        started, started.plusMillis(1_250), 10, 7, 2, 0, errors.size(), status, errors);
  }

  @Test
  void the_sync_log_gives_a_portfolios_runs_newest_first_up_to_the_limit() {
    Portfolio p = save(opened(owner, "Synced"), T0);
    Portfolio q = save(opened(owner, "Other"), T0);
    SyncLogEntry first = run(p.id(), T0, SyncStatus.SUCCESS, List.of());
    SyncLogEntry third = run(p.id(), T0.plusSeconds(120), SyncStatus.PARTIAL, List.of("line 4: quantity is missing", "line 9: unknown symbol 'ZZZZ'"));
    SyncLogEntry second = new SyncLogEntry(UUID.randomUUID(), p.id(), "manual", null, null, T0.plusSeconds(60), null, 0, 0, 0, 0, 0,
        SyncStatus.FAILED, List.of());
    SyncLogEntry elsewhere = run(q.id(), T0.plusSeconds(30), SyncStatus.SUCCESS, List.of());
    for (SyncLogEntry e : List.of(first, third, elsewhere, second)) ports().syncLog().append(e);

    assertThat(ports().syncLog().recent(p.id(), 10)).containsExactly(third, second, first);
    assertThat(ports().syncLog().recent(p.id(), 2)).containsExactly(third, second);
    assertThat(ports().syncLog().recent(q.id(), 10)).containsExactly(elsewhere);
    assertThat(ports().syncLog().recent(PortfolioId.of(UUID.randomUUID()), 10)).isEmpty();
  }

  @Test
  void the_sync_log_keeps_the_most_errors_an_entry_holds() {
    Portfolio p = save(opened(owner, "Errors"), T0);
    List<String> errors = new ArrayList<>();
    for (int line = 2; line < 2 + SyncLogEntry.MAX_ERRORS; line++) errors.add("line " + line + ": price is not a number");
    SyncLogEntry full = run(p.id(), T0, SyncStatus.FAILED, errors);

    ports().syncLog().append(full);

    assertThat(ports().syncLog().recent(p.id(), 1)).containsExactly(full);
  }

  // transactions

  @Test
  void a_save_and_a_sync_log_entry_in_a_rolled_back_transaction_leave_nothing() {
    Portfolio kept = save(withEvents(owner, "Kept", 2), T0);
    Portfolio fresh = withEvents(owner, "Fresh", 2);

    assertThatThrownBy(() -> ports().tx().inTransaction(() -> {
      Portfolio saved = save(fresh, T0.plusSeconds(1));
      save(withRevisions(renamed(kept, "Changed"), recorded(List.of(event(LedgerEventType.DEPOSIT, 9, null, "0", "0", "1")), T0)),
          T0.plusSeconds(1));
      ports().syncLog().append(run(saved.id(), T0, SyncStatus.SUCCESS, List.of()));
      ports().syncLog().append(run(kept.id(), T0, SyncStatus.SUCCESS, List.of()));
      throw new IllegalStateException("the import failed after saving");
    })).isInstanceOf(IllegalStateException.class).hasMessage("the import failed after saving");

    assertThat(ports().loadPortfolios().find(owner, fresh.id())).isEmpty();
    assertThat(stored(kept)).isEqualTo(kept);
    assertThat(ports().loadPortfolios().list(owner)).extracting(PortfolioSummaryRow::name).containsExactly("Kept");
    assertThat(ports().syncLog().recent(kept.id(), 10)).isEmpty();
    assertThat(save(withRevisions(kept, recorded(List.of(event(LedgerEventType.FEE, 9, null, "0", "0", "1")), T0)), T0).version())
        .isEqualTo(2);
  }
}
