package io.phasewise.domain.portfolio;

/**
 * The exact amounts of a lot or of a whole side of lots: units, cost in the base currency, cost in
 * the instrument's currency, and the fees and taxes inside the cost.
 */
record LotAmounts(Ratio quantity, Ratio cost, Ratio localCost, Ratio fees) {
  static final LotAmounts NONE = new LotAmounts(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO);

  LotAmounts plus(LotAmounts o) {
    Ratio sum = cost.plus(o.cost);
    return new LotAmounts(quantity.plus(o.quantity), sum, inBase(o) ? sum : localCost.plus(o.localCost), fees.plus(o.fees));
  }

  LotAmounts minus(LotAmounts o) {
    Ratio difference = cost.minus(o.cost);
    return new LotAmounts(quantity.minus(o.quantity), difference, inBase(o) ? difference : localCost.minus(o.localCost), fees.minus(o.fees));
  }

  /** {@code units} of these, each amount taken in proportion, so the unit cost stays as it is. */
  LotAmounts part(Ratio units) {
    Ratio share = units.dividedBy(quantity);
    Ratio costPart = cost.times(share);
    return new LotAmounts(units, costPart, localCost == cost ? costPart : localCost.times(share), fees.times(share));
  }

  /** After a split of {@code factor} new units per old: more units, the same money. */
  LotAmounts split(Ratio factor) {
    return new LotAmounts(quantity.times(factor), cost, localCost, fees);
  }

  /**
   * Whether both these and {@code o} hold their local cost as the very value of their cost, as lots of
   * an instrument quoted in the base currency do (its rate is 1): the local figure is then computed
   * once, not twice.
   */
  private boolean inBase(LotAmounts o) {
    return localCost == cost && o.localCost == o.cost;
  }
}
