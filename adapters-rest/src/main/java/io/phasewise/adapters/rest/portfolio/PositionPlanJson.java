package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.PositionPlan;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The user's plan for one holding, in requests and answers alike. */
@Schema(name = "PositionPlan", description = "leverage, allocation aimed at and never exceeded, thesis, portfolio-level stop-loss and take-profit")
record PositionPlanJson(
    @NotNull @Valid @Schema(description = "the holding; currency is required, for a tracked asset its quote currency") InstrumentJson instrument,
    @Positive @Schema(example = "1") BigDecimal leverage,
    @PositiveOrZero @DecimalMax("100") @Schema(description = "the weight aimed at, in percent") BigDecimal allocationTargetPercent,
    @PositiveOrZero @DecimalMax("100") @Schema(description = "the weight never to exceed, in percent") BigDecimal maxAllocationPercent,
    String thesis,
    @Size(max = 200) String timeframe,
    @Size(max = 200) String riskCategory,
    @PositiveOrZero BigDecimal stopLoss,
    @PositiveOrZero BigDecimal takeProfit) {

  static PositionPlanJson of(PositionPlan p) {
    return new PositionPlanJson(InstrumentJson.of(p.instrument()), p.leverage(), p.allocationTargetPercent(), p.maxAllocationPercent(),
        p.thesis(), p.timeframe(), p.riskCategory(), p.stopLoss(), p.takeProfit());
  }

  PositionPlan plan(FieldErrors errors, String field) {
    Instrument held = instrument.instrument(errors, field + ".instrument");
    if (held == null) return null;
    return new PositionPlan(held, leverage, allocationTargetPercent, maxAllocationPercent, thesis, timeframe, riskCategory, stopLoss,
        takeProfit);
  }
}
