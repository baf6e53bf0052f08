package io.phasewise.adapters.rest.market;

import io.phasewise.domain.market.Tick;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** One trade (price and size) and/or quote (bid, ask and their sizes) at a time, from a source. */
@Schema(name = "Tick")
record TickJson(
    @NotNull @Schema(example = "2024-01-02T14:30:00.125Z") Instant time,
    BigDecimal price,
    BigDecimal size,
    BigDecimal bid,
    BigDecimal ask,
    BigDecimal bidSize,
    BigDecimal askSize,
    @NotBlank @Schema(example = "exchange-feed") String source) {

  Tick toTick() {
    return new Tick(time, price, size, bid, ask, bidSize, askSize, source);
  }
}
