package io.phasewise.domain.portfolio;

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
    requireScale("confidence", confidence);
    requireScale("stress", stress);
    if (riskPercent != null && (riskPercent.signum() < 0 || riskPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new InvalidInputException("riskPercent", "riskPercent must be between 0 and 100, not " + riskPercent.toPlainString());
    }
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
