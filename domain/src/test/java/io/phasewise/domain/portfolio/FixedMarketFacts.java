package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Test data: market facts set by hand (prices, splits, exchange rates), each looked up as of a day. */
public final class FixedMarketFacts implements MarketFacts {
  private final Map<Instrument, TreeMap<LocalDate, BigDecimal>> prices = new HashMap<>();
  private final Map<Instrument, List<SplitRatio>> splits = new HashMap<>();
  private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

  /** No prices, no splits, no rates. */
  public static FixedMarketFacts none() {
    return new FixedMarketFacts();
  }

  public FixedMarketFacts price(Instrument instrument, String day, String price) {
    prices.computeIfAbsent(instrument, k -> new TreeMap<>()).put(LocalDate.parse(day), new BigDecimal(price));
    return this;
  }

  /** A split of {@code newShares} for {@code oldShares} effective on {@code day}; add them oldest first. */
  public FixedMarketFacts split(Instrument instrument, String day, long newShares, long oldShares) {
    splits.computeIfAbsent(instrument, k -> new ArrayList<>())
        .add(new SplitRatio(LocalDate.parse(day), BigInteger.valueOf(newShares), BigInteger.valueOf(oldShares)));
    return this;
  }

  /** From {@code day} on, one {@code base} buys {@code rate} {@code quote}. */
  public FixedMarketFacts rate(String base, String quote, String day, String rate) {
    rates.computeIfAbsent(base + "/" + quote, k -> new TreeMap<>()).put(LocalDate.parse(day), new BigDecimal(rate));
    return this;
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
    return base.equals(quote) ? Optional.of(BigDecimal.ONE) : last(rates.get(base + "/" + quote), day);
  }

  private static Optional<BigDecimal> last(TreeMap<LocalDate, BigDecimal> series, LocalDate day) {
    return Optional.ofNullable(series == null ? null : series.floorEntry(day)).map(Map.Entry::getValue);
  }
}
