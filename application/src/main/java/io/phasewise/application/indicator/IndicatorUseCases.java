package io.phasewise.application.indicator;

import io.phasewise.application.indicator.port.in.QueryIndicatorUseCase;
import io.phasewise.application.indicator.service.QueryIndicatorService;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.domain.indicator.IndicatorRegistry;

/** The use cases of the indicator context: the catalog, and any indicator computed over an asset's candles. */
public record IndicatorUseCases(QueryIndicatorUseCase query) {

  /** The indicators of {@code registry} over the market's assets and candle reads. */
  public static IndicatorUseCases wire(MarketPorts ports, MarketUseCases market, IndicatorRegistry registry) {
    return new IndicatorUseCases(new QueryIndicatorService(ports.loadAssets(), market.queryCandles(), registry));
  }
}
