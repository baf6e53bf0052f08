package io.phasewise.adapters.rest.market;

import io.phasewise.domain.market.Candle;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** One bar: open time (UTC), exact prices and volume, the provider's adjusted bar, corporate actions, source. */
@Schema(name = "Candle")
record CandleJson(
    @Schema(description = "open time of the bar, UTC", example = "2024-01-02T00:00:00Z") Instant time,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume,
    @Schema(description = "the provider's split- and dividend-adjusted bar, null when not reported") Adjusted adjusted,
    BigDecimal dividendCash,
    BigDecimal splitFactor,
    @Schema(example = "yahoo-csv") String source) {

  /** A provider-adjusted bar; volume is null when the provider does not adjust it. */
  @Schema(name = "AdjustedCandle")
  record Adjusted(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume) {}

  static CandleJson of(Candle c) {
    Candle.Adjusted a = c.adjusted();
    return new CandleJson(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(),
        a == null ? null : new Adjusted(a.open(), a.high(), a.low(), a.close(), a.volume()),
        c.dividendCash(), c.splitFactor(), c.source());
  }
}
