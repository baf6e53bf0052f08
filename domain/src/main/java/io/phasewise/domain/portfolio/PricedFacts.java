package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.HashMap;

/** The market facts with a portfolio's own recorded prices for its external instruments (last on or before the day). */
final class PricedFacts implements MarketFacts {
  private final MarketFacts market;
  private final Map<Instrument.External, TreeMap<LocalDate, BigDecimal>> recorded = new HashMap<>();

  PricedFacts(MarketFacts market, List<RecordedPrice> prices) {
    this.market = market;
    for (RecordedPrice p : prices) recorded.computeIfAbsent(p.instrument(), k -> new TreeMap<>()).put(p.day(), p.price());
  }

  @Override
  public List<SplitRatio> splits(Instrument instrument) {
    return market.splits(instrument);
  }

  @Override
  public Optional<BigDecimal> price(Instrument instrument, LocalDate day) {
    if (!(instrument instanceof Instrument.External external)) return market.price(instrument, day);
    TreeMap<LocalDate, BigDecimal> prices = recorded.get(external);
    return Optional.ofNullable(prices == null ? null : prices.floorEntry(day)).map(Map.Entry::getValue);
  }

  @Override
  public Optional<BigDecimal> fxRate(CurrencyCode base, CurrencyCode quote, LocalDate day) {
    return base.equals(quote) ? Optional.of(BigDecimal.ONE) : market.fxRate(base, quote, day);
  }
}
