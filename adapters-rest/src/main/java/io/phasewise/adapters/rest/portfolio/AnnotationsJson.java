package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.portfolio.ActionSource;
import io.phasewise.domain.portfolio.TradeAnnotations;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The trading journal of one event, in requests and answers alike: why, how it felt, what the chart showed, the risk planned. */
@Schema(name = "TradeAnnotations", description = "the user's notes on a trade; every field is optional")
record AnnotationsJson(
    @Schema(implementation = ActionSource.class, description = "who decided the trade") String actionSource,
    @Size(max = 200) @Schema(description = "the signal followed, with actionSource SIGNAL") String signalReference,
    @Size(max = 200) @Schema(example = "swing") String timeframe,
    @Size(max = 200) @Schema(example = "calm") String emotion,
    @Min(1) @Max(10) @Schema(description = "1-10") Integer confidence,
    @Min(1) @Max(10) @Schema(description = "1-10") Integer stress,
    @Size(max = 200) String marketSentiment,
    @Size(max = 200) String volatilityLevel,
    @Size(max = 200) String volumeProfile,
    @Size(max = 200) String primarySetup,
    @Size(max = 50) List<@Size(max = 200) String> confirmationSignals,
    @Size(max = 200) String chartPattern,
    @PositiveOrZero @Schema(description = "the stop-loss price at the time") BigDecimal stopLoss,
    @PositiveOrZero @Schema(description = "the take-profit price at the time") BigDecimal takeProfit,
    @PositiveOrZero @Schema(description = "the capital committed") BigDecimal capitalAmount,
    @PositiveOrZero @DecimalMax("100") @Schema(description = "the share of capital at risk, in percent (0-100)") BigDecimal riskPercent,
    String reason,
    String lessonLearned,
    String notes) {

  static AnnotationsJson of(TradeAnnotations a) {
    if (a == null) return null;
    return new AnnotationsJson(a.actionSource() == null ? null : a.actionSource().name(), a.signalReference(), a.timeframe(), a.emotion(),
        a.confidence(), a.stress(), a.marketSentiment(), a.volatilityLevel(), a.volumeProfile(), a.primarySetup(),
        a.confirmationSignals(), a.chartPattern(), a.stopLoss(), a.takeProfit(), a.capitalAmount(), a.riskPercent(), a.reason(),
        a.lessonLearned(), a.notes());
  }

  TradeAnnotations annotations(FieldErrors errors, String field) {
    ActionSource source = errors.code(field + ".actionSource", actionSource, ActionSource.values(), Enum::name);
    if (confirmationSignals != null && confirmationSignals.contains(null)) {
      errors.add(field + ".confirmationSignals", "must hold text, not null");
      return null;
    }
    return RequestValues.built(errors, field, () -> new TradeAnnotations(source, signalReference, timeframe, emotion, confidence, stress,
        marketSentiment, volatilityLevel, volumeProfile, primarySetup, confirmationSignals, chartPattern, stopLoss, takeProfit,
        capitalAmount, riskPercent, reason, lessonLearned, notes));
  }
}
