package io.phasewise.domain.portfolio;

/**
 * The exact amounts of a lot or of a whole side of lots: units, cost in the base currency, cost in
 * the instrument's currency, and the fees and taxes inside the cost.
 */
record LotAmounts(Ratio quantity, Ratio cost, Ratio localCost, Ratio fees) {
  static final LotAmounts NONE = new LotAmounts(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO);

  LotAmounts plus(LotAmounts o) {
    return new LotAmounts(quantity.plus(o.quantity), cost.plus(o.cost), localCost.plus(o.localCost), fees.plus(o.fees));
  }

  LotAmounts minus(LotAmounts o) {
    return new LotAmounts(quantity.minus(o.quantity), cost.minus(o.cost), localCost.minus(o.localCost), fees.minus(o.fees));
  }

  /** {@code units} of these, each amount taken in proportion, so the unit cost stays as it is. */
  LotAmounts part(Ratio units) {
    Ratio share = units.dividedBy(quantity);
    return new LotAmounts(units, cost.times(share), localCost.times(share), fees.times(share));
  }

  /** After a split of {@code factor} new units per old: more units, the same money. */
  LotAmounts split(Ratio factor) {
    return new LotAmounts(quantity.times(factor), cost, localCost, fees);
  }
}
