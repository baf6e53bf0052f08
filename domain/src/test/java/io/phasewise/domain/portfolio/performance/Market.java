package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Test data: market facts as step prices and rates (each holding from its day on) and splits. */
final class Market implements MarketFacts {
  private final Map<Instrument, TreeMap<LocalDate, BigDecimal>> prices = new HashMap<>();
  private final Map<CurrencyCode, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
  private final Map<Instrument, List<SplitRatio>> splits = new HashMap<>();

  Market price(Instrument instrument, String from, double price) {
    prices.computeIfAbsent(instrument, i -> new TreeMap<>()).put(LocalDate.parse(from), BigDecimal.valueOf(price));
    return this;
  }

  /** From {@code from} on, one unit of the base buys {@code unitsOfQuote} of {@code quote}. */
  Market rate(CurrencyCode quote, String from, double unitsOfQuote) {
    rates.computeIfAbsent(quote, q -> new TreeMap<>()).put(LocalDate.parse(from), BigDecimal.valueOf(unitsOfQuote));
    return this;
  }

  Market split(Instrument instrument, String effectiveOn, long newShares, long oldShares) {
    splits.computeIfAbsent(instrument, i -> new ArrayList<>())
        .add(new SplitRatio(LocalDate.parse(effectiveOn), BigInteger.valueOf(newShares), BigInteger.valueOf(oldShares)));
    return this;
  }

  PriceGrid grid() {
    return new MarketFactsGrid(this);
  }

  @Override
  public List<SplitRatio> splits(Instrument instrument) {
    return splits.getOrDefault(instrument, List.of());
  }

  @Override
  public Optional<BigDecimal> price(Instrument instrument, LocalDate day) {
    return last(prices.get(instrument), day);
  }

  @Override
  public Optional<BigDecimal> fxRate(CurrencyCode base, CurrencyCode quote, LocalDate day) {
    return base.equals(quote) ? Optional.of(BigDecimal.ONE) : last(rates.get(quote), day);
  }

  private static Optional<BigDecimal> last(TreeMap<LocalDate, BigDecimal> steps, LocalDate day) {
    return Optional.ofNullable(steps == null ? null : steps.floorEntry(day)).map(Map.Entry::getValue);
  }
}
