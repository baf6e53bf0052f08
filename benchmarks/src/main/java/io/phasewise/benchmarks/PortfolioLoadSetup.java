package io.phasewise.benchmarks;

import io.phasewise.adapters.providers.statement.LedgerCsvWriter;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.bootstrap.Phasewise;
import io.phasewise.bootstrap.PhasewiseSettings;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.portfolio.SplitRatio;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of the portfolio load test ({@code load/portfolio-load.sh}), stored before the server starts:
 * in the Phasewise home named by {@code PHASEWISE_HOME}, the {@link LedgerSize} market (100 USD stocks,
 * 5,040 trading days, with its splits) as raw daily candles, each split as its day's split factor; and
 * the 10,000-event {@link SyntheticLedger} of that market written as a Phasewise CSV statement to the
 * file named by the first argument, for the script to import over REST.
 */
public final class PortfolioLoadSetup {
  private static final String SOURCE = "synthetic";

  private PortfolioLoadSetup() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) throw new IllegalArgumentException("usage: PortfolioLoadSetup <statement.csv>");
    LedgerSize size = new LedgerSize();
    size.assets = 100;
    size.tradingDays = 5_040;
    size.events = 10_000;
    TradingDayMarket market = size.market(true);
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", System.getenv("PHASEWISE_HOME"))))) {
      MarketUseCases use = app.useCases().market();
      for (int a = 0; a < market.assets(); a++) {
        String symbol = market.symbol(market.instrument(a));
        AssetId id = use.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK)))
            .getOrElseThrow(f -> new IllegalStateException(f.message())).id();
        use.importCandles().importCandles(new ImportCandlesCommand(id, Interval.D1, CandleFeed.of(SOURCE, candles(market, a))))
            .getOrElseThrow(f -> new IllegalStateException(f.message()));
      }
    }
    try (OutputStream csv = Files.newOutputStream(Path.of(args[0]))) {
      new LedgerCsvWriter().write(size.ledger(market).events(), market::symbol, csv);
    }
  }

  /** One flat bar per trading day at the day's close; a split's day carries its factor. */
  private static List<Candle> candles(TradingDayMarket market, int asset) {
    List<SplitRatio> splits = market.splits(market.instrument(asset));
    List<Candle> bars = new ArrayList<>(market.tradingDays());
    BigDecimal volume = BigDecimal.valueOf(1_000);
    for (int d = 0; d < market.tradingDays(); d++) {
      BigDecimal close = market.close(asset, d);
      BigDecimal factor = null;
      for (SplitRatio s : splits) {
        if (s.effectiveOn().equals(market.day(d))) factor = new BigDecimal(s.newShares()).divide(new BigDecimal(s.oldShares()));
      }
      bars.add(new Candle(market.day(d).atStartOfDay(ZoneOffset.UTC).toInstant(), close, close, close, close, volume, null, null, factor,
          SOURCE));
    }
    return bars;
  }
}
