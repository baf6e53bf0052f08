package io.phasewise.benchmarks;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders raw candles (no adjusted prices, no escaping needed) once, up front, as the PostgreSQL COPY
 * text of {@link #COLUMNS}, so that the raw COPY baseline pays nothing for formatting.
 */
final class CopyText {
  /** The columns of {@code candles} in the order rendered, as a COPY column list. */
  static final String COLUMNS = "asset_id, interval, ts, source, open, high, low, close, volume, "
      + "adj_open, adj_high, adj_low, adj_close, adj_volume, div_cash, split_factor";

  private CopyText() {}

  static byte[] render(AssetId asset, Interval interval, List<Candle> candles) {
    StringBuilder text = new StringBuilder(candles.size() * 128);
    for (Candle candle : candles) {
      if (candle.adjusted() != null) throw new IllegalArgumentException("only raw candles are rendered");
      text.append(asset.value()).append('\t').append(interval.code()).append('\t').append(candle.time())
          .append('\t').append(candle.source());
      for (BigDecimal value : List.of(candle.open(), candle.high(), candle.low(), candle.close(), candle.volume())) {
        text.append('\t').append(value.toPlainString());
      }
      text.append("\t\\N\t\\N\t\\N\t\\N\t\\N\t").append(candle.dividendCash().toPlainString())
          .append('\t').append(candle.splitFactor().toPlainString()).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
