package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.param.MarketParams;
import io.phasewise.adapters.rest.param.Params;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.Optional;

/**
 * How POST /api/assets/{id}/candles/import reads the uploaded file, whatever way it is sent. Fields
 * are public so the OpenAPI generator sees them as parameters.
 */
final class ImportParams {
  @QueryParam("interval")
  @DefaultValue("1d")
  @Parameter(description = "bar length of the file's rows: 1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w")
  public String interval;

  @QueryParam("format")
  @DefaultValue("phasewise")
  @Parameter(description = "yahoo (Date,Open,High,Low,Close,Adj Close,Volume) or phasewise (this API's CSV download)")
  public String format;

  @QueryParam("inProgressLastRow")
  @DefaultValue("auto")
  @Parameter(description = "whether the last row is a period still in progress and must be rejected; "
      + "auto: true for crypto, stablecoin and forex assets, which trade around the clock")
  public String inProgressLastRow;

  Interval interval() {
    return MarketParams.interval(interval);
  }

  CandleFileFormat format() {
    return Params.oneOf("format", format, CandleFileFormat.values(), f -> f.name().toLowerCase(Locale.ROOT));
  }

  /** Empty for auto: the import decides by the asset's market. */
  Optional<Boolean> lastRowInProgress() {
    if ("auto".equals(inProgressLastRow)) return Optional.empty();
    return Optional.of(Params.bool("inProgressLastRow", inProgressLastRow));
  }
}
