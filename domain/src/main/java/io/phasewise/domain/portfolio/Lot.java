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
  private Ratio quantity;
  private Ratio cost;
  private Ratio localCost;
  private Ratio fees;

  Lot(long seq, LedgerEventId openedBy, LocalDate acquiredOn, Ratio quantity, Ratio cost, Ratio localCost, Ratio fees) {
    if (quantity.signum() <= 0) throw new IllegalArgumentException("a lot opens with a positive quantity: " + quantity);
    this.seq = seq;
    this.openedBy = openedBy;
    this.acquiredOn = acquiredOn;
    this.quantity = quantity;
    this.cost = cost;
    this.localCost = localCost;
    this.fees = fees;
  }

  Ratio quantity() {
    return quantity;
  }

  Ratio cost() {
    return cost;
  }

  Ratio localCost() {
    return localCost;
  }

  Ratio fees() {
    return fees;
  }

  /** This lot's cost per unit in the base currency. */
  Ratio unitCost() {
    return cost.dividedBy(quantity);
  }

  /** Removes {@code taken} units (at most the lot's quantity) and returns them as a lot of their own. */
  Lot take(Ratio taken) {
    if (taken.compareTo(quantity) >= 0) {
      Lot whole = new Lot(seq, openedBy, acquiredOn, quantity, cost, localCost, fees);
      quantity = Ratio.ZERO;
      cost = Ratio.ZERO;
      localCost = Ratio.ZERO;
      fees = Ratio.ZERO;
      return whole;
    }
    Ratio share = taken.dividedBy(quantity);
    Lot part = new Lot(seq, openedBy, acquiredOn, taken, cost.times(share), localCost.times(share), fees.times(share));
    quantity = quantity.minus(taken);
    cost = cost.minus(part.cost);
    localCost = localCost.minus(part.localCost);
    fees = fees.minus(part.fees);
    return part;
  }

  /** Applies a split of {@code factor} new units per old unit: the amounts stay, the unit cost follows. */
  void split(Ratio factor) {
    quantity = quantity.times(factor);
  }
}
