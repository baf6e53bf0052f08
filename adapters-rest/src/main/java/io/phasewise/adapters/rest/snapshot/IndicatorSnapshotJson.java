package io.phasewise.adapters.rest.snapshot;

import static io.phasewise.adapters.rest.shared.JsonNumbers.orNull;

import io.phasewise.domain.snapshot.IndicatorSnapshot;
import io.swagger.v3.oas.annotations.media.Schema;

/** The standard indicators at a bar (TA-Lib definitions); null where one is still warming up. */
@Schema(name = "IndicatorSnapshot")
public record IndicatorSnapshotJson(
    @Schema(description = "RSI(14)") Double rsi14,
    @Schema(description = "MACD(12, 26, 9) line") Double macd,
    @Schema(description = "MACD(12, 26, 9) signal line") Double macdSignal,
    @Schema(description = "ATR(14)") Double atr14,
    @Schema(description = "SMA(20) of closes") Double sma20,
    @Schema(description = "SMA(50) of closes") Double sma50) {

  public static IndicatorSnapshotJson of(IndicatorSnapshot i) {
    return new IndicatorSnapshotJson(orNull(i.rsi14()), orNull(i.macd()), orNull(i.macdSignal()), orNull(i.atr14()),
        orNull(i.sma20()), orNull(i.sma50()));
  }
}
