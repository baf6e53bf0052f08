package io.phasewise.adapters.persistence.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bar carrying a split or dividend, with the close of the bar before it. It becomes a split, a
 * dividend, or both.
 */
record CorporateActionRow(Instant ts, BigDecimal divCash, BigDecimal splitFactor, BigDecimal previousClose) {

  boolean hasSplit() {
    return splitFactor.compareTo(BigDecimal.ONE) != 0;
  }

  /** A dividend that can scale the bars before it: the previous close exceeds the cash. */
  boolean hasApplicableDividend() {
    return divCash.signum() > 0 && previousClose.compareTo(divCash) > 0;
  }
}
