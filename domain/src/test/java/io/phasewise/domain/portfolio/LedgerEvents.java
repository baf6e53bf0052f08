package io.phasewise.domain.portfolio;

import io.phasewise.domain.market.AssetId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data: ledger events of one instrument in one call each, amounts as text so they stay exact
 * ({@code events.buy("2024-01-02", 10, "100", "5")}). Ids, source ids and sequence numbers are
 * drawn from one counter, so events of one day keep the order they were made in.
 */
public final class LedgerEvents {
  /** A tracked stock quoted in USD. */
  public static final Instrument ACME = new Instrument.Tracked(AssetId.of(1), CurrencyCode.of("USD"));
  /** A second tracked stock quoted in USD. */
  public static final Instrument GLOBEX = new Instrument.Tracked(AssetId.of(2), CurrencyCode.of("USD"));

  private static final AtomicLong COUNTER = new AtomicLong();

  private final Instrument instrument;
  private final CurrencyCode currency;

  private LedgerEvents(Instrument instrument, CurrencyCode currency) {
    this.instrument = instrument;
    this.currency = currency;
  }

  /** Events of {@code instrument}, in its currency. */
  public static LedgerEvents of(Instrument instrument) {
    return new LedgerEvents(instrument, instrument.currency());
  }

  /** Events of {@code instrument} in another currency (cash events are in it too). */
  public static LedgerEvents of(Instrument instrument, String currency) {
    return new LedgerEvents(instrument, CurrencyCode.of(currency));
  }

  public LedgerEvent buy(String date, long quantity, String price, String fee) {
    return trade(LedgerEventType.BUY, date, BigDecimal.valueOf(quantity), new BigDecimal(price), fee);
  }

  public LedgerEvent buy(String date, String quantity, String price, String fee) {
    return trade(LedgerEventType.BUY, date, new BigDecimal(quantity), new BigDecimal(price), fee);
  }

  public LedgerEvent sell(String date, long quantity, String price, String fee) {
    return trade(LedgerEventType.SELL, date, BigDecimal.valueOf(quantity), new BigDecimal(price), fee);
  }

  public LedgerEvent sell(String date, String quantity, String price, String fee) {
    return trade(LedgerEventType.SELL, date, new BigDecimal(quantity), new BigDecimal(price), fee);
  }

  public LedgerEvent sellShort(String date, long quantity, String price, String fee) {
    return trade(LedgerEventType.SELL_SHORT, date, BigDecimal.valueOf(quantity), new BigDecimal(price), fee);
  }

  public LedgerEvent cover(String date, long quantity, String price, String fee) {
    return trade(LedgerEventType.BUY_TO_COVER, date, BigDecimal.valueOf(quantity), new BigDecimal(price), fee);
  }

  public LedgerEvent deliveryIn(String date, long quantity, String price, String fee) {
    return trade(LedgerEventType.DELIVERY_IN, date, BigDecimal.valueOf(quantity), new BigDecimal(price), fee);
  }

  public LedgerEvent deliveryOut(String date, long quantity, String price) {
    return trade(LedgerEventType.DELIVERY_OUT, date, BigDecimal.valueOf(quantity), new BigDecimal(price), "0");
  }

  /** A cash dividend of {@code amount}. */
  public LedgerEvent dividend(String date, String amount) {
    return event(LedgerEventType.DIVIDEND, date, instrument, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(amount), "0", null, List.of());
  }

  /** A dividend of {@code amount} reinvested in {@code quantity} units. */
  public LedgerEvent reinvest(String date, String quantity, String amount) {
    BigDecimal q = new BigDecimal(quantity);
    BigDecimal gross = new BigDecimal(amount);
    return event(LedgerEventType.DIVIDEND_REINVEST, date, instrument, q, gross.divide(q, MathContext.DECIMAL64), gross, "0", null, List.of());
  }

  public LedgerEvent transferOut(String date, long quantity, PortfolioId to) {
    return event(LedgerEventType.TRANSFER_OUT, date, instrument, BigDecimal.valueOf(quantity), BigDecimal.ZERO, BigDecimal.ZERO, "0", to, List.of());
  }

  /** A transfer in from {@code from} of the lots it carries; the quantity is theirs. */
  public LedgerEvent transferIn(String date, PortfolioId from, List<CarriedLot> lots) {
    BigDecimal quantity = lots.stream().map(CarriedLot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    long n = COUNTER.incrementAndGet();
    return new LedgerEvent(id(n), LedgerEventType.TRANSFER_IN, LocalDate.parse(date), LocalTime.MIDNIGHT, (int) n, instrument,
        quantity, BigDecimal.ZERO, currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, "test-" + n, List.of(), from, lots,
        null, null);
  }

  public LedgerEvent deposit(String date, String amount) {
    return cash(LedgerEventType.DEPOSIT, date, amount);
  }

  public LedgerEvent withdrawal(String date, String amount) {
    return cash(LedgerEventType.WITHDRAWAL, date, amount);
  }

  /** A cash event (deposit, withdrawal, interest, fee, tax) of {@code amount} in this currency. */
  public LedgerEvent cash(LedgerEventType type, String date, String amount) {
    return event(type, date, null, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(amount), "0", null, List.of());
  }

  /** {@code e} with the exchange rate that was applied to it (units of its currency per one base unit). */
  public static LedgerEvent withFx(LedgerEvent e, String rate) {
    return copy(e, e.quantity(), new BigDecimal(rate), e.lotPicks(), e.tax());
  }

  /** {@code e} closing the lots it names. */
  public static LedgerEvent withPicks(LedgerEvent e, List<LotPick> picks) {
    return copy(e, e.quantity(), e.recordedFxRate(), picks, e.tax());
  }

  /** {@code e} as a second import of the same statement row reads it: a new id, the same source id. */
  public static LedgerEvent reimported(LedgerEvent e) {
    return new LedgerEvent(id(COUNTER.incrementAndGet()), e.type(), e.date(), e.time(), e.sequence(), e.instrument(), e.quantity(),
        e.unitPrice(), e.currency(), e.gross(), e.fee(), e.tax(), e.recordedFxRate(), e.sourceId(), e.lotPicks(), e.counterpart(),
        e.carriedLots(), e.annotations(), e.entrySnapshot());
  }

  /** {@code e} with a tax. */
  public static LedgerEvent withTax(LedgerEvent e, String tax) {
    return copy(e, e.quantity(), e.recordedFxRate(), e.lotPicks(), new BigDecimal(tax));
  }

  /** An edit of {@code e}: the same event (id, date, source) with another quantity, gross scaled alike. */
  public static LedgerEvent withQuantity(LedgerEvent e, long quantity) {
    return withQuantity(e, BigDecimal.valueOf(quantity));
  }

  /** {@code e} with another quantity, gross scaled alike. */
  public static LedgerEvent withQuantity(LedgerEvent e, BigDecimal quantity) {
    return copy(e, quantity, e.recordedFxRate(), e.lotPicks(), e.tax());
  }

  private static LedgerEvent copy(LedgerEvent e, BigDecimal quantity, BigDecimal fx, List<LotPick> picks, BigDecimal tax) {
    BigDecimal gross = e.quantity().signum() == 0 ? e.gross() : quantity.multiply(e.unitPrice());
    return new LedgerEvent(e.id(), e.type(), e.date(), e.time(), e.sequence(), e.instrument(), quantity, e.unitPrice(), e.currency(), gross,
        e.fee(), tax, fx, e.sourceId(), picks, e.counterpart(), e.carriedLots(), e.annotations(), e.entrySnapshot());
  }

  private LedgerEvent trade(LedgerEventType type, String date, BigDecimal quantity, BigDecimal price, String fee) {
    return event(type, date, instrument, quantity, price, quantity.multiply(price), fee, null, List.of());
  }

  private LedgerEvent event(LedgerEventType type, String date, Instrument on, BigDecimal quantity, BigDecimal price, BigDecimal gross,
      String fee, PortfolioId counterpart, List<LotPick> picks) {
    long n = COUNTER.incrementAndGet();
    return new LedgerEvent(id(n), type, LocalDate.parse(date), LocalTime.MIDNIGHT, (int) n, on, quantity, price, currency, gross,
        new BigDecimal(fee), BigDecimal.ZERO, null, "test-" + n, picks, counterpart, List.of(), null, null);
  }

  private static LedgerEventId id(long n) {
    return LedgerEventId.of(new UUID(0x5EEDL, n));
  }
}
