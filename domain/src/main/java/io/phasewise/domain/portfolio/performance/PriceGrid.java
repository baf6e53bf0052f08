package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.SplitRatio;
import java.time.LocalDate;
import java.util.List;

/**
 * Prices and exchange rates for a run of calendar days, in bulk, so a valuation over thousands of days
 * reads each column once instead of asking day by day. Every column has one value per day from
 * {@code first} on, forward-filled (the last known value on or before that day), and {@code NaN}
 * before the first known value. The valuation only reads the arrays it is given: an implementation may
 * hand out arrays it keeps.
 */
public interface PriceGrid {

  /** The closes of {@code instrument} in its own currency, each in that day's units (not back-adjusted for later splits). */
  double[] closes(Instrument instrument, LocalDate first, int days);

  /** Units of {@code base} that one unit of {@code currency} is worth on each day (1 everywhere when they are equal). */
  double[] toBase(CurrencyCode currency, CurrencyCode base, LocalDate first, int days);

  /** The splits of {@code instrument}, oldest first; empty when it never split. */
  List<SplitRatio> splits(Instrument instrument);
}
