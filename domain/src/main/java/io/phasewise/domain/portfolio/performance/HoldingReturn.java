package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.Instrument;
import java.util.Objects;

/**
 * One holding over a period, in the base currency. Its own flows are buys in (cost with fee and tax)
 * and sales and dividends out (net), transfers and deliveries at the day's value.
 *
 * @param openingValue its value at the opening
 * @param closingValue its value at the close of the last day
 * @param timeWeightedReturn Π(1 + r_t) − 1 with r_t = (V_t + Out_t) / (V_{t−1} + In_t) − 1 over its own flows
 * @param contribution its part of the portfolio's TWR: Σ_t index_{t−1} × (V_t + Out_t − V_{t−1} − In_t) /
 *     (MV_{t−1} + In_t), i.e. weight_{t−1} × r_t of the holding, linked by the index so that every
 *     holding's contribution plus the cash's adds up to the TWR exactly
 */
public record HoldingReturn(Instrument instrument, double openingValue, double closingValue, double timeWeightedReturn, double contribution) {
  public HoldingReturn {
    Objects.requireNonNull(instrument, "instrument");
  }
}
