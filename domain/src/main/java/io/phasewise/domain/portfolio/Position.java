package io.phasewise.domain.portfolio;

import java.util.List;

/**
 * The derived state of one instrument of a portfolio: its long and short lots, its split state and
 * its running figures, all exact and in the base currency unless named local (the instrument's
 * currency). At most one side is open at a time.
 */
final class Position {
  final Instrument instrument;
  final LotSide longs;
  final LotSide shorts;
  private final List<SplitRatio> splits;
  private int splitsApplied;
  private TradeStatus status = TradeStatus.CLOSED;

  Realization realized = Realization.NONE;
  Ratio income = Ratio.ZERO;
  Ratio feesPaid = Ratio.ZERO;
  /** What went into the position's lots: buys, covers, reinvested dividends, deliveries and transfers in. */
  Ratio purchases = Ratio.ZERO;
  /** What came out: sale and short-sale proceeds, cash in lieu, and the cost of lots transferred or delivered out. */
  Ratio proceeds = Ratio.ZERO;
  private Ratio entryQuantity = Ratio.ZERO;
  private Ratio entryAmount = Ratio.ZERO;
  private Ratio exitQuantity = Ratio.ZERO;
  private Ratio exitAmount = Ratio.ZERO;

  Position(Instrument instrument, BookingMethod method, List<SplitRatio> splits) {
    this.instrument = instrument;
    this.longs = new LotSide(method);
    this.shorts = new LotSide(method);
    this.splits = List.copyOf(splits);
  }

  /** The open side, or null when flat. */
  LotSide openSide() {
    return longs.isOpen() ? longs : shorts.isOpen() ? shorts : null;
  }

  boolean isFlat() {
    return openSide() == null;
  }

  TradeStatus status() {
    return status;
  }

  /** The next split not yet applied, or null. */
  SplitRatio pendingSplit() {
    return splitsApplied < splits.size() ? splits.get(splitsApplied) : null;
  }

  /** Applies {@link #pendingSplit()}: quantities scale by new/old, amounts stay. */
  void applySplit() {
    SplitRatio s = splits.get(splitsApplied++);
    Ratio factor = Ratio.of(s.newShares(), s.oldShares());
    longs.split(factor);
    shorts.split(factor);
    entryQuantity = entryQuantity.times(factor);
    exitQuantity = exitQuantity.times(factor);
  }

  /** Books an acquisition of {@code quantity} at {@code localGross}; a position opened from flat starts a new trade. */
  void acquired(boolean wasFlat, Ratio quantity, Ratio localGross) {
    if (wasFlat) {
      entryQuantity = Ratio.ZERO;
      entryAmount = Ratio.ZERO;
      exitQuantity = Ratio.ZERO;
      exitAmount = Ratio.ZERO;
    }
    status = wasFlat ? TradeStatus.OPEN : TradeStatus.ACCUMULATING;
    if (localGross != null) {
      entryQuantity = entryQuantity.plus(quantity);
      entryAmount = entryAmount.plus(localGross);
    }
  }

  /** Books a reduction; {@code localGross} is null for units that left without a price (transfers, cash in lieu). */
  void reduced(Ratio quantity, Ratio localGross) {
    status = isFlat() ? TradeStatus.CLOSED : TradeStatus.REDUCING;
    if (localGross != null) {
      exitQuantity = exitQuantity.plus(quantity);
      exitAmount = exitAmount.plus(localGross);
    }
  }

  /**
   * Realizes {@code pieces} of a side against a close of {@code closeBase} (net proceeds of a sale,
   * cost of a cover), {@code closeLocal} in the instrument's currency at {@code closeRate} units per
   * one base. Price part = ±(close − open) in local money at the closing rate; the rest of the
   * realized gain, ±(open local at the closing rate − open in base), is the currency part.
   */
  void realize(List<Lot> pieces, boolean shortSide, Ratio closeBase, Ratio closeLocal, Ratio closeFees, Ratio closeRate) {
    LotAmounts open = LotAmounts.NONE;
    for (Lot p : pieces) open = open.plus(p.amounts());
    Ratio gain = closeBase.minus(open.cost());
    // in the base currency (local amounts that are the base amounts themselves, a rate of 1) the price made all of the gain
    boolean inBase = closeLocal == closeBase && open.localCost() == open.cost() && closeRate.equals(Ratio.ONE);
    Ratio pricePart = inBase ? gain : closeLocal.minus(open.localCost()).dividedBy(closeRate);
    if (shortSide) {
      gain = gain.negate();
      pricePart = inBase ? gain : pricePart.negate();
    }
    realized = realized.plus(new Realization(gain, open.fees().plus(closeFees), pricePart));
  }

  /** Average price of the acquisitions of the current trade, local, or null when none had a price. */
  Ratio averageEntryPrice() {
    return entryQuantity.signum() == 0 ? null : entryAmount.dividedBy(entryQuantity);
  }

  /** Average price of the sales or covers of the current trade, local, or null when none. */
  Ratio averageExitPrice() {
    return exitQuantity.signum() == 0 ? null : exitAmount.dividedBy(exitQuantity);
  }
}
