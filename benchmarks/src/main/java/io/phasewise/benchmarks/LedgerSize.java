package io.phasewise.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark fixture: the size of the portfolio benchmarks' synthetic ledger, {@link #events} events
 * over {@link #tradingDays} trading days of {@link #assets} assets, and the market and ledger of that size.
 */
@State(Scope.Benchmark)
public class LedgerSize {
  @Param("100")
  public int assets;

  @Param("5040")
  public int tradingDays;

  @Param("10000")
  public int events;

  TradingDayMarket market(boolean withSplits) {
    return new TradingDayMarket(assets, tradingDays, withSplits);
  }

  SyntheticLedger ledger(TradingDayMarket market) {
    return SyntheticLedger.generate(market, events);
  }
}
