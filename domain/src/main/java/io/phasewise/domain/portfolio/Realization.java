package io.phasewise.domain.portfolio;

/** An exact realized gain in the base currency: net of fees, the fees it bore, and the part the price made. */
record Realization(Ratio net, Ratio fees, Ratio pricePart) {
  static final Realization NONE = new Realization(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO);

  /** The sum; when both price parts are their net gains themselves (no currency part), the sum is computed once. */
  Realization plus(Realization o) {
    Ratio sum = net.plus(o.net);
    return new Realization(sum, fees.plus(o.fees), pricePart == net && o.pricePart == o.net ? sum : pricePart.plus(o.pricePart));
  }
}
