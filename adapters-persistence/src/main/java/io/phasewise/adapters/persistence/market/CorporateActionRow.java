package io.phasewise.adapters.persistence.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bar carrying a split or dividend, with the close of the bar before it ({@code null} if none).
 * Each becomes zero, one or two {@link io.phasewise.domain.market.CorporateAction}s.
 */
record CorporateActionRow(Instant ts, BigDecimal divCash, BigDecimal splitFactor, BigDecimal previousClose) {

  boolean hasSplit() {
    return splitFactor.compareTo(BigDecimal.ONE) != 0;
  }

  /** A dividend that can scale the bars before it: there is a previous close and it exceeds the cash. */
  boolean hasApplicableDividend() {
    return divCash.signum() > 0 && previousClose != null && previousClose.compareTo(divCash) > 0;
  }
}
