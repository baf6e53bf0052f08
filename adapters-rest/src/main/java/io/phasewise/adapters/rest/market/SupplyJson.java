package io.phasewise.adapters.rest.market;

import io.phasewise.domain.market.CryptoSupply;
import java.math.BigDecimal;

/** Token supply of a crypto asset, each figure optional. */
record SupplyJson(BigDecimal circulating, BigDecimal total, BigDecimal max) {

  static SupplyJson of(CryptoSupply supply) {
    return supply == null ? null : new SupplyJson(supply.circulating(), supply.total(), supply.max());
  }

  CryptoSupply toSupply() {
    return new CryptoSupply(circulating, total, max);
  }
}
