package io.phasewise.domain.portfolio;

import io.phasewise.domain.shared.InputText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The user's plan for one holding of a portfolio: leverage, the allocation aimed at and never to be
 * exceeded, the thesis, and the portfolio-level stop-loss and take-profit. Every field but the
 * instrument is optional.
 *
 * @param allocationTargetPercent the weight aimed at, in percent of the portfolio
 * @param maxAllocationPercent the weight never to exceed, in percent
 */
public record PositionPlan(
    Instrument instrument,
    BigDecimal leverage,
    BigDecimal allocationTargetPercent,
    BigDecimal maxAllocationPercent,
    String thesis,
    String timeframe,
    String riskCategory,
    BigDecimal stopLoss,
    BigDecimal takeProfit) {
  public PositionPlan {
    Objects.requireNonNull(instrument, "instrument");
    PlanAmounts.requirePrice("leverage", leverage);
    PlanAmounts.requirePercent("allocationTargetPercent", allocationTargetPercent);
    PlanAmounts.requirePercent("maxAllocationPercent", maxAllocationPercent);
    InputText.requireProse("thesis", thesis, InputText.PROSE);
    InputText.require("timeframe", timeframe, InputText.NAME);
    InputText.require("riskCategory", riskCategory, InputText.NAME);
    PlanAmounts.requirePrice("stopLoss", stopLoss);
    PlanAmounts.requirePrice("takeProfit", takeProfit);
  }
}
