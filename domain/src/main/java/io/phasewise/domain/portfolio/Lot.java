package io.phasewise.domain.portfolio;

import java.time.LocalDate;

/**
 * One open lot of a position, exact: its quantity in the units of the current split state, and its
 * cost in the base currency and in the instrument's currency ("local"), with the fees and taxes that
 * cost includes. For a short lot the cost is the net proceeds of the short sale. Taking part of a lot
 * takes the same share of each amount, so the unit cost never changes and a lot taken whole leaves
 * exactly 0 behind.
 */
final class Lot {
  final long seq;
  final LedgerEventId openedBy;
  final LocalDate acquiredOn;
  private LotAmounts amounts;
  private Ratio unitCost;

  Lot(long seq, LedgerEventId openedBy, LocalDate acquiredOn, LotAmounts amounts) {
    if (amounts.quantity().signum() <= 0) throw new IllegalArgumentException("a lot opens with a positive quantity: " + amounts.quantity());
    this.seq = seq;
    this.openedBy = openedBy;
    this.acquiredOn = acquiredOn;
    this.amounts = amounts;
    this.unitCost = amounts.cost().dividedBy(amounts.quantity());
  }

  LotAmounts amounts() {
    return amounts;
  }

  Ratio quantity() {
    return amounts.quantity();
  }

  Ratio cost() {
    return amounts.cost();
  }

  /** This lot's cost per unit in the base currency; taking part of the lot leaves it as it was. */
  Ratio unitCost() {
    return unitCost;
  }

  /** This lot's date and identity with other amounts (a piece of it priced at an average cost). */
  Lot withAmounts(LotAmounts other) {
    return new Lot(seq, openedBy, acquiredOn, other);
  }

  /** Removes {@code taken} units (at most the lot's quantity) and returns them as a lot of their own. */
  Lot take(Ratio taken) {
    LotAmounts part = taken.compareTo(amounts.quantity()) >= 0 ? amounts : amounts.part(taken);
    amounts = amounts.minus(part);
    return withAmounts(part);
  }

  /** Applies a split of {@code factor} new units per old unit: the amounts stay, the unit cost follows. */
  void split(Ratio factor) {
    amounts = amounts.split(factor);
    unitCost = unitCost.dividedBy(factor);
  }
}
