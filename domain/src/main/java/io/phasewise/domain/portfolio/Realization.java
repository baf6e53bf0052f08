package io.phasewise.domain.portfolio;

/** An exact realized gain in the base currency: net of fees, the fees it bore, and the part the price made. */
record Realization(Ratio net, Ratio fees, Ratio pricePart) {
  static final Realization NONE = new Realization(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO);

  Realization plus(Realization o) {
    return new Realization(net.plus(o.net), fees.plus(o.fees), pricePart.plus(o.pricePart));
  }
}
