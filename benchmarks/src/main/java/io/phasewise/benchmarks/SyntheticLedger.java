package io.phasewise.benchmarks;

import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A seeded ledger of {@code count} events over a {@link TradingDayMarket}, in ledger order: a deposit
 * every 21st trading day and a custody fee every 63rd, the rest spread at random over the trading days
 * as buys (about half), sells (a tenth of them closing the holding, the others partial) and dividends
 * with 15% withheld, each trade at the day's close with a fee of 1 + 0.1% of its gross. A buy is cut
 * to what the cash pays for; a sale or dividend picks a held asset or becomes a buy. Quantities are in
 * each day's units (an event on a split's day is already split). Also keeps the quantity of every
 * asset at every trading day's close: the grid the baseline values.
 */
final class SyntheticLedger {
  private static final long SEED = 12;
  private static final int DEPOSIT_EVERY = 21;
  private static final int FEE_EVERY = 63;
  private static final BigDecimal DEPOSIT = new BigDecimal("40000");
  private static final BigDecimal CUSTODY_FEE = new BigDecimal("25.00");
  private static final BigDecimal FEE_RATE = new BigDecimal("0.001");
  private static final BigDecimal DIVIDEND_YIELD = new BigDecimal("0.005");
  private static final BigDecimal WITHHOLDING = new BigDecimal("0.15");

  private final TradingDayMarket market;
  private final SplittableRandom random = new SplittableRandom(SEED);
  private final List<LedgerEvent> events = new ArrayList<>();
  private final BigDecimal[] held;
  private final int[] nextSplit;
  private final double[][] quantities;
  private BigDecimal cash = BigDecimal.ZERO;
  private int sequence;

  private SyntheticLedger(TradingDayMarket market) {
    this.market = market;
    held = new BigDecimal[market.assets()];
    Arrays.fill(held, BigDecimal.ZERO);
    nextSplit = new int[market.assets()];
    quantities = new double[market.assets()][market.tradingDays()];
  }

  /** {@code count} events over every trading day of {@code market}. */
  static SyntheticLedger generate(TradingDayMarket market, int count) {
    SyntheticLedger ledger = new SyntheticLedger(market);
    int[] perDay = ledger.eventsPerDay(count);
    for (int d = 0; d < market.tradingDays(); d++) ledger.day(d, perDay[d]);
    if (ledger.events.size() != count) throw new IllegalStateException(ledger.events.size() + " events generated, not " + count);
    return ledger;
  }

  List<LedgerEvent> events() {
    return events;
  }

  /** Units of each asset held at each trading day's close, [asset][trading day]. */
  double[][] quantities() {
    return quantities;
  }

  /** How many random events (trades and dividends) fall on each trading day. */
  private int[] eventsPerDay(int count) {
    int days = market.tradingDays();
    int scheduled = (days + DEPOSIT_EVERY - 1) / DEPOSIT_EVERY + days / FEE_EVERY;
    if (count < scheduled) throw new IllegalArgumentException(count + " events leave no room beside " + scheduled + " deposits and fees");
    int[] perDay = new int[days];
    for (int k = scheduled; k < count; k++) perDay[random.nextInt(days)]++;
    return perDay;
  }

  private void day(int d, int trades) {
    sequence = 0;
    for (int a = 0; a < held.length; a++) split(a, d);
    if (d % DEPOSIT_EVERY == 0) {
      cash = cash.add(DEPOSIT);
      add(d, LedgerEventType.DEPOSIT, -1, BigDecimal.ZERO, BigDecimal.ZERO, DEPOSIT, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    for (int k = 0; k < trades; k++) {
      int kind = random.nextInt(10);
      if (kind < 5 || !(kind < 8 ? sell(d) : dividend(d))) buy(d);
    }
    if (d % FEE_EVERY == FEE_EVERY - 1) {
      cash = cash.subtract(CUSTODY_FEE);
      add(d, LedgerEventType.FEE, -1, BigDecimal.ZERO, BigDecimal.ZERO, CUSTODY_FEE, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    for (int a = 0; a < held.length; a++) quantities[a][d] = held[a].doubleValue();
  }

  private void buy(int d) {
    int a = random.nextInt(held.length);
    BigDecimal price = market.close(a, d);
    long affordable = cash.divide(price.multiply(BigDecimal.ONE.add(FEE_RATE)).add(BigDecimal.ONE), 0, RoundingMode.FLOOR).longValue();
    BigDecimal quantity = BigDecimal.valueOf(Math.max(1, Math.min(1 + random.nextInt(40), affordable)));
    BigDecimal gross = quantity.multiply(price);
    BigDecimal fee = fee(gross);
    held[a] = held[a].add(quantity);
    cash = cash.subtract(gross).subtract(fee);
    add(d, LedgerEventType.BUY, a, quantity, price, gross, fee, BigDecimal.ZERO);
  }

  /** Sells part of (or, one time in ten, all of) a held asset; false when none of a few picks holds 2 units. */
  private boolean sell(int d) {
    int a = heldAsset();
    if (a < 0) return false;
    int whole = held[a].intValue();
    BigDecimal quantity = random.nextInt(10) == 0 ? held[a] : BigDecimal.valueOf(1 + random.nextInt(whole - 1));
    BigDecimal price = market.close(a, d);
    BigDecimal gross = quantity.multiply(price);
    BigDecimal fee = fee(gross);
    held[a] = held[a].subtract(quantity);
    cash = cash.add(gross).subtract(fee);
    add(d, LedgerEventType.SELL, a, quantity, price, gross, fee, BigDecimal.ZERO);
    return true;
  }

  private boolean dividend(int d) {
    int a = heldAsset();
    if (a < 0) return false;
    BigDecimal gross = held[a].multiply(market.close(a, d)).multiply(DIVIDEND_YIELD).setScale(2, RoundingMode.HALF_EVEN);
    BigDecimal tax = gross.multiply(WITHHOLDING).setScale(2, RoundingMode.HALF_EVEN);
    cash = cash.add(gross).subtract(tax);
    add(d, LedgerEventType.DIVIDEND, a, BigDecimal.ZERO, BigDecimal.ZERO, gross, BigDecimal.ZERO, tax);
    return true;
  }

  /** A random asset holding at least 2 units, trying a few; -1 when none of them does. */
  private int heldAsset() {
    for (int attempt = 0; attempt < 8; attempt++) {
      int a = random.nextInt(held.length);
      if (held[a].compareTo(BigDecimal.valueOf(2)) >= 0) return a;
    }
    return -1;
  }

  private void split(int a, int d) {
    List<SplitRatio> splits = market.splits(market.instrument(a));
    while (nextSplit[a] < splits.size() && !splits.get(nextSplit[a]).effectiveOn().isAfter(market.day(d))) {
      SplitRatio s = splits.get(nextSplit[a]++);
      held[a] = held[a].multiply(new BigDecimal(s.newShares())).divide(new BigDecimal(s.oldShares()));
    }
  }

  private static BigDecimal fee(BigDecimal gross) {
    return BigDecimal.ONE.add(gross.multiply(FEE_RATE)).setScale(2, RoundingMode.HALF_EVEN);
  }

  private void add(int d, LedgerEventType type, int asset, BigDecimal quantity, BigDecimal price, BigDecimal gross, BigDecimal fee,
      BigDecimal tax) {
    int k = events.size();
    events.add(new LedgerEvent(LedgerEventId.of(new UUID(0, k)), type, market.day(d), LocalTime.MIDNIGHT, sequence++,
        asset < 0 ? null : market.instrument(asset), quantity, price, TradingDayMarket.USD, gross, fee, tax, null, "bench-" + k,
        List.of(), null, List.of(), null, null));
  }
}
