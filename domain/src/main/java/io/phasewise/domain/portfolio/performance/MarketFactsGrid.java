package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A {@link PriceGrid} that asks {@link MarketFacts} one day at a time: right for small cases and tests;
 * a store that holds whole columns should implement {@link PriceGrid} itself. A rate is
 * 1 / {@code fxRate(base, currency)}, the inverse of the units of {@code currency} one unit of the base buys.
 */
public final class MarketFactsGrid implements PriceGrid {
  private final MarketFacts facts;

  public MarketFactsGrid(MarketFacts facts) {
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  @Override
  public double[] closes(Instrument instrument, LocalDate first, int days) {
    return column(days, i -> facts.price(instrument, first.plusDays(i)).map(BigDecimal::doubleValue));
  }

  @Override
  public double[] toBase(CurrencyCode currency, CurrencyCode base, LocalDate first, int days) {
    if (currency.equals(base)) {
      double[] ones = new double[days];
      Arrays.fill(ones, 1);
      return ones;
    }
    return column(days, i -> facts.fxRate(base, currency, first.plusDays(i)).filter(r -> r.signum() > 0).map(r -> 1 / r.doubleValue()));
  }

  @Override
  public List<SplitRatio> splits(Instrument instrument) {
    return facts.splits(instrument);
  }

  private static double[] column(int days, IntFunction<Optional<Double>> value) {
    double[] out = new double[days];
    for (int i = 0; i < days; i++) out[i] = value.apply(i).orElse(Double.NaN);
    return out;
  }
}
