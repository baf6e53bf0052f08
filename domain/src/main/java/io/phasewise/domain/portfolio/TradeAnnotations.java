package io.phasewise.domain.portfolio;

import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the user noted about a trade when making it (the trading journal): why, how they felt, what
 * they saw on the chart, the risk they planned, and later the lesson learned. Every field is optional.
 *
 * @param confidence 1-10
 * @param stress 1-10
 * @param riskPercent the share of capital put at risk, in percent (0-100)
 */
public record TradeAnnotations(
    ActionSource actionSource,
    String signalReference,
    String timeframe,
    String emotion,
    Integer confidence,
    Integer stress,
    String marketSentiment,
    String volatilityLevel,
    String volumeProfile,
    String primarySetup,
    List<String> confirmationSignals,
    String chartPattern,
    BigDecimal stopLoss,
    BigDecimal takeProfit,
    BigDecimal capitalAmount,
    BigDecimal riskPercent,
    String reason,
    String lessonLearned,
    String notes) {

  public TradeAnnotations {
    confirmationSignals = confirmationSignals == null ? List.of() : List.copyOf(confirmationSignals);
    if (confirmationSignals.size() > InputText.MAX_ENTRIES) {
      throw new InvalidInputException("confirmationSignals", "at most " + InputText.MAX_ENTRIES + " confirmation signals, not "
          + confirmationSignals.size());
    }
    for (String signal : confirmationSignals) InputText.require("confirmationSignals", signal, InputText.NAME);
    InputText.require("signalReference", signalReference, InputText.NAME);
    InputText.require("timeframe", timeframe, InputText.NAME);
    InputText.require("emotion", emotion, InputText.NAME);
    InputText.require("marketSentiment", marketSentiment, InputText.NAME);
    InputText.require("volatilityLevel", volatilityLevel, InputText.NAME);
    InputText.require("volumeProfile", volumeProfile, InputText.NAME);
    InputText.require("primarySetup", primarySetup, InputText.NAME);
    InputText.require("chartPattern", chartPattern, InputText.NAME);
    InputText.requireProse("reason", reason, InputText.PROSE);
    InputText.requireProse("lessonLearned", lessonLearned, InputText.PROSE);
    InputText.requireProse("notes", notes, InputText.PROSE);
    PlanAmounts.requirePrice("stopLoss", stopLoss);
    PlanAmounts.requirePrice("takeProfit", takeProfit);
    PlanAmounts.requirePrice("capitalAmount", capitalAmount);
    requireScale("confidence", confidence);
    requireScale("stress", stress);
    PlanAmounts.requirePercent("riskPercent", riskPercent);
  }

  /** No annotation at all. */
  public static TradeAnnotations none() {
    return new TradeAnnotations(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null, null);
  }

  private static void requireScale(String field, Integer value) {
    if (value != null && (value < 1 || value > 10)) {
      throw new InvalidInputException(field, field + " is on a scale of 1 to 10, not " + value);
    }
  }
}
